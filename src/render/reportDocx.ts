/**
 * The report model as a Word document (docx library): A4, 游明朝 for the text
 * and 游ゴシック for headings, real tables whose header row repeats on every
 * page, numbers right-aligned as the summary prints them, charts as PNG
 * pictures with alt text. Used by the CLI (Node) and by the add-on's report
 * dialog (the browser), each giving its own way to turn a chart into PNG.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { xmlSafe } from '../core/base/text';
import { CHART_HEIGHT, CHART_WIDTH } from '../core/present/chart';
import type { ChartSpec, ReportBlock, ReportModel, ReportTableBlock } from '../core/present/report';
import type { TableCell as Cell } from '../core/present/tables';

export const MINCHO = '游明朝';
export const GOTHIC = '游ゴシック';

/** A4 in twentieths of a point, with 20 mm / 18 mm margins. */
const PAGE = { width: 11906, height: 16838, marginTopBottom: 1134, marginSides: 1020 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.marginSides;

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
const border = { style: BorderStyle.SINGLE, size: 4, color: '555555' };
const borders = { top: border, bottom: border, left: border, right: border };

function textParagraphs(text: string, options: { bold?: boolean; right?: boolean; center?: boolean; gothic?: boolean; size?: number } = {}): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ text: line, bold: options.bold, font: options.gothic ? font(GOTHIC) : undefined, size: options.size ?? 18 })],
      }),
  );
}

/** A text's runs, each line break the writer's (a label's 定義 over two lines) a break in the paragraph: a "\n" inside one run would show as a space. */
function brokenRuns(text: string): TextRun[] {
  return text.split(/\r\n?|\n/).map((line, i) => new TextRun(i === 0 ? line : { text: line, break: 1 }));
}

function cellOf(cell: Cell, header = false): TableCell {
  // A figure, or the － that stands for none in a column of figures, sits right.
  const isNumber = typeof cell !== 'string' || cell === '－' || cell === '-';
  const text = typeof cell === 'string' ? cell : cell.text;
  return new TableCell({
    borders,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'DDE7F0' } : undefined,
    children: textParagraphs(text, { bold: header, right: isNumber && !header, center: header, gothic: header }),
  });
}

function tableOf(block: ReportTableBlock): Table {
  const total = block.widths.reduce((a, b) => a + b, 0) || 1;
  const widths = block.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      // The header row repeats at the top of every page the table runs onto.
      new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((h) => cellOf(h, true)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cellOf(c)) })),
    ],
  });
}

function caption(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: [new TextRun({ text, bold: true, font: font(GOTHIC) })] });
}

function body(text: string, options: { italic?: boolean; color?: string; indent?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({
    spacing: { after: 80 },
    indent: options.indent === false ? undefined : { firstLine: 210 },
    children: [new TextRun({ text, italics: options.italic, color: options.color, size: options.size })],
  });
}

export type ChartPng = (chart: ChartSpec) => Promise<Uint8Array> | Uint8Array;

async function blockChildren(block: ReportBlock, png: ChartPng): Promise<(Paragraph | Table)[]> {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          keepNext: true,
          spacing: { before: block.level === 1 ? 360 : 200, after: 120 },
          children: [new TextRun({ text: block.text, bold: true, font: font(GOTHIC), size: block.level === 1 ? 28 : 24, color: '111111' })],
        }),
      ];
    case 'paragraph':
      return [body(block.text)];
    case 'placeholder':
      return [body(block.text, { italic: true, color: '666666', indent: false })];
    case 'caption':
      return [caption(block.text)];
    case 'note':
      return [body(block.text, { indent: false, size: 18 })];
    case 'definitions':
      return [
        caption(block.caption),
        ...block.items.map(
          (item) => new Paragraph({ indent: { left: 210 }, children: [new TextRun({ text: item.term, bold: true }), ...brokenRuns(`…${item.meaning}`)] }),
        ),
      ];
    case 'list':
      return block.items.map((item) => new Paragraph({ indent: { left: 420 }, children: brokenRuns(item) }));
    case 'yearItems':
      return [
        new Paragraph({ keepNext: true, spacing: { before: 80 }, children: [new TextRun({ text: block.year, bold: true, font: font(GOTHIC) })] }),
        ...block.items.map((item) => new Paragraph({ indent: { left: 420 }, spacing: { after: 40 }, children: [new TextRun(item)] })),
      ];
    case 'table': {
      // A table with no caption continues the one above it (the 達成状況 of a plan of many labels: its totals under its labels).
      // (An empty paragraph keeps it a table of its own: Word joins two tables with nothing between them.)
      const out: (Paragraph | Table)[] = [block.caption === '' ? new Paragraph({ spacing: { before: 0, after: 0 } }) : caption(block.caption), tableOf(block)];
      for (const note of block.notes) out.push(body(note, { indent: false, size: 18 }));
      return out;
    }
    case 'chart': {
      const data = await png(block.chart);
      const width = 600;
      const height = Math.round((width * CHART_HEIGHT) / CHART_WIDTH);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          // Auto line height: an exact one would clip the picture to one line.
          spacing: { before: 120, after: 200, line: 240, lineRule: LineRuleType.AUTO },
          children: [
            new ImageRun({
              type: 'png',
              data,
              transformation: { width, height },
              altText: { name: block.chart.id, title: block.chart.title, description: block.chart.alt },
            }),
          ],
        }),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/**
 * The model with every string XML-safe (core's xmlSafe): the document's text, its tables, the charts'
 * titles and alt text (and so the SVG drawn from them) and the core properties all come from it,
 * so no text can reach a part unsanitised, in Node and in the browser alike. The model is plain data.
 */
function xmlSafeModel<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map((item) => xmlSafeModel(item)) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafeModel(item)])) as T;
  return value;
}

export async function reportDocument(unsafeModel: ReportModel, png: ChartPng): Promise<Document> {
  const model = xmlSafeModel(unsafeModel);
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      spacing: { before: 2400 },
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: model.title, bold: true, size: 40, font: font(GOTHIC) })],
    }),
    new Paragraph({
      spacing: { before: 240 },
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: model.subtitle, size: 36, font: font(GOTHIC) })],
    }),
    new Paragraph({ spacing: { before: 480, after: 480 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: model.asOfText })] }),
  ];
  if (model.notice) children.push(body(model.notice, { indent: false, color: 'B00020' }));
  children.push(new Paragraph({ children: [new PageBreak()] }));
  for (const block of model.blocks) children.push(...(await blockChildren(block, png)));
  return new Document({
    creator: 'Shinchoku',
    title: `${model.title} ${model.subtitle}`,
    description: model.asOfText,
    styles: {
      default: {
        document: { run: { font: font(MINCHO), size: 21 }, paragraph: { spacing: { line: 300, lineRule: LineRuleType.AUTO } } },
      },
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], size: 18 })] })],
          }),
        },
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.marginTopBottom, bottom: PAGE.marginTopBottom, left: PAGE.marginSides, right: PAGE.marginSides },
          },
        },
        children,
      },
    ],
  });
}
