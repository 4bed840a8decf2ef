/**
 * `summarize --out`: the user's .xlsx with our generated sheets added, built
 * from the original package. Every part of the input is copied as it is —
 * sheets, comments, drawings, charts, images, hidden rows and columns,
 * filters, conditional formats, validations — and only what a new sheet
 * needs is added: its worksheet part, a few styles appended to styles.xml,
 * and its entries in workbook.xml, the workbook's relationships and the
 * content types. Nothing of the user's is re-serialised.
 *
 * Our sheets are marked by a workbook-level defined name that names the sheet
 * and carries a check value of what we wrote in it
 * (Shinchoku_generated_summary_<check> → '集計'!$A$1). A later run replaces
 * such a sheet only while it is still where and what we left: its name the one
 * we gave it (集計 or 集計 (n)), its part a worksheet part of ours
 * (xl/worksheets/sheetN.xml, the worksheet content type, referenced by nothing
 * else) and its values those the check value was made of. Anything else —
 * a sheet the user renamed or edited to keep it, a sheet of the user's that
 * merely has the same name, a forged mark — is the user's and is kept (the
 * outcome says which, for the command to tell the user). Only our worksheet
 * part and what hangs from it alone (a note someone added to it) are ever
 * removed: never a part anything else in the package refers to.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import JSZip from 'jszip';
import { columnLetters } from '../core/base/cells';
import { xmlStrip } from '../core/base/text';
import type { Grid, GridCell } from '../core/present/grid';
import { unescapeXml, xmlText } from './xmlText';

export const MARK_PREFIX = 'Shinchoku_generated_';

export interface GeneratedPart {
  /** summary or problems: the mark's suffix and the part's file name. */
  kind: string;
  /** The sheet name wanted (集計); taken as 集計 (2) when a sheet of the user's has it. */
  wanted: string;
  grid: Grid;
}

/** A sheet with a mark of ours that was not replaced, and why. */
export interface KeptSheet {
  /** The generated part (summary, problems) the mark was for. */
  kind: string;
  sheet: string;
  /**
   * renamed: what we wrote, under a name the user gave it; changed: our part, its values edited;
   * unverified: not as we write a generated sheet (a mark from an older version, or a forged one).
   */
  reason: 'renamed' | 'changed' | 'unverified';
  /** What to tell the user, one line, Japanese then English. */
  message: string;
}

/** The line that tells the user a marked sheet was kept; the sheet's name without control characters (it is the workbook's text). */
function keptMessage(sheet: string, reason: KeptSheet['reason']): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: C0 and C1 controls must not reach a terminal
  const name = sheet.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
  switch (reason) {
    case 'renamed':
      return `シート「${name}」は以前に生成したシートの名前を変えたものなので、置き換えずに残しました / Sheet "${name}" is a generated sheet renamed to keep it: kept as it is.`;
    case 'changed':
      return `シート「${name}」は以前に生成したシートですが、値が変えられているため、置き換えずに残しました / Sheet "${name}" was generated earlier but its values were changed: kept as it is.`;
    default:
      return `シート「${name}」には生成シートの印がありますが、生成したときのままか確かめられないため、置き換えずに残しました / Sheet "${name}" carries a generated-sheet mark but cannot be verified as ours: kept as it is.`;
  }
}

export interface PackageOutcome {
  bytes: Buffer;
  /** The names the generated sheets got, in order. */
  names: string[];
  /** Sheets carrying a mark of ours that were kept as the user's, in the order met. */
  kept: KeptSheet[];
}

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)="([^"]*)"/g)) found.set(m[1], m[2]);
  return found;
}

/**
 * An element with its body, the body never running past the next start or end tag of the same name:
 * one pass over any input, closed or not (a lazy [\s\S]*? up to an end tag that never comes would
 * rescan the rest of the part from every start tag). Groups: 1 the prefix, 2 the attributes, 3 the body.
 */
function elementPattern(name: string, flags = 'g'): RegExp {
  return new RegExp(`<(\\w+:)?${name}\\b([^<>]*?)(?:/>|>((?:(?!</?(?:\\w+:)?${name}\\b)[\\s\\S])*)</(?:\\w+:)?${name}>)`, flags);
}

/** Sheet names are compared the way Excel does: without regard to case. */
const nameKey = (name: string) => name.toLowerCase();

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
    const found = body.match(elementPattern(element)) ?? [];
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

  /** A list of styles.xml: [the whole element, its prefix, its body]. */
  private block(name: string): [string, string | undefined, string | undefined] | null {
    const found = elementPattern(name, '').exec(this.xml);
    return found ? [found[0], found[1], found[3]] : null;
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

/**
 * The check value a mark carries: the sheet's kind and every cell value we wrote, in order, hashed.
 * It is made of values, not bytes, so a sheet another tool saved again (exceljs or Excel moves our
 * inline strings to the shared-string table, writes 0.914 as 0.91400000000000003, adds attributes)
 * is still recognised, and a note or a format someone added does not make it theirs; a changed value does.
 */
class Fingerprint {
  private readonly hash = createHash('sha256');

  constructor(kind: string) {
    this.add(kind);
  }

  private add(text: string): void {
    // Length-prefixed, so no value can pass for two.
    this.hash.update(`${text.length}:${text}`);
  }

  /** One cell: n(umber), s(tring), b(oolean), or anything else we never write (a formula, an error). */
  cell(ref: string, type: string, value: string): void {
    const normal = type === 'n' ? String(Number(value)) : type === 's' ? value.replace(/\r\n?/g, '\n') : value;
    // An empty text is no value: exceljs, saving our sheet again, leaves such a cell empty.
    if (type === 's' && normal === '') return;
    this.add(`${ref}|${type}|${normal}`);
  }

  value(): string {
    return this.hash.digest('hex').slice(0, 32);
  }
}

/** The mark of a generated sheet: Shinchoku_generated_summary_<check value>. */
const markName = (kind: string, check: string) => `${MARK_PREFIX}${kind}_${check}`;

/** One generated sheet as SpreadsheetML: inline strings (no shared-string table to merge), frozen header, widths; and its check value. */
function sheetXml(grid: Grid, styles: StyleSheet, fingerprint: Fingerprint): string {
  const cols = grid.columnWidths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join('');
  const rows = grid.rows
    .map((cells, r) => {
      const body = cells
        .map((cell, c) => {
          if (cell.value === null && !cell.fill && !cell.bold) return '';
          const ref = `${columnLetters(c)}${r + 1}`;
          const s = styles.styleOf(cell);
          if (cell.value === null) return `<c r="${ref}" s="${s}"/>`;
          if (typeof cell.value === 'number') {
            if (!Number.isFinite(cell.value)) return '';
            fingerprint.cell(ref, 'n', String(cell.value));
            return `<c r="${ref}" s="${s}"><v>${cell.value}</v></c>`;
          }
          if (typeof cell.value === 'boolean') {
            fingerprint.cell(ref, 'b', cell.value ? '1' : '0');
            return `<c r="${ref}" s="${s}" t="b"><v>${cell.value ? 1 : 0}</v></c>`;
          }
          fingerprint.cell(ref, 's', xmlStrip(cell.value));
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

/** The text of a string item (<si>, <is>): its runs' text, without the phonetic guide (ふりがな, <rPh>) Excel may add. */
function itemText(body: string): string {
  let out = '';
  for (const m of body.replace(elementPattern('rPh'), '').matchAll(elementPattern('t'))) out += unescapeXml(m[3] ?? '');
  return out;
}

/** The check value of a worksheet part as it is now (shared strings looked up only if it uses them). */
function fingerprintOf(kind: string, xml: string, sharedStrings: () => string[]): string {
  const fingerprint = new Fingerprint(kind);
  for (const m of xml.matchAll(elementPattern('c'))) {
    const attrs = attributes(m[2]);
    const ref = attrs.get('r') ?? '';
    const type = attrs.get('t') ?? 'n';
    const body = m[3] ?? '';
    const formula = elementPattern('f', '').exec(body);
    if (formula) {
      // We never write a formula: a cell that has one is someone's work.
      fingerprint.cell(ref, 'f', formula[3] ?? '');
      continue;
    }
    const v = /<(?:\w+:)?v\b[^<>]*>([^<]*)<\/(?:\w+:)?v>/.exec(body)?.[1];
    if (type === 'inlineStr') fingerprint.cell(ref, 's', itemText(body));
    else if (v === undefined) continue;
    else if (type === 's') fingerprint.cell(ref, 's', sharedStrings()[Number(v)] ?? `#${v}`);
    else if (type === 'str') fingerprint.cell(ref, 's', unescapeXml(v));
    else if (type === 'b') fingerprint.cell(ref, 'b', v.trim() === '1' || v.trim() === 'true' ? '1' : '0');
    else if (type === 'n') fingerprint.cell(ref, 'n', unescapeXml(v).trim());
    else fingerprint.cell(ref, type, unescapeXml(v));
  }
  return fingerprint.value();
}

/** Reads a part as text, or null when the package lacks it (or has only a folder by that name). */
async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.files[path];
  return file && !file.dir ? file.async('string') : null;
}

/**
 * The part a relationship's target names, resolved against the folder of the part it is from
 * (https://learn.microsoft.com/en-us/dotnet/api/system.io.packaging — OPC part names: absolute from
 * the package root, or relative to the source part); null when it leaves the package.
 */
function resolvePart(sourceFolder: string, target: string): string | null {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch (_error) {
    // Not percent-encoded as a URI should be: taken as written.
  }
  decoded = decoded.replace(/[?#].*$/, '').replace(/\\/g, '/');
  const joined = posix.normalize(decoded.startsWith('/') ? decoded.slice(1) : posix.join(sourceFolder, decoded)).replace(/\/+$/, '');
  if (joined === '' || joined === '.' || joined === '..' || joined.startsWith('../') || joined.startsWith('/')) return null;
  return joined;
}

/** Part names are compared without regard to case, as OPC does. */
const partKey = (part: string) => part.toLowerCase();

/** The relationships file of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
const relsOf = (part: string) => `${posix.dirname(part) === '.' ? '' : `${posix.dirname(part)}/`}_rels/${posix.basename(part)}.rels`;

/** Every relationships file of the package, with the parts (resolved, compared by partKey) each one points at. */
async function packageReferences(zip: JSZip): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const name of Object.keys(zip.files)) {
    const m = /^(?:(.*)\/)?_rels\/([^/]*)\.rels$/.exec(name);
    if (!m || zip.files[name].dir) continue;
    const xml = (await text(zip, name)) ?? '';
    // The package's own relationships (_rels/.rels) are from its root.
    const sourceFolder = m[1] ?? '';
    const targets: string[] = [];
    for (const r of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      const attrs = attributes(r[0]);
      if (attrs.get('TargetMode') === 'External') continue;
      const target = resolvePart(sourceFolder, unescapeXml(attrs.get('Target') ?? ''));
      if (target !== null) targets.push(partKey(target));
    }
    found.set(name, targets);
  }
  return found;
}

/** The package's shared parts, never removed whatever points at them. */
const NEVER_REMOVED =
  /^(\[content_types\]\.xml|xl\/workbook\.xml|xl\/styles\.xml|xl\/sharedstrings\.xml|xl\/calcchain\.xml|xl\/theme\/.*|docprops\/.*|.*\.rels)$/;

/** Our worksheet parts are named as every reader expects (exceljs among them finds sheets by it). */
const OUR_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

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
  const sheetTags = () => [...(workbook as string).matchAll(new RegExp(`<${prefix}sheet\\b[^>]*/>`, 'g'))].map((m) => ({ tag: m[0], attrs: attributes(m[0]) }));
  const kept: KeptSheet[] = [];

  // Read once, and only when a workbook carries a mark: every relationship of the package, indexed by the part it points at.
  const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
  let referencesRead: Promise<{ byRels: Map<string, string[]>; byTarget: Map<string, Map<string, number>> }> | null = null;
  const allReferences = () => {
    referencesRead ??= packageReferences(zip).then((byRels) => {
      const byTarget = new Map<string, Map<string, number>>();
      for (const [file, targets] of byRels)
        for (const target of targets) {
          const from = byTarget.get(target) ?? new Map<string, number>();
          from.set(file, (from.get(file) ?? 0) + 1);
          byTarget.set(target, from);
        }
      return { byRels, byTarget };
    });
    return referencesRead;
  };
  const removedRels = new Set<string>();
  /** Whether any relationships file still in the package points at a part (the workbook's own relationship to it aside). */
  const referencedElsewhere = async (part: string, workbookCount: number) => {
    for (const [file, count] of (await allReferences()).byTarget.get(partKey(part)) ?? []) {
      if (removedRels.has(file)) continue;
      if (count > (file === WORKBOOK_RELS ? workbookCount : 0)) return true;
    }
    return false;
  };
  const contentTypeOf = (part: string) => {
    for (const m of (types as string).matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
      const attrs = attributes(m[0]);
      if (partKey(unescapeXml(attrs.get('PartName') ?? '')) === partKey(`/${part}`)) return attrs.get('ContentType');
    }
    return undefined;
  };
  let shared: string[] | null = null;
  const sharedText = new Map<string, string>();
  const sharedStrings = () => {
    if (shared === null) {
      const xml = sharedText.get('xml') ?? '';
      shared = [...xml.matchAll(elementPattern('si'))].map((m) => itemText(m[3] ?? ''));
    }
    return shared;
  };
  const loadSharedStrings = async () => {
    if (sharedText.has('xml')) return;
    const relation = [...(rels as string).matchAll(/<Relationship\b[^>]*\/?>/g)]
      .map((m) => attributes(m[0]))
      .find((attrs) => attrs.get('Type')?.endsWith('/sharedStrings') && attrs.get('TargetMode') !== 'External');
    const part = relation ? resolvePart('xl', unescapeXml(relation.get('Target') ?? '')) : null;
    sharedText.set('xml', (part && (await text(zip, part))) || '');
  };

  // The package's files by partKey (OPC names are compared without regard to case), built when first needed.
  let files: Map<string, string> | null = null;
  const fileNamed = (part: string) => {
    files ??= new Map(
      Object.keys(zip.files)
        .filter((name) => !zip.files[name].dir)
        .map((name) => [partKey(name), name]),
    );
    return files.get(partKey(part));
  };
  const removedParts = new Set<string>();
  /** Removes one part (a file, never a folder of them); its content type goes once all removals are known. */
  const removePart = (part: string) => {
    const entry = fileNamed(part);
    if (entry === undefined) return;
    zip.remove(entry);
    files?.delete(partKey(entry));
    removedParts.add(partKey(`/${entry}`));
  };

  /** What hangs from a removed part alone (a note added to our sheet, its drawing), removed with it; anything else refers to is kept. */
  const removeHanging = async (part: string) => {
    const relsFile = relsOf(part);
    const targets = (await allReferences()).byRels.get(relsFile);
    if (!targets || removedRels.has(relsFile)) return;
    removedRels.add(relsFile);
    zip.remove(relsFile);
    files?.delete(partKey(relsFile));
    for (const target of new Set(targets)) {
      if (NEVER_REMOVED.test(target) || fileNamed(target) === undefined || (await referencedElsewhere(target, 0))) continue;
      removePart(target);
      await removeHanging(target);
    }
  };

  const markPattern = new RegExp(`<${prefix}definedName\\b[^>]*>[^<]*</${prefix}definedName>`, 'g');
  for (const part of parts) {
    // Every mark of this kind goes (a new one is written with the new sheet), in one pass; the sheet a mark names is
    // removed only when it is ours, and only when there is one mark: we leave one, so several cannot be what we left.
    const isMark = new RegExp(`^${MARK_PREFIX}${part.kind}(?:_([0-9a-f]{32}))?$`);
    const marks: { reference: string; check: string | undefined }[] = [];
    workbook = workbook.replace(markPattern, (tag) => {
      const attrs = attributes(/^<[^>]*>/.exec(tag)?.[0] ?? '');
      const m = attrs.has('localSheetId') ? null : isMark.exec(attrs.get('name') ?? '');
      if (!m) return tag;
      marks.push({ reference: />([^<]*)</.exec(tag)?.[1] ?? '', check: m[1] });
      return '';
    });
    if (marks.length === 0) continue;
    const all = sheetTags();
    const byName = new Map<string, typeof all>();
    for (const s of all) {
      const key = nameKey(unescapeXml(s.attrs.get('name') ?? ''));
      byName.set(key, [...(byName.get(key) ?? []), s]);
    }
    const reported = new Set<string>();
    for (const { reference, check } of marks) {
      const target = markedSheet(reference);
      const matching = target === null ? [] : (byName.get(nameKey(target)) ?? []);
      if (matching.length === 0) continue;
      const sheet = matching[0];
      const sheetName = unescapeXml(sheet.attrs.get('name') ?? '');
      const position = all.indexOf(sheet);
      const rid = sheetRid(sheet.attrs);
      const relation: { tag: string; attrs: Map<string, string> }[] = [...(rels as string).matchAll(/<Relationship\b[^>]*\/?>/g)]
        .map((r) => ({ tag: r[0], attrs: attributes(r[0]) }))
        .filter((r) => r.attrs.get('Id') === rid);
      const partName = relation.length === 1 ? resolvePart('xl', unescapeXml(relation[0].attrs.get('Target') ?? '')) : null;
      // Where we left it: one mark, one sheet of that name, one worksheet relationship of its own, to a worksheet part
      // named as ours are, with the worksheet content type, that nothing else in the package refers to.
      const where =
        marks.length === 1 &&
        matching.length === 1 &&
        partName !== null &&
        relation[0].attrs.get('Type') === WORKSHEET_TYPE &&
        relation[0].attrs.get('TargetMode') !== 'External' &&
        OUR_PART.test(partName) &&
        fileNamed(partName) === partName &&
        contentTypeOf(partName) === WORKSHEET_CONTENT &&
        all.filter((s) => sheetRid(s.attrs) === rid).length === 1 &&
        !(await referencedElsewhere(partName, 1));
      let what = false;
      if (where && check !== undefined && partName !== null) {
        const xml = (await text(zip, partName)) ?? '';
        if (/<(?:\w+:)?c\b[^<>]*\bt="s"/.test(xml)) await loadSharedStrings();
        what = fingerprintOf(part.kind, xml, sharedStrings) === check;
      }
      const ourName = sheetName === part.wanted || (sheetName.startsWith(`${part.wanted} (`) && /^ \([1-9]\d*\)$/.test(sheetName.slice(part.wanted.length)));
      if (!(where && what && ourName) || partName === null) {
        const reason = !where || check === undefined ? 'unverified' : what ? 'renamed' : 'changed';
        // Said once a sheet, and for a handful at most: a workbook with thousands of forged marks gets no thousand lines.
        if (!reported.has(sheetName) && reported.size < 5) kept.push({ kind: part.kind, sheet: sheetName, reason, message: keptMessage(sheetName, reason) });
        reported.add(sheetName);
        continue;
      }
      workbook = workbook.replace(sheet.tag, () => '');
      // Names local to that sheet go with it; names local to the sheets after it follow their sheet's new index.
      workbook = workbook.replace(
        new RegExp(`<${prefix}definedName\\b[^>]*localSheetId="(\\d+)"[^>]*>[^<]*</${prefix}definedName>`, 'g'),
        (name, id: string) => {
          const index = Number(id);
          if (index === position) return '';
          return index > position ? name.replace(`localSheetId="${id}"`, `localSheetId="${index - 1}"`) : name;
        },
      );
      // The window's active and first tabs count sheets too.
      workbook = workbook.replace(new RegExp(`<${prefix}workbookView\\b[^>]*>`, 'g'), (view) =>
        view.replace(/\b(activeTab|firstSheet)="(\d+)"/g, (attr, key: string, id: string) => (Number(id) > position ? `${key}="${Number(id) - 1}"` : attr)),
      );
      rels = rels.replace(relation[0].tag, () => '');
      // The workbook's relationship to it is gone: nothing refers to that part any more.
      (await allReferences()).byTarget.get(partKey(partName))?.delete(WORKBOOK_RELS);
      removePart(partName);
      // The sheet's own relationships (notes a user added to our sheet, their drawings) go with it, unless anything else refers to them.
      await removeHanging(partName);
    }
  }
  if (removedParts.size > 0)
    types = types.replace(/<(?:\w+:)?Override\b[^>]*>/g, (tag) => (removedParts.has(partKey(unescapeXml(attributes(tag).get('PartName') ?? ''))) ? '' : tag));
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
  const existing = sheetTags();
  // Sheet names in a set (compared as Excel does, without regard to case): a free name is found in time linear in the sheets.
  const taken = new Set(existing.map((s) => nameKey(unescapeXml(s.attrs.get('name') ?? ''))));
  let sheetCount = existing.length;
  let sheetId = Math.max(0, ...existing.map((s) => Number(s.attrs.get('sheetId') ?? 0)));
  const definedNames: string[] = [];
  for (const part of parts) {
    const wanted = xmlStrip(part.wanted);
    let name = wanted;
    for (let n = 2; taken.has(nameKey(name)); n++) name = `${wanted} (${n})`;
    taken.add(nameKey(name));
    names.push(name);
    sheetId += 1;
    let rid = `rIdShinchoku${part.kind}`;
    while (rels.includes(`Id="${rid}"`)) rid += 'x';
    // sheetN.xml, the name every reader expects (some, exceljs among them, find sheets by it).
    let n = 1;
    while (zip.files[`xl/worksheets/sheet${n}.xml`] || zip.files[`xl/worksheets/_rels/sheet${n}.xml.rels`]) n += 1;
    const file = `worksheets/sheet${n}.xml`;
    const fingerprint = new Fingerprint(part.kind);
    zip.file(`xl/${file}`, sheetXml(part.grid, styles, fingerprint), { createFolders: false });
    rels = rels.replace('</Relationships>', () => `<Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="${file}"/></Relationships>`);
    types = types.replace('</Types>', () => `<Override PartName="/xl/${file}" ContentType="${WORKSHEET_CONTENT}"/></Types>`);
    workbook = workbook.replace(
      `</${prefix}sheets>`,
      `<${prefix}sheet name="${xmlText(name)}" sheetId="${sheetId}" ${relPrefix}:id="${rid}"/></${prefix}sheets>`,
    );
    sheetCount += 1;
    const quoted = `'${xmlText(name.replace(/'/g, "''"))}'`;
    definedNames.push(`<${prefix}definedName name="${markName(part.kind, fingerprint.value())}">${quoted}!$A$1</${prefix}definedName>`);
    // Printed, the first row repeats on every page (the sheet's index among all sheets, 0-based).
    definedNames.push(`<${prefix}definedName name="_xlnm.Print_Titles" localSheetId="${sheetCount - 1}">${quoted}!$1:$1</${prefix}definedName>`);
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
  return { bytes, names, kept };
}
