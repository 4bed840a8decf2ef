/**
 * Our earlier generated sheets found by their marks and removed while they are still where and what
 * we left (see src/cli/package.ts); any other marked sheet is the user's and kept, and said so. Only
 * our worksheet part and what hangs from it alone are removed, never a part anything else refers to.
 */
import type JSZip from 'jszip';
import { unescapeXml } from '../xmlText';
import { fingerprintOf, MARK_PREFIX } from './fingerprint';
import { type GeneratedPart, type KeptSheet, keptMessage } from './kept';
import { NEVER_REMOVED, OUR_PART, packageReferences, partKey, relsOf, resolvePart, text } from './parts';
import { nameKey, sheetRid, workbookSheets } from './sheets';
import { attributes, elementPattern, itemText, WORKSHEET_CONTENT, WORKSHEET_TYPE } from './xml';

/** The package's text parts being edited: workbook.xml, its relationships and the content types; the sheets' element prefix. */
export interface PackageText {
  zip: JSZip;
  workbook: string;
  rels: string;
  types: string;
  prefix: string;
}

/** The sheet a defined name of ours points at: '集計'!$A$1 → 集計. */
function markedSheet(reference: string): string | null {
  const m = /^'((?:[^']|'')+)'!|^([^!']+)!/.exec(unescapeXml(reference).trim());
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/**
 * Removes the sheets our marks of the parts' kinds name, where each is still ours; every such mark goes
 * (a new one is written with the new sheet). Edits pkg's parts in place; returns the marked sheets kept.
 */
export async function removeMarkedSheets(pkg: PackageText, parts: GeneratedPart[]): Promise<KeptSheet[]> {
  const { zip, prefix } = pkg;
  let { workbook, rels, types } = pkg;
  const sheetTags = () => workbookSheets(workbook, prefix);
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
    for (const m of types.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
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
    const relation = [...rels.matchAll(/<Relationship\b[^>]*\/?>/g)]
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
      const relation: { tag: string; attrs: Map<string, string> }[] = [...rels.matchAll(/<Relationship\b[^>]*\/?>/g)]
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
  pkg.workbook = workbook;
  pkg.rels = rels;
  pkg.types = types;
  return kept;
}
