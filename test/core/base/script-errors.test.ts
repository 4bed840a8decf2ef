/** What a failure from Google means, read from its code and text (src/core/base/scriptErrors.ts). */
import { isMultipleAccountsFailure, isRetryable, sheetsApiFailureKind } from '../../../src/core/base/scriptErrors';

test.each([
  [403, 'API call to sheets.spreadsheets.get failed with error: Google Sheets API has not been used in project 1 before or it is disabled.', 'disabled'],
  [429, 'API call to sheets.spreadsheets.get failed with error: Quota exceeded for quota metric', 'quota'],
  [null, "Quota exceeded for quota metric 'Read requests'", 'quota'],
  [503, 'The service is currently unavailable.', 'server'],
  [500, 'Internal error encountered.', 'server'],
  [null, 'Internal error encountered.', 'server'],
  [403, 'The caller does not have permission', 'permission'],
  [null, 'PERMISSION_DENIED', 'permission'],
  [400, 'Invalid requests[0].addSheet: A sheet with the name "集計" already exists.', 'other'],
  [404, 'Requested entity was not found.', 'other'],
] as [number | null, string, string][])('%s %s → %s', (code, text, kind) => {
  expect(sheetsApiFailureKind(code, text)).toBe(kind);
});

test('only quota and server failures are retried', () => {
  expect(['quota', 'server', 'disabled', 'permission', 'other'].map((kind) => isRetryable(kind as never))).toEqual([true, true, false, false, false]);
});

test('the multi-account failure of google.script.run, and not the add-on’s own messages', () => {
  expect(isMultipleAccountsFailure('Authorization is required to perform that action.')).toBe(true);
  expect(isMultipleAccountsFailure('ScriptError: Authorization is required to perform that action.')).toBe(true);
  expect(isMultipleAccountsFailure('We’re sorry, a server error occurred. Error code PERMISSION_DENIED.')).toBe(true);
  expect(isMultipleAccountsFailure('ブックを読み込めませんでした。何も変更していません。')).toBe(false);
  expect(isMultipleAccountsFailure('google.script.run cannot pass a Date')).toBe(false);
});
