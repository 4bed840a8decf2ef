/**
 * A summary as the dotted keys of test/fixtures/sakuragawa-expected.json (the
 * town's figures worked out by hand): used by the CLI, add-on and core tests.
 */
import type { Summary } from '../../src/core/compute/summarize';

/** The summary as the fixture's dotted keys: a year, perspective, label or goal name stands for its array entry. */
export function flattenSummary(summary: Summary): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'plan.name': summary.plan.name,
    'plan.startYear': summary.plan.startYear,
    'plan.endYear': summary.plan.endYear,
    years: summary.years,
    'effects.unit': summary.effects.unit,
    'effects.unitLabel': summary.effects.unitLabel,
    'effects.total': summary.effects.total,
    'achievement.evaluated': summary.achievement.evaluated,
    'achievement.excluded': summary.achievement.excluded,
    'floorArea.net': summary.floorArea.net,
    'floorArea.netGeneralAccount': summary.floorArea.netGeneralAccount,
  };
  for (const p of summary.progress) {
    out[`progress.${p.year}.projects`] = p.projects;
    out[`progress.${p.year}.activities`] = p.activities;
    out[`progress.${p.year}.rateText`] = p.rateText;
    for (const l of p.labels) {
      out[`progress.${p.year}.${l.label}.count`] = l.count;
      out[`progress.${p.year}.${l.label}.shareText`] = l.shareText;
    }
  }
  for (const l of summary.achievement.labels) {
    out[`achievement.${l.label}.count`] = l.count;
    out[`achievement.${l.label}.shareText`] = l.shareText;
  }
  for (const y of summary.achievement.byYear) {
    out[`achievement.byYear.${y.year}.evaluated`] = y.evaluated;
    for (const l of y.labels) {
      out[`achievement.byYear.${y.year}.${l.label}.count`] = l.count;
      out[`achievement.byYear.${y.year}.${l.label}.shareText`] = l.shareText;
    }
  }
  for (const e of summary.effects.byYear) out[`effects.byYear.${e.year}`] = e.amount;
  for (const p of summary.effects.byPerspective) {
    out[`effects.byPerspective.${p.perspective}.total`] = p.total;
    for (const e of p.byYear) out[`effects.byPerspective.${p.perspective}.${e.year}`] = e.amount;
  }
  for (const p of summary.effects.byProject) if (p.total !== 0) out[`effects.byProject.${p.code}`] = p.total;
  for (const g of summary.goals) {
    out[`goals.${g.name}.unit`] = g.unit;
    out[`goals.${g.name}.target`] = g.target;
    out[`goals.${g.name}.cumulative`] = g.cumulative;
    out[`goals.${g.name}.rateText`] = g.rateText;
    for (const y of g.byYear) out[`goals.${g.name}.byYear.${y.year}`] = y.actual;
  }
  for (const p of summary.perspectives) {
    out[`perspectives.${p.perspective}.name`] = p.name;
    out[`perspectives.${p.perspective}.projectsTotal`] = p.projectsTotal;
    out[`perspectives.${p.perspective}.addedTotal`] = p.addedTotal;
    out[`perspectives.${p.perspective}.endedTotal`] = p.endedTotal;
    for (const y of p.projects) out[`perspectives.${p.perspective}.projects.${y.year}`] = y.count;
    for (const y of p.added) out[`perspectives.${p.perspective}.added.${y.year}`] = y.count;
    for (const y of p.ended) out[`perspectives.${p.perspective}.ended.${y.year}`] = y.count;
  }
  for (const f of summary.floorArea.byYear) {
    out[`floorArea.byYear.${f.year}.abolished`] = f.abolished;
    out[`floorArea.byYear.${f.year}.added`] = f.added;
    out[`floorArea.byYear.${f.year}.net`] = f.net;
  }
  return out;
}
