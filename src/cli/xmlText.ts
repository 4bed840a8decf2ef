/**
 * Text into and out of a workbook's XML parts, as the package writers (package.ts, roundPackage.ts)
 * read and write them: escaped without the characters XML 1.0 cannot hold, and unescaped from the
 * five named entities and numeric references.
 */
import { xmlStrip } from '../core/base/text';

/** Text for XML: escaped, and without the characters XML 1.0 cannot hold. */
export function xmlText(text: string): string {
  return xmlStrip(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An XML text or attribute value as it reads: the named entities and numeric references replaced (an out-of-range one kept). */
export function unescapeXml(text: string): string {
  return text.replace(/&(quot|apos|lt|gt|amp|#x[0-9a-fA-F]+|#[0-9]+);/g, (entity, name: string) => {
    const named: Record<string, string> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };
    if (name in named) return named[name];
    const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
