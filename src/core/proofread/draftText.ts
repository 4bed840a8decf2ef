/**
 * The draft tokenised once, line by line, in linear time: each line's numbers
 * (with their unit, sign and 億・万 amounts) and the years it names. Its table
 * rows are read in draftTables.ts.
 */
import { type FiscalYear, parseFiscalYear } from '../base/fiscalYear';
import { nfkc, stripInvisible } from '../base/text';

/**
 * The longest line read as a sentence or a table row: a report's line is far
 * shorter, and each number's context is looked for within its line, so a
 * bound keeps the reader linear in a draft of one endless line (bench/proofread-bench.ts).
 */
export const MAX_CLAIM_LINE = 600;

export interface NumberToken {
  line: number;
  /** As printed (NFKC). */
  text: string;
  /** The value, in the unit of `unit` (億・万円 amounts in 円). */
  value: number;
  decimals: number;
  /** %, 事業, 項目, 件, 人, 円, 千円, 百万円, ㎡ … or '' when none is printed. */
  unit: string;
  /** Printed with ▲/△/−: a decrease. */
  negative: boolean;
  /** Offset in the line. */
  start: number;
  end: number;
  /** In brackets (（950）: a cumulative or a reference, not a part). */
  bracketed: boolean;
}

/** The units a number may carry, longest first. */
const UNITS = ['百万円', '千円', '億円', '万円', '円', '平方メートル', '㎡', 'm2', '%', 'パーセント', '事業', '項目', '件', '人', '細目', '施設'];
/** What follows a number that is not a figure: dates, ordinals, page numbers. */
const NOT_A_FIGURE = /^(?:段階|年|月|日|次|つ|か|ヶ|カ|期|号|条|章|節|倍|割|歳|時|分|回|位|番|部|点)/;
const NUMBER = /([▲△-] ?)?(\d[\d,]*(?:\.\d+)?)/g;

export function normalizeDraftLine(line: string): string {
  // A line of ASCII only has nothing NFKC, the invisible characters or the era forms below would change.
  if (!/[^\t\n\r -~]/.test(line)) return line;
  // ①…⑳ are ordinals (NFKC would make them bare digits).
  return (
    stripInvisible(nfkc(line.replace(/[\u2460-\u2473\u24f5-\u24fe\u2776-\u277f]/g, '◯')))
      .replace(/憶/g, '億')
      // 11億  265万円: a justified PDF line's spaces inside one amount.
      .replace(/(\d)億\s+(\d)/g, '$1億$2')
      .replace(/(令和|平成)\s*(\d+|元)\s*(?:\(\s*\d{4}\s*\)\s*)?年度/g, (_, era: string, n: string) => `${era}${n === '元' ? 1 : n}年度`)
  );
}

/**
 * The numbers of one line, dates and ordinals left out. `units`: the units of the plan's own goals (点, 人 …), read as
 * a figure's unit even where the word is otherwise no figure's (「84点」 is a goal's figure in a plan whose goal counts 点).
 */
export function numbersOf(text: string, line: number, units: readonly string[] = []): NumberToken[] {
  const out: NumberToken[] = [];
  const tabbed = text.includes('\t');
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null = NUMBER.exec(text);
  while (m !== null) {
    const start = m.index;
    let end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 2), start);
    const digits = m[2];
    let value = Number(digits.replace(/,/g, ''));
    let unit = '';
    let rest = text.slice(end, end + 16);
    // 13億7,760万円, 4億2,148万1千円, 5,000万円: an amount in 円.
    const words = /^億(?:([\d,]+)万)?(?:(\d+)千)?円|^万(?:(\d+)千)?円/.exec(rest);
    let skip = false;
    // 62万2,971千円: 万 counting the unit that follows (622,971千円). (One digit before 千円 is 千 counting 円: 8182万7千円.)
    const ofUnit = /^万(\d[\d,]*\d)(千円|百万円)/.exec(rest);
    if (ofUnit) {
      value = value * 1e4 + Number(ofUnit[1].replace(/,/g, ''));
      unit = ofUnit[2];
      end += ofUnit[0].length;
    } else if (words) {
      value = words[0].startsWith('億')
        ? value * 1e8 + Number((words[1] ?? '0').replace(/,/g, '')) * 1e4 + Number(words[2] ?? '0') * 1e3
        : value * 1e4 + Number(words[3] ?? '0') * 1e3;
      unit = '円';
      end += words[0].length;
    } else {
      const spaced = rest.replace(/^ /, '');
      const u = UNITS.find((candidate) => spaced.startsWith(candidate)) ?? units.find((candidate) => candidate !== '' && spaced.startsWith(candidate));
      if (u) {
        unit = u === 'm2' || u === '平方メートル' ? '㎡' : u === 'パーセント' ? '%' : u;
        end += rest.length - spaced.length + u.length;
      } else if (NOT_A_FIGURE.test(spaced) || /年度/.test(spaced.slice(0, 2))) skip = true;
      rest = spaced;
    }
    // 令和3, H27, 第5次, P12, ①: part of a year or an ordinal, not a figure.
    // (表1, 図2: a table's or a figure's number.)
    if (/(?:令和|平成|昭和|[HRSP第表図]|No\.?|指標)$/i.test(before) || /^[.．]\d/.test(text.slice(m.index + m[0].length))) skip = true;
    // 「4 主な取組と成果」, 「(1) 計画期間」, 視点「1」: a heading's or a list's number, a quoted name — not figures.
    // (Windows of a few characters either side: a line of a million numbers stays linear.)
    const head = text.slice(Math.max(0, start - 8), start);
    const after = text.slice(end, end + 8);
    const atStart = (start <= 8 && head.trim() === '') || /\t\s*$/.test(head);
    if (unit === '' && atStart && /^ (?![\d▲△-])\S/.test(after) && !tabbed) skip = true;
    if (unit === '' && /[(（]/.test(text[start - 1] ?? '') && /^[)）]/.test(after)) {
      const pre = text.slice(Math.max(0, start - 9), start - 1);
      if ((start - 1 <= 8 && pre.trim() === '') || /\t\s*$/.test(pre)) skip = true;
    }
    // 「1」 alone, or 「1簡素で効率的な行財政運営の推進」: a quoted name's own number, not a figure.
    if (unit === '' && /「$/.test(head) && /^(?:」|\p{L})/u.test(after)) skip = true;
    // 2018-06-30, 5-01: a date or a code, not figures.
    if (/^-\d/.test(after) || (m[1]?.startsWith('-') && /[\dA-Za-z]/.test(text[start - 1] ?? ''))) skip = true;
    if (/^\d+\.$/.test(text.slice(start, end + 1).trim()) && start === 0) skip = true;
    if (!skip) {
      const dot = digits.indexOf('.');
      const open = text[start - 1];
      out.push({
        line,
        text: text.slice(start, end),
        value,
        decimals: dot < 0 ? 0 : digits.length - dot - 1,
        unit,
        negative: m[1] !== undefined,
        start,
        end,
        bracketed: open === '(' && text[end] === ')',
      });
    }
    // Past the whole figure: 13億7,760万円 is one number, not 13億 and 7,760万円 as well.
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, end);
    m = NUMBER.exec(text);
  }
  return out;
}

/**
 * The fiscal years a text names, in order: 令和4年度, 平成28年度末, H27.3 (a
 * date: March 2015 is fiscal 平成26), 18年度 in a plan of 平成 years (bare
 * numbers take the plan's era).
 */
export interface YearMention {
  year: FiscalYear;
  start: number;
  text: string;
  /** H27.3: a date (its fiscal year), not a year's figure. */
  date: boolean;
  /** Followed by まで (「平成19年度までに」): the figures up to and including it. */
  through: boolean;
  /** Followed by から / ～ / 〜 (the start of a range). */
  from: boolean;
}

/** parseFiscalYear of 「令和3年度」 and the like, read once each (a draft names few years, many times). */
const yearCache = new Map<string, FiscalYear | null>();
function fiscalYearOf(text: string): FiscalYear | null {
  let year = yearCache.get(text);
  if (year === undefined) {
    year = parseFiscalYear(text);
    if (yearCache.size < 10_000) yearCache.set(text, year);
  }
  return year;
}

export function yearsOf(text: string, planEra: string | null, planYears?: Set<FiscalYear>): YearMention[] {
  const out: YearMention[] = [];
  // 平成19年まで (a year without 度 before まで) is a fiscal year too; 平成30年2月 is a date and no year — but the date of a state
  // by its month (平成19年6月末, 令和2年3月現在, …時点) is a date as H19.6 is: its fiscal year, the one the state is of.
  const pattern =
    /(令和|平成|昭和|[HRS])?(\d{1,2}|元)年度|(令和|平成)(\d{1,2}|元)年(?=まで)|([HR])\s?(\d{1,2})\.\s?(\d{1,2})\s?月?|(令和|平成)(\d{1,2}|元)年(\d{1,2})月(?=末|現在|時点)/g;
  let m: RegExpExecArray | null = pattern.exec(text);
  while (m !== null) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    // 「5年度目」: an ordinal of the plan's years, not a fiscal year.
    if (m[2] !== undefined && after.startsWith('目')) {
      m = pattern.exec(text);
      continue;
    }
    const through = /^(?:末?まで)/.test(after);
    const from = /^(?:から|[～〜~-])/.test(after);
    if (m[3] !== undefined) {
      const fy = fiscalYearOf(`${m[3]}${m[4]}年度`);
      if (fy !== null) out.push({ year: fy, start: m.index, text: m[0], date: false, through, from });
    } else if (m[2] !== undefined) {
      const eras: Record<string, string> = { H: '平成', R: '令和', S: '昭和' };
      // A bare 2年度 takes the era in which the plan has that year (a plan of 平成28～令和2年度 has both eras).
      const candidates = m[1] !== undefined ? [eras[m[1]] ?? m[1]] : [planEra, '令和', '平成'].filter((e): e is string => e !== null);
      const parsed = candidates.map((era) => fiscalYearOf(`${era}${m?.[2]}年度`)).filter((y): y is FiscalYear => y !== null);
      const fy = parsed.find((y) => planYears === undefined || planYears.has(y)) ?? parsed[0] ?? null;
      if (fy !== null) out.push({ year: fy, start: m.index, text: m[0], date: false, through, from });
    } else if (m[8] !== undefined) {
      const month = Number(m[10]);
      const fy = fiscalYearOf(`${m[8]}${m[9] === '元' ? 1 : Number(m[9]) - (month <= 3 ? 1 : 0)}年度`);
      if (fy !== null) out.push({ year: fy, start: m.index, text: m[0], date: true, through: false, from: false });
    } else {
      const era = m[5] === 'H' ? '平成' : '令和';
      const month = Number(m[7]);
      const fy = fiscalYearOf(`${era}${Number(m[6]) - (month <= 3 ? 1 : 0)}年度`);
      if (fy !== null) out.push({ year: fy, start: m.index, text: m[0], date: true, through: false, from: false });
    }
    m = pattern.exec(text);
  }
  return out;
}
