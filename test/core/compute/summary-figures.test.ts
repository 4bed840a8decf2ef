/**
 * The core's summary (src/core, no build) against figures that do not come
 * from our code: the 平塚市 report's own tables (examples/source/
 * hiratsuka-extract.json, typed from the seed) and the 桜川町 figures worked
 * out by hand (test/fixtures/sakuragawa-expected.json). The CLI and add-on
 * tests check the same through the built artifacts; this one lets a mutation
 * run of summarize.ts see them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extract } from '../../../scripts/example/hiratsuka';
import { buildTownSheets } from '../../../scripts/example/town';
import { runPipeline } from '../../../src/core/compute/pipeline';
import type { Summary } from '../../../src/core/compute/summarize';
import { ROOT } from '../../support/cli';
import { exampleExtract, exampleInput } from '../../support/example';
import { flattenSummary } from '../../support/summaryKeys';

interface YearValues {
  [year: string]: number;
}
interface SeedExtract {
  progress_status: Extract['progress_status'];
  progress_rate: { rows: { fiscal_year: number; rate_stated: string; activities: number; done_plus_on_track: number }[] };
  achievement_status: {
    total_items: number;
    achieved: { count: number };
    partially_unachieved: { count: number; pct_stated: string };
    unachieved: { count: number; pct_stated: string };
  };
  fiscal_effect_by_year: { years: { fiscal_year: number; amount_thousand_yen: number }[]; total_stated: number };
  perspectives: { number: number; results: { projects: { values: YearValues }; added: { values: YearValues }; ended: { values: YearValues } } }[];
  floor_area: { years: { fiscal_year: number; abolished_m2: number; added_m2: number; net_signed_m2_positive_is_increase: number }[] };
}

/**
 * Each test computes its own summary: code run in beforeAll runs before a
 * mutant is switched on (StrykerJS activates it per test), so a summary made
 * there would test the unmutated code and let every mutant survive.
 */
test('平塚市: the core gives the seed report’s own tables', () => {
  const seed = exampleExtract() as unknown as SeedExtract;
  const summary: Summary = runPipeline(exampleInput(), { lang: 'ja', asOf: '2024-03-31' }).summary;
  expect(summary.problemCounts.error).toBe(0);
  expect(summary.years).toEqual([2020, 2021, 2022, 2023]);
  // 【進捗状況】 per year: projects, activities and each status.
  for (const row of seed.progress_status.rows) {
    const p = summary.progress.find((x) => x.year === row.fiscal_year);
    expect([p?.projects, p?.activities, p?.counts]).toEqual([
      row.projects,
      row.activities,
      { done: row.done, onTrack: row.on_track, delayed: row.delayed, notStarted: row.not_started, suspended: row.suspended },
    ]);
  }
  // 【進捗率】 per year, truncated to one decimal as the seed prints it.
  for (const row of seed.progress_rate.rows) {
    const p = summary.progress.find((x) => x.year === row.fiscal_year);
    expect(p?.rateText).toBe(row.rate_stated === '100%' ? '100.0%' : row.rate_stated);
    expect((p?.counts.done ?? 0) + (p?.counts.onTrack ?? 0)).toBe(row.done_plus_on_track);
  }
  // 【達成状況】: 60 evaluated, 55 / 3 / 2 (the seed's 91.2% is its own slip: 55 of 60 is 91.6%); 4 due after the plan.
  const a = seed.achievement_status;
  expect(summary.achievement.evaluated).toBe(a.total_items);
  expect(summary.achievement.counts).toEqual({ achieved: a.achieved.count, partial: a.partially_unachieved.count, notAchieved: a.unachieved.count });
  expect(summary.achievement.labels.map((l) => l.shareText)).toEqual(['91.6%', a.partially_unachieved.pct_stated, a.unachieved.pct_stated]);
  expect(summary.achievement.excluded).toBe(4);
  // 【財政健全化効果額】 per year and in total, in 千円.
  for (const year of seed.fiscal_effect_by_year.years)
    expect(summary.effects.byYear.find((e) => e.year === year.fiscal_year)?.amount).toBe(year.amount_thousand_yen);
  expect(summary.effects.total).toBe(seed.fiscal_effect_by_year.total_stated);
  expect([summary.effects.unit, summary.effects.unitLabel]).toEqual(['thousand yen', '千円']);
  // Each perspective's projects, added and ended per year and in total.
  const byYear = (list: { year: number; count: number }[] | undefined) => Object.fromEntries((list ?? []).map((y) => [String(y.year), y.count]));
  for (const perspective of seed.perspectives) {
    const mine = summary.perspectives.find((p) => p.perspective === perspective.number);
    const r = perspective.results;
    const { total: projectsTotal, ...projects } = r.projects.values;
    const { total: addedTotal, ...added } = r.added.values;
    const { total: endedTotal, ...ended } = r.ended.values;
    expect([perspective.number, byYear(mine?.projects), mine?.projectsTotal]).toEqual([perspective.number, projects, projectsTotal]);
    expect([perspective.number, byYear(mine?.added), mine?.addedTotal]).toEqual([perspective.number, added, addedTotal]);
    expect([perspective.number, byYear(mine?.ended), mine?.endedTotal]).toEqual([perspective.number, ended, endedTotal]);
  }
  // 延床面積 per year: abolished, added and the net (added − abolished).
  for (const year of seed.floor_area.years) {
    const mine = summary.floorArea.byYear.find((f) => f.year === year.fiscal_year);
    expect([mine?.abolished, mine?.added, mine?.net]).toEqual([year.abolished_m2, year.added_m2, year.net_signed_m2_positive_is_increase]);
  }
});

test('桜川町: the core gives every figure worked out by hand, with no problem in the town’s own words', () => {
  const expected = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sakuragawa-expected.json'), 'utf8')) as Record<string, unknown>;
  const keys = Object.keys(expected).filter((key) => key !== '_about');
  const summary = runPipeline({ sheets: buildTownSheets() }, { lang: 'ja', asOf: '2027-03-31' }).summary;
  expect(summary.problemCounts).toEqual({ error: 0, warning: 0, info: 0 });
  const actual = flattenSummary(summary);
  const wrong = keys
    .filter((key) => JSON.stringify(actual[key]) !== JSON.stringify(expected[key]))
    .map((key) => `${key}: ${JSON.stringify(actual[key])} ≠ ${JSON.stringify(expected[key])}`);
  expect(wrong).toEqual([]);
  expect(keys.length).toBeGreaterThan(250);
});
