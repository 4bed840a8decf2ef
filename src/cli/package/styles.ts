/** styles.xml with the looks our grids use appended: existing indexes unchanged, an identical entry reused. */
import type { GridCell } from '../../core/present/grid';
import { unescapeXml, xmlText } from '../xmlText';
import { elementPattern, MAIN_NS, plain } from './xml';

/** Built-in number formats Excel knows by id. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

/** Appends the fonts, fill, number formats and cell formats our grids use; returns a style index per cell look. */
export class StyleSheet {
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

export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;
