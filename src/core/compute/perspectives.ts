/**
 * Results per perspective (視点): projects, activities and targets by perspective.
 * Part of the summary (summarize.ts); pure: plain values in, plain values out.
 */
import type { FiscalYear } from '../base/fiscalYear';
import type { WorkbookData } from '../read/read';
import type { ActivityMatrix } from './progress';
import type { PerspectiveResults } from './progressModel';

export function perspectiveResults(data: WorkbookData, matrix: ActivityMatrix, start: FiscalYear | null): PerspectiveResults[] {
  const years = matrix.years;
  const width = years.length;
  // First plan year each project was active in (index into years), or -1.
  const firstActive = data.projects.map((_, p) => {
    for (let y = 0; y < width; y++) if (matrix.active[p * width + y] === 1) return y;
    return -1;
  });
  return data.settings.perspectives.map((name, index) => {
    const perspective = index + 1;
    const members: number[] = [];
    data.projects.forEach((project, p) => {
      if (project.perspective === perspective) members.push(p);
    });
    const active = (y: number) => members.filter((p) => matrix.active[p * width + y] === 1).length;
    // 追加 in Y: first active in Y, Y after the plan start (【取組結果】 (追加事業数)).
    const added = years.map((year, y) => ({ year, count: start !== null && year > start ? members.filter((p) => firstActive[p] === y).length : 0 }));
    const ended = years.map((year) => ({ year, count: members.filter((p) => data.projects[p].endYear === year).length }));
    return {
      perspective,
      name,
      projects: years.map((year, y) => ({ year, count: active(y) })),
      projectsTotal: members.filter((p) => firstActive[p] >= 0).length,
      added,
      addedTotal: added.reduce((sum, entry) => sum + entry.count, 0),
      ended,
      endedTotal: ended.reduce((sum, entry) => sum + entry.count, 0),
    };
  });
}
