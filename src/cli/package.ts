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
import JSZip from 'jszip';
import { xmlStrip } from '../core/base/text';
import { Fingerprint, markName } from './package/fingerprint';
import type { GeneratedPart, PackageOutcome } from './package/kept';
import { type PackageText, removeMarkedSheets } from './package/marked';
import { text } from './package/parts';
import { nameKey, workbookSheets } from './package/sheets';
import { sheetXml } from './package/sheetXml';
import { MINIMAL_STYLES, StyleSheet } from './package/styles';
import { RELATIONSHIPS_NS, WORKSHEET_CONTENT, WORKSHEET_TYPE } from './package/xml';
import { unescapeXml, xmlText } from './xmlText';

export { MARK_PREFIX } from './package/fingerprint';
export type { GeneratedPart, KeptSheet, PackageOutcome } from './package/kept';

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
  const pkg: PackageText = { zip, workbook, rels, types, prefix };
  const kept = await removeMarkedSheets(pkg, parts);
  ({ workbook, rels, types } = pkg);

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
  const existing = workbookSheets(workbook, prefix);
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
