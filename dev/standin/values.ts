/**
 * How Google Sheets stores what a script writes: setValues parses strings as
 * if typed into the UI (USER_ENTERED): '=…' becomes a formula, a leading
 * apostrophe forces text, "1,234", "1e5", "50%" and "¥1,000" become numbers,
 * "TRUE" a boolean, "2024-03" and "0701-01" dates — unless the cell's number
 * format is plain text (@).
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

const NUMBER = /^[+-]?(\d+|\d{1,3}(,\d{3})+)?(\.\d+)?$/;
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/;
const PERCENT = /^([+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?)\s?[%％]$/;
const CURRENCY = /^(-?)[¥￥$]\s?(-?)((?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?)$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const ERAS: Record<string, number> = { R: 2018, 令和: 2018, H: 1988, 平成: 1988, S: 1925, 昭和: 1925 };

/** What a HYPERLINK("url","text") formula displays; other formulas are not evaluated here. */
function evaluate(formula: string): StoredValue {
  const link = /^=HYPERLINK\("(?:[^"]|"")*"\s*,\s*"((?:[^"]|"")*)"\)$/i.exec(formula);
  if (link) return link[1].replace(/""/g, '"');
  return '#ERROR!';
}

/** A calendar date at midnight in Japan (the sheet's time zone), or null when it is not a real day. */
function jstDay(year: number, month: number, day: number): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  // Date.UTC maps years 0-99 to 1900-1999; set the year itself.
  check.setUTCFullYear(year, month - 1, day);
  return new Date(check.getTime() - 9 * 3600_000);
}

/**
 * What a person typing the string into a Japanese-locale sheet gets: dates in
 * every form the locale reads (2024-03-01, 2024/3/1, 2024-03 → 2024-03-01,
 * 3/1 and 1-01 → this year, 2024年3月1日, 2024年3月, R6.3.1, 令和6年3月1日),
 * times. When unsure whether Sheets reads a form as a date, it is read as one:
 * the stand-in must never be kinder than Sheets.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
 * https://support.google.com/docs/answer/3094135 (date and number formats)
 */
function parseDate(text: string, thisYear: number): Date | null {
  let m = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return jstDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{3,4})[-/](\d{1,2})$/.exec(text);
  if (m) return jstDay(Number(m[1]), Number(m[2]), 1);
  m = /^(\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) return jstDay(thisYear, Number(m[1]), Number(m[2]));
  m = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/.exec(text);
  if (m) return jstDay(Number(m[1]), Number(m[2]), Number(m[3] ?? 1));
  m = /^(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (m) return jstDay(thisYear, Number(m[1]), Number(m[2]));
  m = /^(R|H|S|令和|平成|昭和)(\d{1,2}|元)[./年](\d{1,2})[./月](\d{1,2})日?$/.exec(text);
  if (m) return jstDay(ERAS[m[1]] + (m[2] === '元' ? 1 : Number(m[2])), Number(m[3]), Number(m[4]));
  return null;
}

/** A Sheets cell holds at most 50,000 characters (https://support.google.com/drive/answer/37603). */
export const CELL_CHARACTER_LIMIT = 50_000;

export function parseUserEntered(given: unknown, numberFormat: string, now: Date = new Date()): ParsedInput {
  if (given === null || given === undefined) return { value: '', formula: '' };
  if (isDateObject(given)) return { value: new Date(given.getTime()), formula: '' };
  if (typeof given === 'number' || typeof given === 'boolean') return { value: given, formula: '' };
  if (typeof given !== 'string') return { value: String(given), formula: '' };
  let input = given;
  if (input.length > CELL_CHARACTER_LIMIT) throw new Error(`Your input contains more than the maximum of ${CELL_CHARACTER_LIMIT} characters in a single cell.`);
  // Text is stored as UTF-8: half of a surrogate pair cannot be, and comes back as U+FFFD.
  input = input.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  if (input.startsWith("'")) return { value: input.slice(1), formula: '' };
  if (numberFormat === '@') return { value: input, formula: '' };
  const text = input.trim();
  if (text !== '' && NUMBER.test(text) && /\d/.test(text)) return { value: Number(text.replace(/,/g, '')), formula: '' };
  if (SCIENTIFIC.test(text)) return { value: Number(text), formula: '' };
  if (/^[=+@-]/.test(input)) return { value: evaluate(input), formula: input.startsWith('=') ? input : `=${input}` };
  let m = PERCENT.exec(text);
  if (m) return { value: Number(m[1].replace(/,/g, '')) / 100, formula: '' };
  m = CURRENCY.exec(text);
  if (m) return { value: (m[1] === '-' || m[2] === '-' ? -1 : 1) * Number(m[3].replace(/,/g, '')), formula: '' };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true', formula: '' };
  const thisYear = new Date(now.getTime() + 9 * 3600_000).getUTCFullYear();
  const date = parseDate(text, thisYear);
  if (date) return { value: date, formula: '' };
  m = TIME.exec(text);
  if (m && Number(m[1]) < 24 && Number(m[2]) < 60 && Number(m[3] ?? 0) < 60) {
    // A time is a date-time on Sheets' day zero, 1899-12-30.
    const day = jstDay(1899, 12, 30) as Date;
    return { value: new Date(day.getTime() + ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000), formula: '' };
  }
  return { value: input, formula: '' };
}

export function copyValue(value: StoredValue): StoredValue {
  return isDateObject(value) ? new Date(value.getTime()) : value;
}
