/**
 * The annual report (実績報告書) as a pure structure: sections, headings,
 * paragraphs, tables, charts and notes. Renderers: report/html.ts (HTML),
 * src/render/reportDocx.ts (.docx, for the CLI and the add-on's report dialog).
 */
import type { Lang } from '../../base/lang';
import type { TableCell } from '../tables';

export interface ReportTableBlock {
  type: 'table';
  id: string;
  caption: string;
  header: string[];
  rows: TableCell[][];
  /** Relative column widths. */
  widths: number[];
  notes: string[];
}

export interface ChartPoint {
  label: string;
  value: number;
  /** The value as the tables print it. */
  text: string;
}

export interface ChartSpec {
  id: 'progressRate' | 'effects' | 'floorArea';
  kind: 'line' | 'bar';
  title: string;
  /** What the axis counts: %, 千円, ㎡. */
  unit: string;
  points: ChartPoint[];
  /** A fixed top of the axis (100 for a rate); otherwise from the data. */
  max?: number;
  /** Alt text: what the chart shows, with its figures. */
  alt: string;
}

export type ReportBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  /** Text the workbook does not hold yet: where to enter it. */
  | { type: 'placeholder'; text: string }
  | { type: 'caption'; text: string }
  /** The 【区分】 box: each label (quoted as the language does: 「済」, "Done") with what it means. */
  | { type: 'definitions'; caption: string; items: { term: string; meaning: string }[] }
  | { type: 'list'; items: string[] }
  /** A year with what was done in it (主な取組と成果). */
  | { type: 'yearItems'; year: string; items: string[] }
  | ReportTableBlock
  | { type: 'chart'; chart: ChartSpec }
  | { type: 'note'; text: string }
  | { type: 'pageBreak' };

export interface ReportModel {
  lang: Lang;
  title: string;
  subtitle: string;
  /** The data's date (as-of), shown under the title. */
  asOf: string;
  asOfText: string;
  /** Errors in the workbook: rows with errors are left out, and the report says so at its top. */
  errors: number;
  notice: string | null;
  blocks: ReportBlock[];
}
