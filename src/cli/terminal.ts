/**
 * Tables in a terminal, aligned for Japanese: East Asian wide characters take two columns.
 */

import { displayWidth } from '../core/base/text';
import { cellText, type ReportTable } from '../core/present/tables';
import type { Lang } from '../core/words/messages';
import { label } from '../core/words/messages';
import type { ProblemView } from '../core/words/problems';

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

/**
 * What a terminal would obey rather than show: every C0 control but line feed
 * and tab (ESC starts the escape sequences: window title, clear screen,
 * colours, OSC 8 hyperlinks; CR overwrites a line), DEL, every C1 control
 * (U+009B is CSI and U+009D OSC on their own), and the bidi overrides and
 * isolates that reorder what is shown (U+202A–U+202E, U+2066–U+2069).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Everything the CLI prints, on stdout and stderr, passes here (run() wraps the io it gives the commands).
 * Each character above becomes its escape as text, `\u001b`: visible, inert, and the same escape JSON uses,
 * so in `--json` output (where JSON.stringify has already escaped C0) the result is still JSON that
 * decodes to the same strings — a raw C1 or bidi control sits only inside a string, where `\u009b` means it.
 * Idempotent: the escape is plain ASCII.
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line of a table or a problem: line breaks and tabs as spaces, the rest made inert, so widths are measured on what is shown. */
function safe(text: string): string {
  return terminalSafe(text.replace(/[\r\n\t]/g, ' '));
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
  const out = [safe(table.title), line(header, []), widths.map((w) => '─'.repeat(w)).join('  ')];
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
