/**
 * The bundled example, through the built command line, must reproduce every
 * figure of the seed report's tables (hiratsuka-reform-report-2020-2023.txt).
 */
import type { Summary } from '../../src/core/compute/summarize';
import { EXAMPLE, runJson } from '../support/cli';

let summary: Summary;
let status: number | null;

beforeAll(() => {
  const result = runJson<Summary>(['summarize', EXAMPLE]);
  summary = result.json;
  status = result.status;
});

test('the example has no errors and exits 0', () => {
  expect(summary.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(status).toBe(0);
});

test('plan', () => {
  expect(summary.plan).toMatchObject({ name: '平塚市行財政改革計画（2020-2023）', startYear: 2020, endYear: 2023 });
  expect(summary.years).toEqual([2020, 2021, 2022, 2023]);
});

// 【進捗状況】 and 【進捗率】
test.each([
  [2020, 23, 47, 30, 13, 2, 0, 2, 43, '91.4%'],
  [2021, 29, 53, 37, 15, 0, 0, 1, 52, '98.1%'],
  [2022, 27, 50, 33, 17, 0, 0, 0, 50, '100.0%'],
  [2023, 26, 48, 37, 10, 1, 0, 0, 47, '97.9%'],
])('progress of FY%i', (year, projects, activities, done, onTrack, delayed, notStarted, suspended, progressing, rateText) => {
  const row = summary.progress.find((r) => r.year === year);
  expect(row).toMatchObject({ year, projects, activities, counts: { done, onTrack, delayed, notStarted, suspended }, progressing, rateText });
  expect(row?.rate).toBeCloseTo(progressing / activities, 12);
});

// 【達成状況】: 60 evaluated, 4 excluded, 55 / 3 / 2; 91.6% where the report misprints 91.2%.
test('achievement', () => {
  const a = summary.achievement;
  expect(a.evaluated).toBe(60);
  expect(a.excluded).toBe(4);
  expect(a.counts).toEqual({ achieved: 55, partial: 3, notAchieved: 2 });
  expect(a.ratioTexts).toEqual({ achieved: '91.6%', partial: '5.0%', notAchieved: '3.3%' });
  expect(a.ratios.achieved).toBeCloseTo(55 / 60, 12);
  expect(a.shortfalls.map((s) => [s.status, s.code])).toEqual([
    ['partial', '0703-13'],
    ['partial', '0704-01'],
    ['partial', '0705-05'],
    ['notAchieved', '0701-04'],
    ['notAchieved', '0701-07'],
  ]);
});

// 【財政健全化効果額一覧】
test('fiscal effect by year and total', () => {
  expect(summary.effects.byYear).toEqual([
    { year: 2020, amount: 827080 },
    { year: 2021, amount: 1755320 },
    { year: 2022, amount: 1493626 },
    { year: 2023, amount: 622971 },
  ]);
  expect(summary.effects.total).toBe(4698997);
});

// 【取組結果】 of the six perspectives: projects, added, ended, effect per year and in total.
const PERSPECTIVES = [
  { n: 1, projects: [7, 7, 5, 6, 9], added: [0, 1, 0, 1, 2], ended: [1, 2, 0, 0, 3], effect: [88959, 869488, 145671, 17900, 1122018] },
  { n: 2, projects: [2, 2, 2, 2, 2], added: [0, 0, 0, 0, 0], ended: [0, 0, 0, 0, 0], effect: [164493, 177153, 824802, 223534, 1389982] },
  { n: 3, projects: [4, 4, 5, 5, 5], added: [0, 0, 1, 0, 1], ended: [0, 0, 0, 0, 0], effect: [8777, 4406, 0, 0, 13183] },
  { n: 4, projects: [5, 5, 5, 5, 5], added: [0, 0, 0, 0, 0], ended: [0, 0, 0, 0, 0], effect: [564851, 586135, 523153, 381537, 2055676] },
  { n: 5, projects: [2, 4, 4, 4, 7], added: [0, 3, 2, 0, 5], ended: [1, 2, 0, 1, 4], effect: [0, 0, 0, 0, 0] },
  { n: 6, projects: [3, 7, 6, 4, 9], added: [0, 4, 1, 1, 6], ended: [0, 2, 3, 1, 6], effect: [0, 118138, 0, 0, 118138] },
];

test.each(PERSPECTIVES)('perspective $n', ({ n, projects, added, ended, effect }) => {
  const p = summary.perspectives.find((x) => x.perspective === n);
  const e = summary.effects.byPerspective.find((x) => x.perspective === n);
  if (!p || !e) throw new Error(`perspective ${n} missing`);
  expect([...p.projects.map((x) => x.count), p.projectsTotal]).toEqual(projects);
  expect([...p.added.map((x) => x.count), p.addedTotal]).toEqual(added);
  expect([...p.ended.map((x) => x.count), p.endedTotal]).toEqual(ended);
  expect([...e.byYear.map((x) => x.amount), e.total]).toEqual(effect);
});

test('the six perspectives add up to the 37 projects of the plan', () => {
  expect(summary.perspectives.reduce((sum, p) => sum + p.projectsTotal, 0)).toBe(37);
  expect(summary.projects).toHaveLength(37);
});

// 取組事業一覧: each project's 4-year effect.
test.each([
  ['0701-01', 39843],
  ['0701-02', 51640],
  ['0701-03', 33703],
  ['0701-05', 46149],
  ['0701-06', 950683],
  ['0702-01', 1181189],
  ['0702-03', 208793],
  ['0703-04', 13183],
  ['0704-01', 1405658],
  ['0704-03', 143280],
  ['0704-04', 176110],
  ['0704-07', 310597],
  ['0704-08', 20031],
  ['0706-01', 133],
  ['0706-07', 118005],
  ['0701-04', 0],
  ['0705-13', 0],
])('project %s effect', (code, total) => {
  expect(summary.effects.byProject.find((p) => p.code === code)?.total).toBe(total);
});

// 【公共施設の総延床面積推移】
test('floor area per year, the plan net and the general-account net', () => {
  expect(summary.floorArea.byYear.map(({ year, abolished, added, net }) => ({ year, abolished, added, net }))).toEqual([
    { year: 2020, abolished: 6227.75, added: 1399.68, net: -4828.07 },
    { year: 2021, abolished: 1500.69, added: 18302.88, net: 16802.19 },
    { year: 2022, abolished: 4532.05, added: 870.25, net: -3661.8 },
    { year: 2023, abolished: 299.45, added: 421.9, net: 122.45 },
  ]);
  expect(summary.floorArea.net).toBe(8434.77);
  expect(summary.floorArea.netGeneralAccount).toBe(7619.51);
});
