/**
 * The proof-reader's linear forms (issue #22): each place a regular expression
 * scanned a draft quadratically is now a forward search or an anchored
 * pattern. These tests hold each to what the old regular expression found —
 * the old expression is the oracle, on generated text made of the characters
 * that matter — and run the whole proof-reader on the report with hostile
 * blocks of moderate size around it: the same findings as the report alone.
 * How long the hostile drafts take is measured in bench/proofread-bench.ts,
 * never here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readWorkbookFile } from '../../../src/cli/xlsx';
import { runPipeline } from '../../../src/core/compute/pipeline';
import type { Summary } from '../../../src/core/compute/summarize';
import { replaceFinalParenthesis } from '../../../src/core/proofread/draftFigures';
import { bracketed, draftSizeProblem, MAX_DRAFT_TEXT_BYTES, proofread, utf8Length, yearTotalSentences } from '../../../src/core/proofread/proofread';
import { EXAMPLE, ROOT } from '../../support/cli';

/** Text of the characters a pattern turns on, in runs (fast-check's strings of a small alphabet). */
const textOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('each linear form finds what the regular expression it replaces found', () => {
  test('a section heading: /【\\s*([^】]+?)\\s*】/', () => {
    fc.assert(
      fc.property(textOf(['【', '】', ' ', '\u3000', 'a', '進捗', '\t']), (line) => {
        expect(bracketed(line)).toBe(/【\s*([^】]+?)\s*】/.exec(line)?.[1] ?? null);
      }),
      { numRuns: 3000 },
    );
  });

  test('a year’s floor-area sentence: /((?:令和|平成)\\d+)(?:\\(\\d{4}\\))?年度(?:は|の)[^。、]*?合計で([\\d,]+\\.\\d+)m2の(縮減|増加)/g', () => {
    const old = /((?:令和|平成)\d+)(?:\(\d{4}\))?年度(?:は|の)[^。、]*?合計で([\d,]+\.\d+)m2の(縮減|増加)/g;
    fc.assert(
      fc.property(
        textOf(['令和2年度は', '平成30(2018)年度の', '令和', '年度', 'は', '合計で', '12', ',', '.5', 'm2の', '縮減', '増加', '。', '、', 'x']),
        (text) => {
          const expected = [...text.matchAll(old)].map((m) => [m.index, m[0], m[1], m[2], m[3]]);
          expect(yearTotalSentences(text).map((m) => [m.index, m[0], m[1], m[2], m[3]])).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('a header cell’s final parenthesis: cell.replace(/\\(([^)]*)\\)$/, …)', () => {
    fc.assert(
      fc.property(textOf(['(', ')', '割合', '%', 'A', ' ']), (cell) => {
        const mark = (inner: string) => `[${inner}]`;
        expect(replaceFinalParenthesis(cell, mark)).toBe(cell.replace(/\(([^)]*)\)$/, (_, inner: string) => mark(inner)));
      }),
      { numRuns: 3000 },
    );
  });

  test('a draft’s size in UTF-8 is counted as Node encodes it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
    );
  });
});

describe('a draft over 2 MB is refused with the limit in the message', () => {
  test('2 MB of text passes; one more character is refused, in Japanese first', () => {
    expect(draftSizeProblem('あ'.repeat(Math.floor(MAX_DRAFT_TEXT_BYTES / 3)))).toBeNull();
    expect(draftSizeProblem('1'.repeat(MAX_DRAFT_TEXT_BYTES))).toBeNull();
    const problem = draftSizeProblem(`${'1'.repeat(MAX_DRAFT_TEXT_BYTES)}あ`);
    expect(problem).toMatch(/^原稿が大きすぎます（上限 2 MB、この原稿は 2\.1 MB）.* \/ the draft is too large \(limit 2 MB/);
  });
});

describe('the report with hostile blocks around it: the same findings as the report alone', () => {
  let summary: Summary;
  const report = readFileSync(join(ROOT, 'test', 'fixtures', 'hiratsuka-reform-report-2020-2023.txt'), 'utf8');
  const brief = (draft: string) => {
    const result = proofread(draft, summary);
    return { findings: result.findings.map(({ line, stated, expected }) => ({ line, stated, expected })), checked: result.checked.length };
  };
  // 20,000 characters each: quadratic forms took seconds on these; linear ones take milliseconds.
  const n = 20_000;
  const hostile: [string, string][] = [
    ['digits', '1'.repeat(n)],
    ['full-width digits', '１'.repeat(n)],
    ['commas', '1,'.repeat(n / 2)],
    ['spaces after a year', `令和2${' '.repeat(n)}x`],
    ['年度 repeated', '年度'.repeat(n / 2)],
    ['years without 合計で', '令和2年度は'.repeat(n / 6)],
    ['【 without 】', '【'.repeat(n)],
    ['( without )', '('.repeat(n)],
    ['a long sentence of figures after a year', `令和2年度の進捗率は${'1件'.repeat(n / 2)}`],
    // (前年度 first: figures of a year not told, so none is checked, but every label is looked for.)
    ['a long sentence of labels and figures', `前年度は${'進捗率1%取組活動2件'.repeat(n / 10)}`],
    ['前年度 far from its figures', `令和2年度${'あ'.repeat(n)}前年度${'1件'.repeat(n / 4)}`],
    ['years between figures', '令和2年度1件'.repeat(n / 7)],
    ['a long amount before 財政健全化効果額', `${'1,'.repeat(n / 2)}千円の`],
    ['a list heading then long lines', `【${'あ'.repeat(n)}の事項】\n${'(1) あ\n'.repeat(n / 6)}`],
    ['a table of tabs', `年度\t事業数\n${'1\t'.repeat(n / 2)}`],
  ];
  const alone = () => brief(report);

  beforeAll(async () => {
    ({ summary } = runPipeline(await readWorkbookFile(EXAMPLE), { asOf: '2024-03-31' }));
  });

  test.each(hostile)('%s after the report', (_name, block) => {
    expect(brief(`${report}\n${block}`)).toEqual(alone());
  });

  test.each(hostile)('%s before the report: the same findings, each a line further down', (_name, block) => {
    const lines = block.split('\n').length;
    const { findings, checked } = alone();
    expect(brief(`${block}\n${report}`)).toEqual({ findings: findings.map((f) => ({ ...f, line: f.line + lines })), checked });
  });

  test('a long 取組状況 row before the report is read as a short one is', () => {
    // The first 取組状況 row is the one read: the report's own is then not, with either.
    expect(brief(`取組状況 ${'1'.repeat(n)}\n${report}`)).toEqual(brief(`取組状況 1\n${report}`));
    const short = brief(`取組状況 1,.5 m2の縮減\n${report}`);
    const long = brief(`取組状況 ${'1,'.repeat(n / 2)}.5 m2の縮減\n${report}`);
    expect(long).toEqual({ ...short, findings: [{ ...short.findings[0], stated: `${'1,'.repeat(n / 2)}.5㎡の縮減` }, ...short.findings.slice(1)] });
  });
});
