/**
 * One verdict for a proof-read (issue #24): the rules the CLI alone applied —
 * a draft mostly not in Japanese is refused, nothing checked is not "no
 * mistakes", few checked of many is said — now in core, for the CLI and the
 * sidebar alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbookFile } from '../../../src/cli/xlsx';
import { runPipeline } from '../../../src/core/compute/pipeline';
import type { Summary } from '../../../src/core/compute/summarize';
import { draftNumbers, mostlyNotJapanese, proofreadVerdict, verdictNotes, verdictRefusal } from '../../../src/core/proofread/verdict';
import { EXAMPLE, ROOT } from '../../support/cli';

const SEED = readFileSync(join(ROOT, 'test', 'fixtures', 'hiratsuka-reform-report-2020-2023.txt'), 'utf8');
let summary: Summary;
beforeAll(async () => {
  summary = runPipeline(await readWorkbookFile(EXAMPLE), { lang: 'ja', today: new Date('2024-06-01T00:00:00Z') }).summary;
});

const ENGLISH = 'The progress of the reform plan was reviewed this year and the departments reported their results. '.repeat(5);

describe('proofreadVerdict', () => {
  test('a draft mostly not in Japanese is refused before the workbook is asked for', () => {
    let asked = 0;
    const verdict = proofreadVerdict(`${ENGLISH}\n達成率は91.2%でした。`, () => {
      asked += 1;
      return summary;
    });
    expect([verdict.kind, verdict.checked, verdict.findings, asked]).toEqual(['notJapanese', 0, [], 0]);
    expect(verdictRefusal(verdict, 'ja')).toBe('原稿の大部分が日本語ではありません。照合は日本語の原稿に対応しています');
    expect(verdictRefusal(verdict, 'en')).toBe('the draft is mostly not Japanese; the proof-reader reads Japanese drafts only');
  });

  test('200 letters or fewer, or 30 % Japanese, is read', () => {
    expect(mostlyNotJapanese('a'.repeat(200))).toBe(false);
    expect(mostlyNotJapanese('a'.repeat(201))).toBe(true);
    expect(mostlyNotJapanese(`${'a'.repeat(700)}${'あ'.repeat(300)}`)).toBe(false);
    expect(mostlyNotJapanese(`${'a'.repeat(701)}${'あ'.repeat(299)}`)).toBe(true);
  });

  test('a Japanese draft with no figure the proof-reader knows: nothing checked, refused in words', () => {
    const verdict = proofreadVerdict('本年度も改革を進めました。来年度は３件の事業を見直します。', () => summary);
    expect([verdict.kind, verdict.checked, verdict.numbers, verdict.coverageLow]).toEqual(['nothingChecked', 0, 1, false]);
    expect(verdictRefusal(verdict, 'ja')).toMatch(/^照合できる数値がありませんでした/);
    expect(verdictRefusal(verdict, 'en')).toMatch(/^no figure of the draft could be checked/);
  });

  test('the seed report: errors, its one wrong figure, every number counted', () => {
    const verdict = proofreadVerdict(SEED, () => summary);
    expect(verdict.kind).toBe('errors');
    expect(verdict.findings.map((f) => [f.line, f.stated, f.expected])).toEqual([[195, '91.2%', '91.6%']]);
    expect(verdict.checked).toBeGreaterThan(0);
    expect(verdict.numbers).toBe(draftNumbers(SEED));
    expect(verdictRefusal(verdict, 'ja')).toBeNull();
  });

  test('the seed report corrected: ok, no refusal, no note', () => {
    const lines = SEED.split('\n');
    lines[194] = lines[194].replace('91.2%', '91.6%');
    const verdict = proofreadVerdict(lines.join('\n'), () => summary);
    expect([verdict.kind, verdict.findings.length, verdict.coverageLow]).toEqual(['ok', 0, false]);
    expect(verdictNotes(verdict, 'ja')).toEqual([]);
  });

  test('few figures checked of many numbers: coverage low, and said', () => {
    const seed = proofreadVerdict(SEED, () => summary);
    const padding = Array.from({ length: seed.checked * 20 }, (_, i) => `番号${i + 1}`).join('\n');
    const verdict = proofreadVerdict(`${SEED}\n${padding}`, () => summary);
    expect(verdict.checked).toBe(seed.checked);
    expect(verdict.coverageLow).toBe(true);
    expect(verdictNotes(verdict, 'ja')).toEqual(['注意: 照合できたのは原稿の数値のごく一部です（日本語でない原稿や、見出しのない表は読み取れません）。']);
    expect(verdictNotes(verdict, 'en')[0]).toMatch(/^Note: only a small part/);
  });

  test('full-width digits are numbers of the draft', () => {
    expect(draftNumbers('１２３件、4,500円、0.5%')).toBe(3);
  });
});
