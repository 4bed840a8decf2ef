/**
 * The draft's tables: rows split by tabs or runs of spaces, cells laid out one
 * a line (「… |」 or a PDF's one cell a line), and the column each cell stands
 * under (its header joined over the header lines).
 */
import { MAX_CLAIM_LINE } from './draftText';
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
      // (A tab first is an empty corner cell — 「\t歳出削減額\t歳入確保額」 — and keeps the columns in their places.)
      (bySpace ? text.trim() : text.replace(/^[^\S\t]+/, ''))
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
        // (By place where the header starts where the row does; else by column — a header after an empty corner cell.)
        if (tabbed && header.length === cells.length && header[0].left === cells[0].left) h = header[k].text;
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
