/**
 * `summarize --out`: the user's .xlsx with our generated sheets added, built
 * from the original package. Every part of the input is copied as it is —
 * sheets, comments, drawings, charts, images, hidden rows and columns,
 * filters, conditional formats, validations — and only what a new sheet
 * needs is added: its worksheet part, a few styles appended to styles.xml,
 * and its entries in workbook.xml, the workbook's relationships and the
 * content types. Nothing of the user's is re-serialised.
 *
 * Our sheets are marked by a workbook-level defined name
 * (Shinchoku_generated_summary → '集計'!$A$1): a later run replaces them, and
 * a sheet of the user's that merely has the same name is kept.
 */
import { posix } from 'node:path';
import JSZip from 'jszip';
import { columnLetters } from '../core/cells';
import type { Grid, GridCell } from '../core/grid';

export const MARK_PREFIX = 'Shinchoku_generated_';

export interface GeneratedPart {
  /** summary or problems: the mark's suffix and the part's file name. */
  kind: string;
  /** The sheet name wanted (集計); taken as 集計 (2) when a sheet of the user's has it. */
  wanted: string;
  grid: Grid;
}

export interface PackageOutcome {
  bytes: Buffer;
  /** The names the generated sheets got, in order. */
  names: string[];
}

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Text for XML: escaped, and without the characters XML 1.0 cannot hold. */
function xmlText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids them
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)="([^"]*)"/g)) found.set(m[1], m[2]);
  return found;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Sheet names are compared the way Excel does: without regard to case. */
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The sheet a defined name of ours points at: '集計'!$A$1 → 集計. */
function markedSheet(reference: string): string | null {
  const m = /^'((?:[^']|'')+)'!|^([^!']+)!/.exec(unescapeXml(reference).trim());
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/** An XML element without its namespace prefixes, for comparing entries. */
function plain(element: string): string {
  return element.replace(/<(\/?)\w+:/g, '<$1');
}

/** Built-in number formats Excel knows by id. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

/** Appends the fonts, fill, number formats and cell formats our grids use; returns a style index per cell look. */
class StyleSheet {
  private readonly appendedXfs: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly formats = new Map<string, number>();
  private fill = -1;
  private readonly baseXfs: number;
  private readonly baseFonts: number;
  private readonly baseFills: number;
  private nextFormatId: number;
  private readonly defaultFont: string;
  private readonly newFonts: string[] = [];
  private readonly newFills: string[] = [];
  private readonly newFormats: string[] = [];

  /** The entries each list already holds, element prefixes removed: an identical entry is reused, not appended again. */
  private readonly existing: Record<'fonts' | 'fills' | 'cellXfs', string[]>;

  constructor(private xml: string) {
    // (this.xml is the text the block() lookups read; result() points it at the version being built.)
    this.baseXfs = this.count('cellXfs', 'xf');
    this.baseFonts = this.count('fonts', 'font');
    this.baseFills = this.count('fills', 'fill');
    this.existing = { fonts: this.entries('fonts', 'font'), fills: this.entries('fills', 'fill'), cellXfs: this.entries('cellXfs', 'xf') };
    const ids = [...xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g)) this.formats.set(unescapeXml(m[2]), Number(m[1]));
    this.nextFormatId = Math.max(163, ...ids) + 1;
    this.defaultFont =
      // The first font of the list: self-closing (<font/>) or whole, never running into the next one.
      /<(?:\w+:)?fonts\b[^>]*>\s*(<(?:\w+:)?font\b[^>]*?\/>|<(?:\w+:)?font\b[^>]*>[\s\S]*?<\/(?:\w+:)?font>)/.exec(xml)?.[1] ?? '<font><sz val="11"/></font>';
  }

  private entries(block: string, element: string): string[] {
    const body = this.block(block)?.[2] ?? '';
    const found = body.match(new RegExp(`<(?:\\w+:)?${element}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${element}>)`, 'g')) ?? [];
    return found.map(plain);
  }

  /** The index of an identical entry already in the list (a run before this one added it), or of the one appended now. */
  private reuse(list: 'fonts' | 'fills' | 'cellXfs', entry: string, appended: string[], base: number): number {
    const known = this.existing[list].indexOf(plain(entry));
    if (known >= 0) return known;
    const again = appended.indexOf(entry);
    if (again >= 0) return base + again;
    appended.push(entry);
    return base + appended.length - 1;
  }

  private block(name: string): RegExpExecArray | null {
    return new RegExp(`<(\\w+:)?${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`).exec(this.xml);
  }

  private count(block: string, element: string): number {
    const found = this.block(block);
    if (!found?.[2]) return 0;
    return (found[2].match(new RegExp(`<(?:\\w+:)?${element}[\\s/>]`, 'g')) ?? []).length;
  }

  /** The workbook's own default font, made bold and/or italic: one appended font per look. */
  private readonly fontsByLook = new Map<string, number>();

  private font(bold: boolean, italic: boolean): number {
    if (!bold && !italic) return 0;
    const look = `${bold}|${italic}`;
    const known = this.fontsByLook.get(look);
    if (known !== undefined) return known;
    const marks = `${bold ? '<b/>' : ''}${italic ? '<i/>' : ''}`;
    const body = this.defaultFont
      .replace(/<(\w+:)?(b|i)\s*\/>/g, '')
      .replace(/^(<(?:\w+:)?font\b[^>]*?)\s*\/>$/, '$1></font>')
      .replace(/^(<(?:\w+:)?font\b[^>]*>)/, `$1${marks}`);
    const id = this.reuse('fonts', body, this.newFonts, this.baseFonts);
    this.fontsByLook.set(look, id);
    return id;
  }

  private fillOf(color: string | null): number {
    if (!color) return 0;
    if (this.fill < 0) {
      const fill = `<fill><patternFill patternType="solid"><fgColor rgb="FF${color.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`;
      this.fill = this.reuse('fills', fill, this.newFills, this.baseFills);
    }
    return this.fill;
  }

  private format(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formats.set(code, id);
      this.newFormats.push(`<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    }
    return id;
  }

  styleOf(cell: GridCell): number {
    const right = !cell.text && typeof cell.value === 'number';
    const key = `${cell.format}|${cell.bold}|${cell.italic}|${cell.fill}|${right}`;
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.format(cell.format);
    const fontId = this.font(cell.bold, cell.italic);
    const fillId = this.fillOf(cell.fill);
    const alignment = `<alignment vertical="top"${right ? ' horizontal="right"' : ''}/>`;
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1">${alignment}</xf>`;
    const id = this.reuse('cellXfs', xf, this.appendedXfs, this.baseXfs);
    this.index.set(key, id);
    return id;
  }

  /** styles.xml with our entries appended at the end of each list (existing indexes unchanged). */
  result(): string {
    let xml = this.xml;
    const append = (block: string, element: string, entries: string[], before: string[]) => {
      if (entries.length === 0) return;
      this.xml = xml;
      const found = this.block(block);
      if (found) {
        const p = found[1] ?? '';
        const body = found[2] ?? '';
        const items = p ? entries.map((e) => e.replace(/<(\/?)([a-zA-Z])/g, `<$1${p}$2`)) : entries;
        const total = (body.match(new RegExp(`<(?:\\w+:)?${element}[\\s/>]`, 'g')) ?? []).length + entries.length;
        const open = /^<[^>]*>/.exec(found[0])?.[0] ?? `<${p}${block}>`;
        let attrs = open.replace(/^<[\w:]+/, '').replace(/\/?>$/, '');
        attrs = /\bcount="/.test(attrs) ? attrs.replace(/\bcount="\d+"/, `count="${total}"`) : `${attrs} count="${total}"`;
        // A function as the replacement: the user's own XML may hold $& or $$ (a "$"#,##0 format).
        xml = xml.replace(found[0], () => `<${p}${block}${attrs}>${body}${items.join('')}</${p}${block}>`);
        return;
      }
      // A list the styles do not have yet goes before the first of the lists that follow it.
      const list = `<${block} count="${entries.length}">${entries.join('')}</${block}>`;
      const next = before.map((name) => new RegExp(`<(?:\\w+:)?${name}\\b`).exec(xml)).find((m) => m);
      xml = next ? `${xml.slice(0, next.index)}${list}${xml.slice(next.index)}` : xml.replace(/<\/(\w+:)?styleSheet>/, (end) => `${list}${end}`);
    };
    append('numFmts', 'numFmt', this.newFormats, ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs']);
    append('fonts', 'font', this.newFonts, ['fills', 'borders', 'cellStyleXfs', 'cellXfs']);
    append('fills', 'fill', this.newFills, ['borders', 'cellStyleXfs', 'cellXfs']);
    append('cellXfs', 'xf', this.appendedXfs, ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst']);
    return xml;
  }
}

const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

/** One generated sheet as SpreadsheetML: inline strings (no shared-string table to merge), frozen header, widths. */
function sheetXml(grid: Grid, styles: StyleSheet): string {
  const cols = grid.columnWidths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join('');
  const rows = grid.rows
    .map((cells, r) => {
      const body = cells
        .map((cell, c) => {
          if (cell.value === null && !cell.fill && !cell.bold) return '';
          const ref = `${columnLetters(c)}${r + 1}`;
          const s = styles.styleOf(cell);
          if (cell.value === null) return `<c r="${ref}" s="${s}"/>`;
          if (typeof cell.value === 'number') return Number.isFinite(cell.value) ? `<c r="${ref}" s="${s}"><v>${cell.value}</v></c>` : '';
          if (typeof cell.value === 'boolean') return `<c r="${ref}" s="${s}" t="b"><v>${cell.value ? 1 : 0}</v></c>`;
          return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${xmlText(cell.value)}</t></is></c>`;
        })
        .join('');
      return body ? `<row r="${r + 1}">${body}</row>` : '';
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData>` +
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`
  );
}

/** Reads a part as text, or null when the package lacks it. */
async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async('string') : null;
}

/** The package with our generated sheets added (or replaced); every other part unchanged. */
export async function addGeneratedSheets(input: Buffer, parts: GeneratedPart[]): Promise<PackageOutcome> {
  const zip = await JSZip.loadAsync(input);
  let workbook = await text(zip, 'xl/workbook.xml');
  let rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  let types = await text(zip, '[Content_Types].xml');
  if (workbook === null || rels === null || types === null)
    throw new Error('not a workbook package (xl/workbook.xml, its relationships or the content types are missing)');
  const prefix = /<(\w+:)?sheets[\s>]/.exec(workbook)?.[1] ?? '';
  // The relationships prefix declared on the root (openpyxl declares it on each <sheet> instead): declared there if missing.
  const root = /<(\w+:)?workbook\b[^>]*>/.exec(workbook)?.[0] ?? '';
  const declared = new RegExp(`xmlns:(\\w+)="${RELATIONSHIPS_NS.replace(/[.]/g, '\\.')}"`).exec(root)?.[1];
  let relPrefix = declared ?? 'r';
  if (!declared) {
    while (new RegExp(`xmlns:${relPrefix}=`).test(root)) relPrefix += 'x';
    const prefixWanted = relPrefix;
    workbook = workbook.replace(/<(\w+:)?workbook\b/, (tag) => `${tag} xmlns:${prefixWanted}="${RELATIONSHIPS_NS}"`);
  }
  // An existing sheet may name its relationship under a prefix of its own declaration.
  const sheetRid = (attrs: Map<string, string>) => [...attrs].find(([key]) => key.endsWith(':id'))?.[1];

  // Our earlier generated sheets (marked by a defined name) are removed with their parts.
  const relations = [...rels.matchAll(/<Relationship\b[^>]*\/?>/g)].map((m) => ({ tag: m[0], attrs: attributes(m[0]) }));
  const sheetTags = () => [...(workbook as string).matchAll(new RegExp(`<${prefix}sheet\\b[^>]*/>`, 'g'))].map((m) => ({ tag: m[0], attrs: attributes(m[0]) }));
  for (const part of parts) {
    const mark = `${MARK_PREFIX}${part.kind}`;
    const defined = new RegExp(`<${prefix}definedName\\b[^>]*name="${mark}"[^>]*>([^<]*)</${prefix}definedName>`).exec(workbook);
    if (!defined) continue;
    const target = markedSheet(defined[1]);
    workbook = workbook.replace(defined[0], () => '');
    const all = sheetTags();
    const position = all.findIndex((s) => target !== null && sameName(unescapeXml(s.attrs.get('name') ?? ''), target));
    if (position < 0) continue;
    const sheet = all[position];
    const rid = sheetRid(sheet.attrs);
    const relation = relations.find((r) => r.attrs.get('Id') === rid);
    workbook = workbook.replace(sheet.tag, () => '');
    // Names local to that sheet go with it; names local to the sheets after it follow their sheet's new index.
    workbook = workbook.replace(new RegExp(`<${prefix}definedName\\b[^>]*localSheetId="(\\d+)"[^>]*>[^<]*</${prefix}definedName>`, 'g'), (tag, id: string) => {
      const index = Number(id);
      if (index === position) return '';
      return index > position ? tag.replace(`localSheetId="${id}"`, `localSheetId="${index - 1}"`) : tag;
    });
    if (relation) {
      rels = rels.replace(relation.tag, () => '');
      const partName = `xl/${(relation.attrs.get('Target') ?? '').replace(/^\/?xl\//, '').replace(/^\//, '')}`;
      zip.remove(partName);
      // The sheet's own relationships (notes a user added to our sheet, their drawings) go with it.
      const sheetRels = partName.replace(/([^/]+)$/, '_rels/$1.rels');
      const own = await text(zip, sheetRels);
      if (own !== null) {
        for (const m of own.matchAll(/<Relationship\b[^>]*\/?>/g)) {
          const attrs = attributes(m[0]);
          if (attrs.get('TargetMode') === 'External') continue;
          const target = posix.normalize(posix.join(posix.dirname(partName), attrs.get('Target') ?? ''));
          zip.remove(target);
          types = types.replace(new RegExp(`<Override\\b[^>]*PartName="/${target.replace(/[.]/g, '\\.')}"[^>]*/>`), () => '');
        }
        zip.remove(sheetRels);
      }
      types = types.replace(new RegExp(`<Override\\b[^>]*PartName="/${partName.replace(/[.]/g, '\\.')}"[^>]*/>`), '');
    }
  }
  workbook = workbook.replace(new RegExp(`<${prefix}definedNames>\\s*</${prefix}definedNames>`), '');

  const stylesPath = 'xl/styles.xml';
  let stylesXml = await text(zip, stylesPath);
  if (stylesXml === null) {
    stylesXml = MINIMAL_STYLES;
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdShinchokuStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    );
    types = types.replace(
      '</Types>',
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    );
  }
  const styles = new StyleSheet(stylesXml);
  const names: string[] = [];
  const taken = () => sheetTags().map((s) => unescapeXml(s.attrs.get('name') ?? ''));
  let sheetId = Math.max(0, ...sheetTags().map((s) => Number(s.attrs.get('sheetId') ?? 0)));
  const definedNames: string[] = [];
  for (const part of parts) {
    let name = part.wanted;
    for (let n = 2; taken().some((existing) => sameName(existing, name)); n++) name = `${part.wanted} (${n})`;
    names.push(name);
    sheetId += 1;
    let rid = `rIdShinchoku${part.kind}`;
    while (rels.includes(`Id="${rid}"`)) rid += 'x';
    // sheetN.xml, the name every reader expects (some, exceljs among them, find sheets by it).
    let n = 1;
    while (zip.file(`xl/worksheets/sheet${n}.xml`) || zip.file(`xl/worksheets/_rels/sheet${n}.xml.rels`)) n += 1;
    const file = `worksheets/sheet${n}.xml`;
    zip.file(`xl/${file}`, sheetXml(part.grid, styles), { createFolders: false });
    rels = rels.replace('</Relationships>', () => `<Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="${file}"/></Relationships>`);
    types = types.replace('</Types>', () => `<Override PartName="/xl/${file}" ContentType="${WORKSHEET_CONTENT}"/></Types>`);
    workbook = workbook.replace(
      `</${prefix}sheets>`,
      `<${prefix}sheet name="${xmlText(name)}" sheetId="${sheetId}" ${relPrefix}:id="${rid}"/></${prefix}sheets>`,
    );
    const quoted = `'${xmlText(name.replace(/'/g, "''"))}'`;
    definedNames.push(`<${prefix}definedName name="${MARK_PREFIX}${part.kind}">${quoted}!$A$1</${prefix}definedName>`);
    // Printed, the first row repeats on every page (the sheet's index among all sheets, 0-based).
    definedNames.push(`<${prefix}definedName name="_xlnm.Print_Titles" localSheetId="${sheetTags().length - 1}">${quoted}!$1:$1</${prefix}definedName>`);
  }
  if (new RegExp(`<${prefix}definedNames>`).test(workbook))
    workbook = workbook.replace(`</${prefix}definedNames>`, () => `${definedNames.join('')}</${prefix}definedNames>`);
  else {
    // definedNames follows sheets, functionGroups and externalReferences (the schema's order).
    const after =
      [`</${prefix}externalReferences>`, `</${prefix}functionGroups>`, `</${prefix}sheets>`].find((tag) => (workbook as string).includes(tag)) ??
      `</${prefix}sheets>`;
    workbook = workbook.replace(after, () => `${after}<${prefix}definedNames>${definedNames.join('')}</${prefix}definedNames>`);
  }
  // No folder entries of our own: the package keeps the shape it had.
  zip.file('xl/workbook.xml', workbook, { createFolders: false });
  zip.file('xl/_rels/workbook.xml.rels', rels, { createFolders: false });
  zip.file('[Content_Types].xml', types, { createFolders: false });
  zip.file(stylesPath, styles.result(), { createFolders: false });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { bytes, names };
}
