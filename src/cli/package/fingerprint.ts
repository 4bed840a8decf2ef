/** The mark of a generated sheet and its check value: what we wrote, hashed by value, so a resave by another tool is still ours. */
import { createHash } from 'node:crypto';
import { unescapeXml } from '../xmlText';
import { attributes, elementPattern, itemText } from './xml';

export const MARK_PREFIX = 'Shinchoku_generated_';

/**
 * The check value a mark carries: the sheet's kind and every cell value we wrote, in order, hashed.
 * It is made of values, not bytes, so a sheet another tool saved again (exceljs or Excel moves our
 * inline strings to the shared-string table, writes 0.914 as 0.91400000000000003, adds attributes)
 * is still recognised, and a note or a format someone added does not make it theirs; a changed value does.
 */
export class Fingerprint {
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
export const markName = (kind: string, check: string) => `${MARK_PREFIX}${kind}_${check}`;

/** The check value of a worksheet part as it is now (shared strings looked up only if it uses them). */
export function fingerprintOf(kind: string, xml: string, sharedStrings: () => string[]): string {
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
