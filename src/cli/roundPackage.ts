/**
 * `round merge --out`: the merged answers written into the user's own package. Only the cells merged are
 * rewritten, in their worksheet parts, each keeping its style (s="…"); every other part and every other
 * cell stays byte for byte as it was (the 取りまとめ結果 sheet is then added by package.ts, as summarize
 * --out adds its sheets). A string is written as an inline string (ECMA-376 Part 1, 18.3.1.53 is), so the
 * shared-string table is never rewritten.
 */
import { posix } from 'node:path';
import JSZip from 'jszip';
import { a1, type CellValue, cellText, isBlank } from '../core/base/cells';
import { unescapeXml, xmlText } from './xmlText';

export interface CellEdit {
  sheet: string;
  /** 0-based. */
  row: number;
  column: number;
  value: CellValue;
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

/** The worksheet part of a sheet, by its name in workbook.xml and the workbook's relationships. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const tag = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => attribute(t, 'name') === name);
  const id = tag ? /\s[\w]+:id="([^"]*)"/.exec(tag)?.[1] : undefined;
  const rel = [...rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => attribute(t, 'Id') === id);
  const target = rel ? attribute(rel, 'Target') : undefined;
  if (!target) throw new Error(`no worksheet part for ${name}`);
  const part = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
  const found = Object.keys(zip.files).find((file) => file.toLowerCase() === part.toLowerCase());
  if (!found) throw new Error(`no worksheet part for ${name}`);
  return found;
}

function cellXml(prefix: string, ref: string, style: string | undefined, value: CellValue): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (isBlank(value)) return `<${prefix}c r="${ref}"${s}/>`;
  if (typeof value === 'number' && Number.isFinite(value)) return `<${prefix}c r="${ref}"${s}><${prefix}v>${value}</${prefix}v></${prefix}c>`;
  if (typeof value === 'boolean') return `<${prefix}c r="${ref}"${s} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${prefix}c>`;
  return `<${prefix}c r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${xmlText(cellText(value))}</${prefix}t></${prefix}is></${prefix}c>`;
}

const columnOf = (ref: string) => {
  const letters = /^([A-Z]+)/.exec(ref)?.[1] ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

/** One row's XML with a cell set: replaced where it is, else inserted in column order. */
function setInRow(rowXml: string, prefix: string, edit: CellEdit): string {
  const ref = a1(edit.row, edit.column);
  const cells = [...rowXml.matchAll(new RegExp(`<${prefix}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}c>)`, 'g'))];
  for (const m of cells) {
    const open = /^<[^>]*>/.exec(m[0])?.[0] ?? '';
    const r = attribute(open, 'r');
    if (r === undefined) throw new Error('a cell without its reference');
    if (r === ref) return rowXml.slice(0, m.index) + cellXml(prefix, ref, attribute(open, 's'), edit.value) + rowXml.slice((m.index ?? 0) + m[0].length);
  }
  const after = cells.find((m) => columnOf(attribute(/^<[^>]*>/.exec(m[0])?.[0] ?? '', 'r') ?? '') > edit.column);
  const xml = cellXml(prefix, ref, attribute(/^<[^>]*>/.exec(rowXml)?.[0] ?? '', 's'), edit.value);
  if (after) return rowXml.slice(0, after.index) + xml + rowXml.slice(after.index);
  if (rowXml.endsWith('/>')) return `${rowXml.slice(0, -2)}>${xml}</${prefix}row>`;
  return rowXml.replace(new RegExp(`</${prefix}row>$`), `${xml}</${prefix}row>`);
}

function setInSheet(xml: string, edit: CellEdit): string {
  const data = /<(\w+:)?sheetData\b[^>]*?(\/>|>([\s\S]*?)<\/(?:\w+:)?sheetData>)/.exec(xml);
  if (!data) throw new Error('a worksheet without sheetData');
  const prefix = data[1] ?? '';
  const body = data[3] ?? '';
  const rowNumber = edit.row + 1;
  const rows = [...body.matchAll(new RegExp(`<${prefix}row\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}row>)`, 'g'))];
  let newBody: string | null = null;
  for (const m of rows) {
    const r = Number(attribute(/^<[^>]*>/.exec(m[0])?.[0] ?? '', 'r'));
    if (r === rowNumber) {
      newBody = body.slice(0, m.index) + setInRow(m[0], prefix, edit) + body.slice((m.index ?? 0) + m[0].length);
      break;
    }
    if (r > rowNumber) {
      const row = setInRow(`<${prefix}row r="${rowNumber}"></${prefix}row>`, prefix, edit);
      newBody = body.slice(0, m.index) + row + body.slice(m.index);
      break;
    }
  }
  newBody ??= body + setInRow(`<${prefix}row r="${rowNumber}"></${prefix}row>`, prefix, edit);
  const open = /^<[^>]*?(?=\/?>)/.exec(data[0])?.[0] ?? `<${prefix}sheetData`;
  return `${xml.slice(0, data.index)}${open}>${newBody}</${prefix}sheetData>${xml.slice(data.index + data[0].length)}`;
}

/** The package with the cells set; every other part as it was. */
export async function setCells(input: Buffer, edits: CellEdit[]): Promise<Buffer> {
  if (edits.length === 0) return input;
  const zip = await JSZip.loadAsync(input);
  const bySheet = new Map<string, CellEdit[]>();
  for (const edit of edits) bySheet.set(edit.sheet, [...(bySheet.get(edit.sheet) ?? []), edit]);
  for (const [sheet, list] of bySheet) {
    const part = await sheetPart(zip, sheet);
    let xml = (await zip.file(part)?.async('string')) ?? '';
    for (const edit of list) xml = setInSheet(xml, edit);
    zip.file(part, xml);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
