/** The package's parts: reading one, resolving a relationship's target, and which relationships point at which part. */
import { posix } from 'node:path';
import type JSZip from 'jszip';
import { unescapeXml } from '../xmlText';
import { attributes } from './xml';

/** Reads a part as text, or null when the package lacks it (or has only a folder by that name). */
export async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.files[path];
  return file && !file.dir ? file.async('string') : null;
}

/**
 * The part a relationship's target names, resolved against the folder of the part it is from
 * (https://learn.microsoft.com/en-us/dotnet/api/system.io.packaging — OPC part names: absolute from
 * the package root, or relative to the source part); null when it leaves the package.
 */
export function resolvePart(sourceFolder: string, target: string): string | null {
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
export const partKey = (part: string) => part.toLowerCase();

/** The relationships file of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export const relsOf = (part: string) => `${posix.dirname(part) === '.' ? '' : `${posix.dirname(part)}/`}_rels/${posix.basename(part)}.rels`;

/** Every relationships file of the package, with the parts (resolved, compared by partKey) each one points at. */
export async function packageReferences(zip: JSZip): Promise<Map<string, string[]>> {
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
export const NEVER_REMOVED =
  /^(\[content_types\]\.xml|xl\/workbook\.xml|xl\/styles\.xml|xl\/sharedstrings\.xml|xl\/calcchain\.xml|xl\/theme\/.*|docprops\/.*|.*\.rels)$/;

/** Our worksheet parts are named as every reader expects (exceljs among them finds sheets by it). */
export const OUR_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
