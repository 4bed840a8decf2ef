/** The workbook's sheet list (workbook.xml): its <sheet> tags, a sheet's relationship id, names compared as Excel does. */
import { attributes } from './xml';

/** Sheet names are compared the way Excel does: without regard to case. */
export const nameKey = (name: string) => name.toLowerCase();

/** An existing sheet may name its relationship under a prefix of its own declaration. */
export const sheetRid = (attrs: Map<string, string>) => [...attrs].find(([key]) => key.endsWith(':id'))?.[1];

/** The <sheet> tags of workbook.xml as it is now, each with its attributes. */
export const workbookSheets = (workbook: string, prefix: string) =>
  [...workbook.matchAll(new RegExp(`<${prefix}sheet\\b[^>]*/>`, 'g'))].map((m) => ({ tag: m[0], attrs: attributes(m[0]) }));
