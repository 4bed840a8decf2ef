/**
 * The catalogue (messages.ts): every message says something in each
 * language and shows every value it is given; the parts that depend on a
 * value (a suggestion, a merged cell, stray years, an address's fault) appear
 * only with it; labels fill their {placeholders}, and the two languages of a
 * label or report word ask for the same ones.
 */
import { CELL_PROBLEMS } from '../../../src/core/words/cellProblems';
import { COMPUTE_PROBLEMS } from '../../../src/core/words/computeProblems';
import { FUNCTION_PROBLEMS } from '../../../src/core/words/functionProblems';
import { CATEGORY_DEFINITIONS, LABELS, label, MESSAGES, type MessageKey, message, REPORT_WORDS } from '../../../src/core/words/messages';
import { RECORD_PROBLEMS } from '../../../src/core/words/recordProblems';
import { ROUND_PROBLEMS } from '../../../src/core/words/roundProblems';
import { SETTING_PROBLEMS } from '../../../src/core/words/settingProblems';
import { SHEET_PROBLEMS } from '../../../src/core/words/sheetProblems';

/** Params that answer any name with a marker, so each value shown can be found in the text. */
const anyParams = () => new Proxy({}, { get: (_, name) => (name === 'problem' ? 'noAt' : `⟦${String(name)}⟧`) }) as Record<string, string>;
const JAPANESE = /[ぁ-んァ-ヶ一-龯]/;

describe('every message', () => {
  const keys = Object.keys(MESSAGES) as MessageKey[];

  test.each(keys)('%s: a sentence in each language, nothing undefined', (key) => {
    const ja = message(key, 'ja', anyParams());
    const en = message(key, 'en', anyParams());
    for (const text of [ja, en]) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(ja).toMatch(JAPANESE);
    // English is English: some words of Latin letters outside the values shown.
    expect(en.replace(/⟦\w+⟧/g, '')).toMatch(/[A-Za-z]{3,}.*[A-Za-z]{3,}/);
    expect(ja).not.toBe(en);
  });

  test('a value is quoted as each language quotes: 「…」 and "…"; a missing one as empty quotes', () => {
    expect(message('yearInvalid', 'ja', { value: 'R99' })).toMatch(/^「R99」は年度として読めません。/);
    expect(message('yearInvalid', 'en', { value: 'R99' })).toMatch(/^"R99" is not a fiscal year\./);
    expect(message('yearInvalid', 'ja')).toMatch(/^「」は年度として読めません。/);
    expect(message('yearInvalid', 'en')).toMatch(/^"" is not a fiscal year\./);
    expect(message('yearInvalid', 'ja', { value: 0 })).toMatch(/^「0」/);
  });
});

describe("the problems' catalogue, split by stage", () => {
  test("each key is one part's: no part hides another's words, and MESSAGES holds every part's", () => {
    const parts = [SHEET_PROBLEMS, CELL_PROBLEMS, RECORD_PROBLEMS, SETTING_PROBLEMS, COMPUTE_PROBLEMS, FUNCTION_PROBLEMS, ROUND_PROBLEMS];
    const keys = parts.flatMap((part) => Object.keys(part));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(Object.keys(MESSAGES).sort());
    for (const part of parts) for (const [key, entry] of Object.entries(part)) expect(MESSAGES[key as MessageKey]).toBe(entry);
  });
});

describe('the parts that depend on a value', () => {
  test('plan years taken from the activities: the stray years only when there are some', () => {
    const params = { start: '令和2年度', end: '令和5年度', startEn: 'FY2020', endEn: 'FY2023', window: 10 };
    expect(message('planYearsDerived', 'ja', { ...params, stray: 0 })).toBe(
      '設定に計画開始年度・計画終了年度がないため、取組活動の年度から計画期間を令和2年度～令和5年度としました。設定シートに計画期間を入力してください。',
    );
    expect(message('planYearsDerived', 'ja', { ...params, stray: 2 })).toBe(
      '設定に計画開始年度・計画終了年度がないため、取組活動の年度から計画期間を令和2年度～令和5年度としました（10年を超えるため、離れた年度の2年分は計画期間外として集計していません）。設定シートに計画期間を入力してください。',
    );
    expect(message('planYearsDerived', 'en', { ...params, stray: '0' })).toBe(
      "Settings give no plan start and end, so both were taken from the activities' years: the plan is FY2020-FY2023. Enter the plan years in Settings.",
    );
    expect(message('planYearsDerived', 'en', { ...params, stray: 1 })).toBe(
      "Settings give no plan start and end, so both were taken from the activities' years: the plan is FY2020-FY2023 (longer than 10 years: 1 outlying years are left out as outside the plan). Enter the plan years in Settings.",
    );
  });

  test('plan years taken from the activities: the note names the end 設定 lacks', () => {
    const params = { start: '令和2年度', end: '令和5年度', startEn: 'FY2020', endEn: 'FY2023', window: 10, stray: 0 };
    expect(message('planYearsDerived', 'ja', { ...params, missing: 'end' })).toMatch(
      /^設定に計画終了年度がないため、取組活動の年度から計画終了年度を令和5年度とし、計画期間を令和2年度～令和5年度としました。/,
    );
    expect(message('planYearsDerived', 'ja', { ...params, missing: 'start' })).toMatch(
      /^設定に計画開始年度がないため、取組活動の年度から計画開始年度を令和2年度とし、計画期間を/,
    );
    expect(message('planYearsDerived', 'ja', { ...params, missing: 'both' })).toMatch(/^設定に計画開始年度・計画終了年度がないため、/);
    expect(message('planYearsDerived', 'en', { ...params, missing: 'end' })).toMatch(
      /^Settings give no plan end, so the end was taken from the activities' years: the plan is FY2020-FY2023\./,
    );
    expect(message('planYearsDerived', 'en', { ...params, missing: 'start' })).toMatch(/^Settings give no plan start, so the start was taken/);
    expect(message('planYearsDerived', 'en', { ...params, missing: 'both' })).toMatch(/^Settings give no plan start and end, so/);
  });

  test('an empty required cell: what to do, and no advice about merged cells (the reader fills a merged block itself)', () => {
    expect(message('required', 'ja', { column: '年度', columnEn: 'Fiscal year' })).toBe('「年度」が空です。値を入力してください。');
    expect(message('required', 'ja', { column: '年度', merged: 'yes' })).toBe('「年度」が空です。値を入力してください。');
    expect(message('required', 'en', { column: '年度', columnEn: 'Fiscal year' })).toBe('"Fiscal year" is empty; enter a value.');
  });

  test('an unknown project code: a suggestion only when there is one', () => {
    expect(message('codeUnknown', 'ja', { value: '0701-1' })).toBe('事業コード「0701-1」は「事業」シートにありません。');
    expect(message('codeUnknown', 'ja', { value: '0701-1', suggestion: '0701-01' })).toBe(
      '事業コード「0701-1」は「事業」シートにありません。「0701-01」ではありませんか。',
    );
    expect(message('codeUnknown', 'en', { value: '0701-1' })).toBe('Project code "0701-1" is not on the Projects sheet.');
    expect(message('codeUnknown', 'en', { value: '0701-1', suggestion: '0701-01' })).toBe(
      'Project code "0701-1" is not on the Projects sheet. Did you mean "0701-01"?',
    );
  });

  test('a refused e-mail address says why, in each language', () => {
    const ja = message('emailInvalid', 'ja', { value: 'kikaku', problem: 'noAt' });
    const en = message('emailInvalid', 'en', { value: 'kikaku', problem: 'noAt' });
    expect(ja.startsWith('メールアドレス「kikaku」は使えません: ')).toBe(true);
    expect(en.startsWith('E-mail address "kikaku" is refused: ')).toBe(true);
    expect(ja).toMatch(/@/);
    expect(en).toMatch(/@/);
    expect(message('emailInvalid', 'en', { value: 'a@b', problem: 'tooLong' })).not.toBe(en.replace('kikaku', 'a@b'));
  });
});

describe('labels and report words', () => {
  test('placeholders are filled; a missing one is left empty, never "undefined"', () => {
    expect(label('shortfallTitle', 'ja', { labels: '一部未達成、未達成' })).toBe('【一部未達成、未達成の事項】');
    expect(label('shortfallTitle', 'en', { labels: 'partly or not achieved' })).toBe('Targets partly or not achieved');
    expect(label('shortfallTitle', 'ja')).toBe('【の事項】');
    expect(label('baselineProtected', 'en', { date: '2024-03-31', other: 'x' })).toBe('Shinchoku baseline 2024-03-31 (read-only)');
    expect(label('summaryTitle', 'ja', { date: 'x' })).toBe('集計');
  });

  /** The {names} a text asks for; English may ask for a name's English form ({unitEn} for {unit}, {mm} for {m}). */
  const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1].replace(/En$/, '').replace(/^mm$/, 'm')))].sort();

  test.each(Object.entries(LABELS))('label %s: both languages, the same placeholders', (_, entry) => {
    expect(entry.ja.length).toBeGreaterThan(0);
    expect(entry.en.length).toBeGreaterThan(0);
    expect(placeholders(entry.en)).toEqual(placeholders(entry.ja));
  });

  test.each(Object.entries(REPORT_WORDS))('report word %s: both languages, the same placeholders', (_, entry) => {
    expect(entry.ja.length).toBeGreaterThan(0);
    expect(entry.en.length).toBeGreaterThan(0);
    expect(placeholders(entry.en)).toEqual(placeholders(entry.ja));
  });

  test.each(Object.entries(CATEGORY_DEFINITIONS))('the meaning %s is defined in both languages', (_, entry) => {
    expect(entry.ja).toMatch(JAPANESE);
    expect(entry.en).toMatch(/[A-Za-z]{3,}/);
  });
});
