/**
 * Tables in a terminal, aligned for Japanese: East Asian wide characters take two columns.
 */
import type { Lang } from '../core/messages';
import { label } from '../core/messages';
import type { ProblemView } from '../core/problems';
import { cellText, type ReportTable } from '../core/tables';

const WIDE =
  /[\u1100-\u115F\u231A\u231B\u2329\u232A\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{16FE0}-\u{1B2FF}\u{1F004}\u{1F0CF}\u{1F18E}\u{1F191}-\u{1F19A}\u{1F200}-\u{1F64F}\u{1F680}-\u{1F6FF}\u{1F900}-\u{1F9FF}\u{1FA70}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ZERO_WIDTH.test(ch)) continue;
    const code = ch.codePointAt(0) ?? 0;
    if (code < 32 || (code >= 0x7f && code < 0xa0)) continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}

/** Cuts text to at most `max` columns, marking the cut with …. */
export function truncateToWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** Control characters from the workbook must not reach the terminal (escape sequences). */
function safe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ');
}

export function renderTable(table: ReportTable, maxCellWidth = 40): string {
  const header = table.header.map((h) => safe(h));
  const rows = table.rows.map((row) => row.map((cell) => truncateToWidth(safe(cellText(cell)), maxCellWidth)));
  // Numbers and the report's － (none) are right-aligned, text left-aligned, cell by cell.
  const rightAligned = table.rows.map((row) => row.map((cell) => cell !== null && (typeof cell !== 'string' || /^[-－]$/.test(cell))));
  const widths = header.map((h, index) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[index] ?? ''))));
  const line = (cells: string[], right: boolean[]) =>
    cells
      .map((cell, index) => pad(cell, widths[index], right[index] ?? false))
      .join('  ')
      .trimEnd();
  const out = [table.title, line(header, []), widths.map((w) => '─'.repeat(w)).join('  ')];
  rows.forEach((row, index) => {
    out.push(line(row, rightAligned[index]));
  });
  for (const note of table.notes) out.push(safe(note));
  return out.join('\n');
}

export function renderProblems(problems: ProblemView[], lang: Lang): string {
  if (problems.length === 0) return label('noErrors', lang);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity] += 1;
  const lines = [`${label('problemsTitle', lang)}: ${label('problemCount', lang, { e: counts.error, w: counts.warning })}`];
  for (const p of problems) {
    const severity = label(p.severity, lang);
    const where = p.cell ? `${p.sheet}!${p.cell}` : p.sheet;
    const suggestion = p.suggestion ? ` → ${p.suggestion}` : '';
    lines.push(safe(`[${severity}] ${where}: ${p.message}${suggestion}`));
  }
  return lines.join('\n');
}
