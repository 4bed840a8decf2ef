/** Blocks the sections share: a table with its column widths, a chart with its text alternative, a section's own texts. */
import type { Lang } from '../../base/lang';
import { displayWidth } from '../../base/text';
import type { TermView } from '../../compute/summarize';
import { REPORT_SECTIONS, type ReportSection } from '../../contract/vocabulary';
import type { ReportText } from '../../read/read';
import { CATEGORY_DEFINITIONS } from '../../words/messages';
import { cellText, type TableCell } from '../tables';
import { say } from './context';
import type { ChartPoint, ChartSpec, ReportBlock, ReportTableBlock } from './model';

/**
 * Column widths from the content: a column is as wide as its widest cell (long
 * text capped, so it wraps), and never narrower than its header's longest word —
 * so codes (0703-13), amounts (1,181,189千円) and English headers never break.
 */
function contentWidths(header: string[], rows: TableCell[][]): number[] {
  return header.map((h, column) => {
    const cells = rows.map((row) => displayWidth(cellText(row[column])));
    const widest = Math.min(36, Math.max(0, ...cells));
    const words = h.split(' ').map((word) => displayWidth(word));
    const headerNeed = /[^ -~]/.test(h) ? Math.ceil(displayWidth(h) / 2) : Math.max(0, ...words);
    return Math.max(4, widest, Math.min(16, headerNeed)) + 2;
  });
}

/** A label's meaning in a 【区分】 box: the plan's own definition (区分's 定義), else the standard text of its meaning. */
export function definitionOf(term: TermView, lang: Lang): string {
  return term.definition || CATEGORY_DEFINITIONS[term.meaning as keyof typeof CATEGORY_DEFINITIONS][lang];
}

export function table(id: string, caption: string, header: string[], rows: TableCell[][], notes: string[] = []): ReportTableBlock {
  return { type: 'table', id, caption, header, rows, widths: contentWidths(header, rows), notes };
}

/** The texts of a section from the 報告書 sheet, or the placeholder that says where to write them. */
export function sectionTexts(texts: readonly ReportText[], section: ReportSection, perspective: number | null, lang: Lang): ReportBlock[] {
  const found = texts.filter((t) => t.section === section && t.perspective === perspective);
  if (found.length > 0) return found.flatMap((t) => t.text.split(/\n+/).map((text): ReportBlock => ({ type: 'paragraph', text: text.trim() })));
  const term = REPORT_SECTIONS.terms[REPORT_SECTIONS.firstOf(section)];
  const names = { section: term.label, sectionEn: term.en ?? term.label };
  const text = perspective === null ? say('placeholderPlan', lang, names) : say('placeholderPerspective', lang, { ...names, n: perspective });
  return [{ type: 'placeholder', text }];
}

function chartValues(points: ChartPoint[], lang: Lang): string {
  return points.map((p) => `${p.label} ${p.text}`).join(say('listJoiner', lang));
}

export function chart(spec: Omit<ChartSpec, 'alt'>, lang: Lang): ReportBlock {
  // A chart with no point yet says so, instead of an empty list between two 。.
  const key = spec.points.length === 0 ? 'chartAltEmpty' : spec.kind === 'line' ? 'chartAltLine' : 'chartAltBar';
  const alt = say(key, lang, { title: spec.title, values: chartValues(spec.points, lang) });
  return { type: 'chart', chart: { ...spec, alt } };
}
