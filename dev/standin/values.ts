/**
 * How Google Sheets stores what a script writes: setValues parses strings as
 * if typed into the UI (USER_ENTERED): '=…' becomes a formula, a leading
 * apostrophe forces text, "1,234" becomes a number, "TRUE" a boolean.
 */
export type StoredValue = string | number | boolean | Date;

export interface ParsedInput {
  value: StoredValue;
  formula: string;
}

/** Dates from the bundle's vm realm fail instanceof Date in this one. */
export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const NUMBER = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;
const PERCENT = /^[+-]?\d+(\.\d+)?%$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** What a HYPERLINK("url","text") formula displays; other formulas are not evaluated here. */
function evaluate(formula: string): StoredValue {
  const link = /^=HYPERLINK\("(?:[^"]|"")*"\s*,\s*"((?:[^"]|"")*)"\)$/i.exec(formula);
  if (link) return link[1].replace(/""/g, '"');
  return '#ERROR!';
}

export function parseUserEntered(input: unknown, numberFormat: string): ParsedInput {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (isDateObject(input)) return { value: new Date(input.getTime()), formula: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  if (typeof input !== 'string') return { value: String(input), formula: '' };
  if (input.startsWith("'")) return { value: input.slice(1), formula: '' };
  if (numberFormat === '@') return { value: input, formula: '' };
  if (/^[=+@-]/.test(input) && !NUMBER.test(input)) return { value: evaluate(input), formula: input.startsWith('=') ? input : `=${input}` };
  if (NUMBER.test(input)) return { value: Number(input.replace(/,/g, '')), formula: '' };
  if (PERCENT.test(input)) return { value: Number(input.slice(0, -1)) / 100, formula: '' };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === 'true', formula: '' };
  const date = ISO_DATE.exec(input);
  if (date) return { value: new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) - 9 * 3600_000), formula: '' };
  return { value: input, formula: '' };
}

export function copyValue(value: StoredValue): StoredValue {
  return isDateObject(value) ? new Date(value.getTime()) : value;
}
