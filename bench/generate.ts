/**
 * Synthetic plans for the benchmark: N activity rows, with projects, targets,
 * effects and facilities in proportion (about 1 project per 20 activities).
 * Deterministic (a fixed seed), so runs are comparable.
 */
import type { CellValue, WorkbookInput } from '../src/core/base/cells';

const STATUSES = ['済', '概ね順調', '遅れ', '未着手', '休止', '済', '概ね順調', '済'];
const RESULTS = ['達成', '一部未達成', '未達成', '達成', '', '－'];
const YEARS = ['令和2年度', '令和3年度', '令和4年度', '令和5年度'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface Sizes {
  activities: number;
  projects: number;
  targets: number;
  effects: number;
  facilities: number;
}

export function sizesFor(activities: number): Sizes {
  const projects = Math.max(10, Math.round(activities / 20));
  return {
    activities,
    projects,
    targets: Math.round(projects * 1.7),
    effects: Math.round(projects * 0.7),
    facilities: Math.max(4, Math.round(activities / 200)),
  };
}

export function projectCode(i: number): string {
  return `${String(701 + (i % 6)).padStart(4, '0')}-${String(Math.floor(i / 6) + 1).padStart(5, '0')}`;
}

export function generateWorkbook(activityRows: number, seed = 42): WorkbookInput {
  const rnd = random(seed);
  const s = sizesFor(activityRows);
  const projects: CellValue[][] = [['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課', '終了年度', '終了区分']];
  for (let i = 0; i < s.projects; i++) {
    const ended = rnd() < 0.1;
    projects.push([projectCode(i), `事業${i + 1}`, (i % 6) + 1, 'R2～R5', `課${i % 40}`, ended ? YEARS[Math.floor(rnd() * 4)] : null, ended ? '終了' : null]);
  }
  const activities: CellValue[][] = [['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果']];
  for (let i = 0; i < s.activities; i++) {
    activities.push([
      projectCode(Math.floor(rnd() * s.projects)),
      YEARS[i % 4],
      `活動${i + 1}`,
      STATUSES[Math.floor(rnd() * STATUSES.length)],
      i % 10 === 0 ? '備考あり' : null,
    ]);
  }
  const targets: CellValue[][] = [['事業コード', '目標年度', '達成するべき事項', '達成状況', '概要']];
  for (let i = 0; i < s.targets; i++) {
    const last = 2020 + Math.floor(rnd() * 6);
    targets.push([
      projectCode(Math.floor(rnd() * s.projects)),
      `${last}年度`,
      `目標${i + 1}`,
      last > 2023 ? null : RESULTS[Math.floor(rnd() * RESULTS.length)],
      null,
    ]);
  }
  const effects: CellValue[][] = [['事業コード', '年度', '効果額（千円）', '区分']];
  for (let i = 0; i < s.effects; i++) {
    effects.push([projectCode(Math.floor(rnd() * s.projects)), YEARS[i % 4], Math.floor(rnd() * 100_000), i % 3 === 0 ? '歳入確保' : '歳出削減']);
  }
  const facilities: CellValue[][] = [['年度', '施設名', '区分', '面積（㎡）', '一般会計']];
  for (let i = 0; i < s.facilities; i++) {
    facilities.push([YEARS[i % 4], `施設${i + 1}`, i % 2 === 0 ? '廃止' : '増加', Math.round(rnd() * 500_000) / 100, i % 5 !== 0]);
  }
  const settings: CellValue[][] = [
    ['項目', '値'],
    ['計画名', `ベンチマーク計画（${activityRows}行）`],
    ['計画開始年度', '令和2年度'],
    ['計画終了年度', '令和5年度'],
  ];
  return {
    sheets: [
      { name: '設定', rows: settings },
      { name: '事業', rows: projects },
      { name: '取組活動', rows: activities },
      { name: '達成事項', rows: targets },
      { name: '効果額', rows: effects },
      { name: '施設面積', rows: facilities },
    ],
  };
}
