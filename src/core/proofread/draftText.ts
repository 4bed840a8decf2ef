/**
 * The draft tokenised once, line by line, in linear time: each line's numbers
 * (with their unit, sign and 億・万 amounts), its clauses, the years it names,
 * and the table rows it belongs to — rows split by tabs or runs of spaces,
 * cells laid out one a line (「… |」 or a PDF's one cell a line), and the
 * column each cell stands under.
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
    // 62万2,971千円: 万 counting the unit that follows (622,971千円).
    const ofUnit = /^万([\d,]*\d)(千円|百万円)/.exec(rest);
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
    if (/(?:令和|平成|昭和|[HRSP第]|No\.?|指標)$/i.test(before) || /^[.．]\d/.test(text.slice(m.index + m[0].length))) skip = true;
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
    if (unit === '' && /「$/.test(head) && /^」/.test(after)) skip = true;
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
  // 平成19年まで (a year without 度 before まで) is a fiscal year too; 平成30年2月 is a date and no year.
  const pattern = /(令和|平成|昭和|[HRS])?(\d{1,2}|元)年度|(令和|平成)(\d{1,2}|元)年(?=まで)|([HR])\s?(\d{1,2})\.\s?(\d{1,2})\s?月?/g;
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

export interface Cell {
  text: string;
  line: number;
  /** The column's header, joined over the header lines; '' when none. */
  header: string;
}

export interface Row {
  /** The first cell when it is not a number: the row's label (区分, a plan label, 合計, a goal). */
  label: string;
  cells: Cell[];
  /** Lines the row spans. */
  lines: number[];
  /** The table (block) it belongs to. */
  table: number;
}

/** The width a tab-separated cell is given: columns by place, not by display width. */
const TAB_COLUMN = 1000;

/** Display width: CJK characters take two columns in the fixed-width layouts drafts are typed in. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

export const isNumeric = (cell: string) =>
  /^[(（]?[▲△-]?\s?\d[\d,.]*(?:億(?:[\d,]+万)?(?:\d+千)?円?|万(?:\d+千)?円)?\s?(?:%|千円|百万円|円|件|項目|事業|細目|人|㎡)?[)）]?(?:\(\d+\))?$/.test(
    cell.trim(),
  );

/**
 * Lines whose cells are separated by single spaces: a row (a label, then at
 * least two figures, or figures only) and the header line above it in the same
 * block with as many cells. A sentence (。 、) is never one.
 */
function spacedLines(lines: string[]): boolean[] {
  const out = lines.map(() => false);
  const tokens = lines.map((line) => (line.length > MAX_CLAIM_LINE || /[。、\t]|\S {2,}\S/.test(line.trim()) ? [] : line.trim().split(/ +/)));
  const isRow = (t: string[]) => t.length >= 2 && t.slice(1).every(isNumeric) && t.filter(isNumeric).length >= 2;
  for (let i = 0; i < lines.length; i++) if (isRow(tokens[i])) out[i] = true;
  for (let i = 0; i < lines.length; i++) {
    const t = tokens[i];
    if (out[i] || t.length < 2 || t.some(isNumeric)) continue;
    // The header: the block's first line of as many cells as a row below it (before a blank line), the label column included or not.
    for (let k = i + 1; k < Math.min(lines.length, i + 12) && lines[k].trim() !== ''; k++) {
      if (out[k] && (tokens[k].length === t.length || (isNumeric(tokens[k][0]) && tokens[k].length === t.length))) {
        out[i] = true;
        break;
      }
      if (tokens[k].length >= 2 && !out[k]) break;
    }
  }
  return out;
}

/**
 * Rows of the draft's tables. A line with a tab or a run of two spaces is a
 * row of cells; consecutive rows are a table whose first rows without numbers
 * are its header. A numeric cell takes the header whose right edge is nearest
 * its own (numbers are right-aligned), so a row with blanks keeps its columns.
 * Lines ending 「 |」 are one cell a line; a label line followed by lines of
 * bare numbers (a PDF's text) is a row of its own.
 */
export function tableRows(lines: string[], labels: string[]): Row[] {
  const rows: Row[] = [];
  let table = 0;
  let header: { text: string; right: number; left: number }[] = [];
  let inTable = false;
  // The line before was a header line (a header of two lines is joined); rows were read under the header.
  let afterHeader = false;
  let rowsSeen = false;
  // Short lines between a table's rows: the next row's label, broken over lines above its figures (「平成19年度までの実績」「B」).
  let pending: string[] = [];
  const spaced = spacedLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const text = raw.length > MAX_CLAIM_LINE ? '' : raw.replace(/\s+$/, '');
    const bySpace = spaced[i];
    const split = bySpace || (/\t| {2,}/.test(text.trim()) && !text.includes('。'));
    if (!split) {
      // A blank line between a table's rows (an HTML table read as text): the table goes on.
      if (inTable && text.trim() === '') {
        let k = i + 1;
        while (k < lines.length && lines[k].trim() === '' && k < i + 3) k++;
        if (k < lines.length && lines[k].includes('\t')) continue;
      }
      const short = text.trim() !== '' && !/[。、]/.test(text) && width(text.trim()) <= 40;
      if (inTable && short) {
        pending.push(text.trim());
        afterHeader = false;
        continue;
      }
      if (inTable) table++;
      inTable = false;
      header = [];
      pending = [];
      afterHeader = false;
      rowsSeen = false;
      continue;
    }
    inTable = true;
    // Cells with their right edges (in display columns).
    const cells: { text: string; right: number; left: number }[] = [];
    const indexed = text.includes('\t') || bySpace;
    if (indexed) {
      // Tabs (or single spaces between a label and its figures) separate cells: a cell's column is its place in the row, whatever the widths of the text before it.
      text
        .trim()
        .split(bySpace ? / +/ : '\t')
        .map((part) => part.trim())
        .forEach((part, k) => {
          if (part !== '') cells.push({ text: part, left: k * TAB_COLUMN, right: (k + 1) * TAB_COLUMN });
        });
    } else {
      const parts = text.split(/( {2,})/);
      let col = 0;
      for (const part of parts) {
        const w = width(part);
        if (!/^ +$/.test(part) && part.trim() !== '') cells.push({ text: part.trim(), left: col, right: col + w });
        col += w;
      }
    }
    const numeric = cells.filter((c) => isNumeric(c.text) || /^[(（][\d,]+[)）]/.test(c.text));
    if (numeric.length === 0 || (header.length === 0 && numeric.length < cells.length / 2 && !labels.some((l) => cells[0]?.text === l))) {
      // A header line (joined with the one above when the header takes two lines); a header after rows begins another table.
      if (!afterHeader) {
        if (rowsSeen) table++;
        header = [];
        rowsSeen = false;
      }
      if (header.length === 0 || header.length !== cells.length) header = header.length === 0 ? cells : mergeHeader(header, cells);
      else header = header.map((h, k) => ({ ...h, text: `${h.text} ${cells[k].text}` }));
      afterHeader = true;
      pending = [];
      continue;
    }
    afterHeader = false;
    rowsSeen = true;
    const tabbed = indexed;
    const out: Cell[] = [];
    let label = '';
    if (pending.length > 0 && isNumeric(cells[0]?.text ?? '')) label = pending.join(' ');
    pending = [];
    cells.forEach((cell, k) => {
      if (k === 0 && !isNumeric(cell.text)) {
        label = cell.text;
        return;
      }
      let h = '';
      if (header.length > 0) {
        if (tabbed && header.length === cells.length) h = header[k].text;
        else {
          let best = Number.POSITIVE_INFINITY;
          for (const candidate of header) {
            const d = Math.abs(candidate.right - cell.right);
            if (d < best) {
              best = d;
              h = candidate.text;
            }
          }
        }
      }
      out.push({ text: cell.text, line: i + 1, header: h });
    });
    // A row under no header whose label says nothing but a year (「令和2年度 1 2 3」): no column names its figures and no check
    // reads it — its numbers are read as the line's, and a draft of many such rows builds no table of them.
    if (header.length === 0 && !/[\p{L}]/u.test(label.replace(/(?:令和|平成|昭和|[HRS])?\s?(?:\d{1,2}|元)\s?年度/g, ''))) continue;
    rows.push({ label, cells: out, lines: [i + 1], table });
  }
  rows.push(...pipeRows(lines, labels, table + 1), ...pdfRows(lines, labels, table + 1000));
  return rows;
}

function mergeHeader(a: { text: string; right: number; left: number }[], b: { text: string; right: number; left: number }[]) {
  // The longer line is the header's columns; the other's words join the column they overlap.
  const [wide, narrow] = a.length >= b.length ? [a, b] : [b, a];
  const last = narrow[narrow.length - 1];
  return wide.map((h) => {
    // A tabbed header's last cell spans the columns after it (「達成状況が確定できないもの」 over three columns).
    const spans = last !== undefined && last.right % TAB_COLUMN === 0 && h.left >= last.left;
    const over = narrow.find((n) => n.left < h.right && h.left < n.right) ?? (spans ? last : undefined);
    return over ? { ...h, text: `${over.text} ${h.text}` } : h;
  });
}

/** 「項目 |」「目標値 |」…「削減効果額 |」「3,297百万円 |」: one cell a line; a row starts at a label (a goal, a plan label, 合計). */
function pipeRows(lines: string[], labels: string[], table: number): Row[] {
  const rows: Row[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!/\|\s*$/.test(lines[i])) {
      i++;
      continue;
    }
    const cells: { text: string; line: number }[] = [];
    while (i < lines.length && /\|\s*$/.test(lines[i])) {
      cells.push({ text: lines[i].replace(/\s*\|\s*$/, '').trim(), line: i + 1 });
      i++;
    }
    const starts = cells.map((c, k) => (labels.some((l) => c.text.replace(/\s/g, '') === l.replace(/\s/g, '')) ? k : -1)).filter((k) => k >= 0);
    if (starts.length === 0) continue;
    const head = cells.slice(0, starts[0]).map((c) => c.text);
    const size = head.length;
    for (const s of starts) {
      const row = cells.slice(s, s + size);
      rows.push({
        label: row[0].text,
        cells: row.slice(1).map((c, k) => ({ text: c.text, line: c.line, header: head[k + 1] ?? '' })),
        lines: row.map((c) => c.line),
        table,
      });
    }
  }
  return rows;
}

/**
 * A PDF's table as text: a label on its line (split a character a line: 合/計),
 * then its cells one a line. The cells a row takes: the numbers up to the next label.
 */
function pdfRows(lines: string[], labels: string[], table: number): Row[] {
  const rows: Row[] = [];
  const known = new Set([...labels.map((l) => l.replace(/\s/g, '')), '合計']);
  let current: Row | null = null;
  let block = table;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].length > MAX_CLAIM_LINE ? '' : lines[i].trim();
    // 合 / 計 and 完 / 了: a label split a character a line.
    let joined = text.replace(/\s/g, '');
    let span = 1;
    while (joined.length < 4 && i + span < lines.length && lines[i + span].trim().length === 1 && !known.has(joined) && !isNumeric(lines[i + span])) {
      joined += lines[i + span].trim();
      span++;
    }
    if (known.has(joined) && i + span < lines.length && isNumeric(lines[i + span].trim())) {
      current = { label: joined, cells: [], lines: Array.from({ length: span }, (_, k) => i + 1 + k), table: block };
      rows.push(current);
      i += span - 1;
      continue;
    }
    if (current && isNumeric(text) && !/\t| {2,}/.test(text)) {
      current.cells.push({ text, line: i + 1, header: '' });
      continue;
    }
    if (current && joined === '') continue;
    if (current) block++;
    current = null;
  }
  return rows;
}
