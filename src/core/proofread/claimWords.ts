/**
 * The words of a claim (issue #26; split from claims.ts, issue #24): what the
 * words around a number say of it — the measure a column's header or the words
 * before it name, the clause and topic that speak of it, a difference written
 * after it, the label a header abbreviates, the unit a money figure is in — as
 * rules of how Japanese reports write figures, each a pure function of its text.
 */
import { columnNames, SHEETS, sheetNames } from '../contract/schema';
import type { NotPlacedReason } from '../words/proofreadWords';
import type { NumberToken } from './draftText';

/** What follows a label's words when they are a measure (達成率, 達成状況, 実施項目, 実施計画), not the label. */
export const MEASURE_WORDS = '率|状況|度|目標|する|項目|計画';
export const MEASURE_AFTER = new RegExp(`^(?:${MEASURE_WORDS})`);
/** What joins labels counted together: 「完了及び順調」, 「AとB」, 「A・B」. */
export const JOINED = /^(?:及び|および|並びに|と|・|、|又は|または|や)$/;
export const EFFECT_WORDS = /効果額|財政効果|財政的効果/;
export const YEN: Record<string, number> = { 円: 1, 千円: 1e3, 百万円: 1e6, 万円: 1e4, 億円: 1e8 };
export const RATE_WORDS = /進捗率|達成率|実施率|執行率/;
export const TARGET_WORDS = /目指|以上|以下|以内/;
export const COUNT_UNIT = /^(?:事業|項目|件|細目)$/;
/** A count followed by 中 or のうち (「20項目中、16項目を達成」「9の個別計画中1の個別計画が」「17件のうち目標達成が13件」): what the count after it is out of. */
export function outOf(text: string, token: NumberToken): boolean {
  return /^(?:(?:の\p{Script=Han}{1,8})?中(?!\p{Script=Han})|のうち)/u.test(text.slice(token.end, token.end + 12));
}
/** The contract's own names for the plan's targets: its 達成事項 sheet and its 達成するべき事項 column, with their aliases. */
const TARGET_NAMES = [...sheetNames(SHEETS.targets), ...SHEETS.targets.columns.filter((c) => c.key === 'target').flatMap(columnNames)]
  .map((n) => n.normalize('NFKC'))
  .filter((n) => /\p{Script=Han}/u.test(n));
/** What a plan sets and rates, as a report counts it: 目標, 取組 (取り組み), 項目, 事項, 対象, 評価 (the rated). */
const SET_NOUN = '(?:目標|取組|取り組み|項目|事項|対象|評価)';
/** Words before them saying they were planned or rated: 計画した取組, 評価する項目. */
const SET_BEFORE = '(?:計画(?:した|する|の)?|予定(?:した|の)?|評価(?:した|する)?|設定(?:した|する)?)';
/**
 * Does a table row's label name a count of the plan's targets (「取組目標①」「目標数」「計画した取組」「対象事項」「取組項目数（Ａ）」)?
 * A rule of how reports name what they count, not a list of one town's labels: the contract's own names for the targets anywhere in
 * the label; else, with its marks (①, as the draft's lines read it ◯; （Ａ）; ：) put aside, the label is made only of the nouns of what a plan sets — one of them
 * followed by 数 / 件数 (目標数), or two (対象事項), or one after words saying it was planned or rated (計画した取組). Where the plan
 * keeps 取組活動, 「取組」 alone (取組数) may count those: not the targets then.
 */
export function countsTargets(label: string, keepsActivities = false): boolean {
  const flat = label
    .normalize('NFKC')
    .replace(/[(（][^)）]{0,3}[)）]|[\s\u2460-\u2473\u25cb\u25ef:：・「」【】]|\d+$/g, '')
    .trim();
  if (flat === '') return false;
  if (TARGET_NAMES.some((n) => flat.includes(n))) return true;
  const counted = /(?:の)?(?:件)?数$/.test(flat);
  const head = flat.replace(/(?:の)?(?:件)?数$/, '');
  const nouns = new RegExp(`^${SET_BEFORE}?(${SET_NOUN}(?:の?${SET_NOUN})*)$`).exec(head);
  if (!nouns) return false;
  const ofActivities = keepsActivities && /^(?:取組|取り組み)$/.test(nouns[1]);
  const planned = nouns[1].length < head.length;
  const several = new RegExp(`^${SET_NOUN}(?:の?${SET_NOUN})+$`).test(nouns[1]);
  return !ofActivities && (counted || several || planned);
}
/** A heading that begins with its number (「2.」「(3)」「第2」「三、」): a part of the report, beginning where the one above ends. */
export const NUMBERED_HEADING = /^\s*(?:\d+\s*[.．、)）]|\d+\s+\D|[(（]\d+[)）]|第\d+|[一二三四五六七八九十]+[、.．\s])/;

/**
 * A line's place in the draft's heading structure: its level by how it is numbered (第1 / 一、 → 1; 1. / 2 効果額 → 2; (1) → 3;
 * ① → 4; a mark ■ ◆ ● 【 → 5), or null when it is no heading (a sentence, a table row, a line of figures, a long line).
 */
export function headingLevel(text: string): number | null {
  const t = text.normalize('NFKC').trim();
  if (t === '' || t.length > 40 || /[。\t]/.test(t) || !/\p{L}/u.test(t.replace(/\d/g, ''))) return null;
  if (/^第\d+|^[一二三四五六七八九十]+[、.．\s]/.test(t)) return 1;
  if (/^\d+\s*[.．、)）]|^\d+\s+\D/.test(t)) return 2;
  if (/^[(（]\d+[)）]/.test(t)) return 3;
  if (/^\s*[\u2460-\u2473\u25ef]/.test(text)) return 4;
  if (/^[■□◆◇●○▼▽【]/.test(t)) return 5;
  return null;
}

/** After a number: by how much one figure exceeds another (「3,090万円上回り」「4,920万円の効果額の増」), not a figure. */
/**
 * A number right after another said to exceed or fall short by it (「目標を1億9,765万6千円上回り、31億4,514万7千円と
 * なりました」「目標より9807万7千円増加の1億7909万4千円」): the figure reached — the actual.
 */
export function reachedAfterDifference(text: string, token: NumberToken, previous: NumberToken | undefined): boolean {
  if (previous === undefined || previous.end > token.start) return false;
  const between = text.slice(previous.end, token.start);
  return between.replace(/\s/g, '').length <= 8 && !/[。]/.test(between) && DIFFERENCE_AFTER.test(between) && /(?:り|し|の)[、,]?\s*$/.test(between);
}
/**
 * A number right after a target said to be set against it (「目標額5億4,900万円に対し、6億9,499万円の効果額」): the figure
 * reached — the actual.
 */
export function againstTarget(text: string, token: NumberToken, previous: NumberToken | undefined): boolean {
  if (previous === undefined || previous.end > token.start) return false;
  if (!/^\s*に対し(?:て)?[、,]?\s*$/.test(text.slice(previous.end, token.start))) return false;
  const before = text.slice(Math.max(0, text.lastIndexOf('、', previous.start - 1) + 1), previous.start);
  return measureOf(before.slice(-12)) === 'target';
}
export const DIFFERENCE_AFTER = /^\s*(?:の[^、。\d]{0,8})?(?:上回|下回|の増(?!加率)|増加|の減(?!額)|減少)/;
/** The words before a count of all the targets, as a list writes it (「計画する取り組み：49項目」, 「対象事業数は」). */
export const COUNT_OF_ALL = /(?:取り組み|取組|項目|事業|対象)(?:数)?\s*(?:[:：]|は)\s*$/;
/** A sentence about the whole plan (「計画全体では」), not the perspective whose heading is above it. */
export const WHOLE_WORDS = /全体|総計|計画全体|全庁/;
/** A goal's qualifier that names the whole (効果額（全体）, 効果額（合計）): the goal a text means by the unqualified words. */
export const WHOLE_QUALIFIER = /^(?:全体|合計|計|総額|総計|全市|市全体)$/;

/** The words just before a number in its clause, after the number before it: the measure written in front of it. */
export function leadOf(text: string, token: NumberToken, previous: NumberToken | undefined, clauseStart: number): string {
  // (The number before it on the line, not a search of the line's numbers: a line of many numbers stays linear.)
  const from = previous !== undefined && previous.end > clauseStart && previous.end <= token.start ? previous.end : clauseStart;
  const lead = text.slice(from, token.start);
  if (lead.trim() !== '' || from !== clauseStart || clauseStart === 0) return lead;
  // The number opens its clause: the topic before it says what it is (「…令和2年度の達成率は、70パーセント」).
  const topicStart = Math.max(text.lastIndexOf('、', clauseStart - 2), text.lastIndexOf('。', clauseStart - 2)) + 1;
  const topic = text.slice(topicStart, clauseStart - 1);
  return /(?:は|が)$/.test(topic.trim()) && !(previous !== undefined && previous.start >= topicStart) ? topic : lead;
}

/**
 * The topic of a number's sentence when its clause is not the first (「平成20年度の数値目標（…）は、経費削減額…」): the words from the
 * sentence's start to the first clause ending in は / が; '' when there is none before the clause.
 */
export function topicOf(text: string, clauseStart: number): string {
  const sentenceStart = text.lastIndexOf('。', clauseStart - 1) + 1;
  const before = text.slice(sentenceStart, clauseStart);
  const m = /^[^、。]*?(?:は|が)、/.exec(before);
  return m ? m[0] : '';
}

/** What a column header just before a number say it is: the plan's figure, the actual, their difference, a rate or a cumulative. */
export type Measure = 'target' | 'actual' | 'difference' | 'rate' | 'cumulative';

/**
 * The measure a column's header (計画額a / 実績額b / 差b-a / 達成率) or the words just before a number
 * (「計画額7億250万円に対して実績額は…」) name — the last one named when the words name several; none when they name none.
 */
export function measureOf(words: string): Measure | null {
  const flat = words.replace(/\s/g, '').normalize('NFKC');
  let best: Measure | null = null;
  let at = -1;
  const named: [Measure, RegExp][] = [
    ['rate', /(?:達成|進捗|実施|執行|削減)率|^率/g],
    // (上積み額 / 上乗せ額: by how much the actual exceeds the target.)
    ['difference', /差(?!し)|増減|過不足|上積み|上乗せ/g],
    ['cumulative', /累計/g],
    // (達成額: the amount achieved, as some reports call the actual.)
    ['actual', /実績|決算|達成額/g],
    ['target', /計画(?:額|値)|目標|予定額|見込額/g],
  ];
  for (const [measure, pattern] of named)
    for (const m of flat.matchAll(pattern))
      if (m.index > at) {
        at = m.index;
        best = measure;
      }
  return best;
}
export const TOTAL_LABEL = /^(?:合計|計|総計|合 計)$/;

/** A year's money amount from a number printed in 円/千円/百万円 (or none: the plan's unit). */
export function toPlanUnit(token: NumberToken, planUnit: string, fallback: string): number | null {
  const unit = token.unit === '' ? fallback : token.unit;
  const yen: Record<string, number> = { 円: 1, 千円: 1e3, 百万円: 1e6, 万円: 1e4, 億円: 1e8 };
  if (yen[unit] === undefined || yen[planUnit] === undefined) return null;
  return (token.value * yen[unit]) / yen[planUnit];
}

/** The sentence of a line a number is in (from the 。 before it to the one after). */
export function sentenceOf(text: string, at: number): string {
  const start = text.lastIndexOf('。', at - 1) + 1;
  const end = text.indexOf('。', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** The decimals a figure needs (702.5 → 1), at most three. */
export function placesOf(v: number): number {
  for (let places = 0; places < 3; places++) if (Math.abs(Math.round(v * 10 ** places) - v * 10 ** places) < 1e-6) return places;
  return 3;
}

export function sentenceAround(lines: string[], i: number): string {
  let start = i;
  // At most five lines either side: a sentence is not longer, and a draft without 。 is not scanned from every line.
  while (start > Math.max(0, i - 5) && lines[start - 1].trim() !== '' && !/。\s*$/.test(lines[start - 1])) start--;
  let end = i;
  while (end < Math.min(lines.length - 1, i + 5) && !/。/.test(lines[end]) && lines[end + 1].trim() !== '') end++;
  return lines.slice(start, end + 1).join('');
}

export function reasonFor(token: NumberToken, context: string): NotPlacedReason {
  if (token.unit === '%' && TARGET_WORDS.test(context)) return 'target';
  if (token.unit === '') return 'noMeasure';
  return 'noFigure';
}

/** A label's names: itself and its definition when the plan wrote one short enough to be a name (「完了」, not a sentence). */
export function namesOf(t: { label: string; definition?: string }): string[] {
  const label = t.label.replace(/\s/g, '');
  const definition = (t.definition ?? '').replace(/\s/g, '').normalize('NFKC');
  return definition.length >= 2 && definition !== label && !/[。、]/.test(definition) ? [label, definition] : [label];
}

/** Words every column header may share with a label without naming it. */
export const COMMON_WORDS = /^(?:年度|項目|事業|件数|目標|割合|合計|取組|事項|状況)$/;

/**
 * The one label a column header abbreviates (「目標最終年度③」 for 最終年度まで, 「新規⑤」 for 新規追加): the label
 * sharing the longest run of at least two characters with the header's own words; none when two labels share as much.
 */
export function labelAbbreviated(header: string, labels: string[]): number {
  let best = -1;
  let bestLength = 1;
  let tie = false;
  const words = header.normalize('NFKC').replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z]/gu, ' ');
  labels.forEach((raw, index) => {
    const label = raw.replace(/\s/g, '');
    let longest = 0;
    for (let i = 0; i < label.length; i++)
      for (let j = label.length; j > i + longest; j--) {
        const part = label.slice(i, j);
        if (part.length >= 2 && !COMMON_WORDS.test(part) && words.includes(part)) {
          longest = j - i;
          break;
        }
      }
    if (longest > bestLength) {
      best = index;
      bestLength = longest;
      tie = false;
    } else if (longest === bestLength && longest >= 2) tie = true;
  });
  return tie ? -1 : best;
}

/** One unit of an approximate figure's last digit, in 円 (約21億円: 1億円; 約39億2,200万円: 100万円), or in its own unit. */
export function approxPlace(token: NumberToken): number {
  const unit = YEN[token.unit] ?? 1;
  let value = Math.round(token.value * unit);
  if (value === 0) return unit;
  let place = 1;
  while (value % 10 === 0 && value >= 10) {
    value /= 10;
    place *= 10;
  }
  return Math.max(place, unit);
}

/**
 * The words a sentence says of the number at `at`: its clause (to 、 or 。)
 * outside brackets, with the topic clause before it when that ends in は
 * (「財政効果額は、約36億円」); a number in brackets takes the bracket's own
 * clause and topic, and the words before the bracket (「…は、約36億円（うち一般会計分は、約32億円）」).
 */
export function scopeOf(text: string, at: number): string {
  // The bracket the number is in (its start), and the line with every other bracket's words blanked.
  let open = -1;
  let depth = 0;
  for (let k = 0; k < at; k++) {
    if (text[k] === '(' || text[k] === '（') {
      if (depth === 0) open = k;
      depth++;
    } else if ((text[k] === ')' || text[k] === '）') && depth > 0) {
      depth--;
      if (depth === 0) open = -1;
    }
  }
  const outside = (from: number, to: number) => {
    let out = '';
    let d = 0;
    for (let k = from; k < to; k++) {
      const ch = text[k];
      if (ch === '(' || ch === '（') d++;
      else if ((ch === ')' || ch === '）') && d > 0) d--;
      else if (d === 0) out += ch;
    }
    return out;
  };
  const clauseWithTopic = (words: string, pos: number) => {
    const parts = words.split(/([、。])/);
    let offset = 0;
    const clauses: string[] = [];
    let index = -1;
    for (let k = 0; k < parts.length; k += 2) {
      const part = parts[k];
      if (index < 0 && pos <= offset + part.length) index = clauses.length;
      clauses.push(part);
      offset += part.length + (parts[k + 1]?.length ?? 0);
      if (parts[k + 1] === '。' && index < 0) clauses.length = 0;
    }
    if (index < 0) index = clauses.length - 1;
    let topic = index > 0 && /(?:は|では|には)$/.test(clauses[index - 1]) ? clauses[index - 1] : '';
    // Two topics in a row (「…得られた成果は、令和2年度については、370,171,834円」): the sentence's subject and its year.
    if (topic !== '' && index > 1 && /(?:は|では|には)$/.test(clauses[index - 2]) && !/\d/.test(clauses[index - 2])) topic = `${clauses[index - 2]} ${topic}`;
    return `${topic} ${clauses[index] ?? ''}`;
  };
  if (open < 0) {
    const words = outside(0, text.length);
    const pos = outside(0, at).length;
    return clauseWithTopic(words, pos);
  }
  let close = text.length;
  for (let k = at, d = 1; k < text.length; k++) {
    if (text[k] === '(' || text[k] === '（') d++;
    else if (text[k] === ')' || text[k] === '）') {
      d--;
      if (d === 0) {
        close = k;
        break;
      }
    }
  }
  const inner = text.slice(open + 1, close);
  const before = outside(0, open);
  return `${clauseWithTopic(before, before.length)} ${clauseWithTopic(inner, at - open - 1)}`;
}

/** Does a text say nothing but years and numbers (no word a figure could be placed by)? */
export function wordless(text: string): boolean {
  return !/[\p{L}%％]/u.test(text.replace(/(?:令和|平成|昭和|[HRS])?\s?(?:\d{1,2}|元)\s?年度/g, ''));
}
