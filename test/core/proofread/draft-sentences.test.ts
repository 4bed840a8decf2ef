/**
 * Sentences a planning officer writes, proof-read against the example
 * workbook: the right figures pass, the wrong ones are found with their
 * correction, and figures whose year or measure cannot be told (前年度の…,
 * 目標の95%, うち歳入確保は…, 62万2,971千円) are left alone rather than guessed.
 */
import { summarize } from '../../../src/core/compute/pipeline';
import { proofread } from '../../../src/core/proofread/proofread';
import { exampleInput } from '../../support/example';

let summary: ReturnType<typeof summarize>;
// beforeEach, not beforeAll: a mutation run switches a mutant on per test (reports/mutation-record-2026.md).
beforeEach(() => {
  summary = summarize(exampleInput(), { currentYear: 2023 });
});

const check = (draft: string) => proofread(draft, summary);

test.each([
  ['令和5年度は取組活動48件のうち済が37件、概ね順調が10件でした。', 3],
  ['令和3年度の財政健全化効果額は1,755,320千円で、前年度の827,080千円から増加しました。', 1],
  ['令和5年度の進捗率は97.9%で、目標の95%を上回りました。', 1],
  ['令和5年度の進捗率は、前年度の100.0%から低下し97.9%となりました。', 0],
  ['令和5年度の取組活動は48件で、前年度より2件減りました。', 1],
  ['令和5年度の効果額は622,971千円で、うち歳入確保は100,000千円でした。', 1],
  ['令和5年度の効果額は62万2,971千円でした。', 0],
  ['令和2年度から令和5年度までの4年間で37事業に取り組みました。', 1],
  ['令和5年度の進捗率は97.9%でした。前年度の令和4年度は100.0%、令和3年度は98.1%です。', 3],
])('right, or not told: nothing flagged — %s', (sentence, checked) => {
  const result = check(sentence);
  expect(result.findings).toEqual([]);
  expect(result.checked).toHaveLength(checked);
});

test.each([
  ['令和5年度の遅れは1件、休止は1件でした。', '1件', '0件', '令和5年度 休止'],
  ['令和2年度の遅れは3件でした。', '3件', '2件', '令和2年度 遅れ'],
  ['達成率は91.2%でした。', '91.2%', '91.6%', '達成 割合'],
  ['R5年度の進捗率は97.5%でした。', '97.5%', '97.9%', '令和5年度 進捗率'],
  ['令和4年度の財政健全化効果額は1,439,626千円でした。', '1,439,626千円', '1,493,626千円', '令和4年度 財政健全化効果額'],
  ['評価を終えた達成するべき事項は61件でした。', '61件', '60件', '達成するべき事項の合計数'],
])('wrong: found with its correction — %s', (sentence, stated, expected, label) => {
  expect(check(sentence).findings).toEqual([{ line: 1, stated, expected, label, kind: 'workbook' }]);
});

test('a year label that puts two figures out of place is one finding, naming the year they belong to', () => {
  const result = check('令和4年度は取組活動53件のうち、済が37件でした。');
  expect(result.findings).toEqual([{ line: 1, stated: '令和4年度', expected: '令和3年度', label: '年度', kind: 'workbook' }]);
});

test('one figure alone proves no wrong year: it is reported as a wrong figure', () => {
  expect(check('令和3年度の休止は2件でした。').findings).toEqual([{ line: 1, stated: '2件', expected: '1件', label: '令和3年度 休止', kind: 'workbook' }]);
});

test('a sentence split by a line break is read whole, and the finding names the line of the figure', () => {
  const result = check('はじめに\n令和5年度の財政健全化\n効果額は622,979千円でした。');
  expect(result.findings).toEqual([{ line: 3, stated: '622,979千円', expected: '622,971千円', label: '令和5年度 財政健全化効果額', kind: 'workbook' }]);
});
