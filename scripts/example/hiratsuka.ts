/**
 * Builds the example workbook's sheets from the hand-made extract of the
 * Hiratsuka report (examples/source/hiratsuka-extract.json).
 *
 * The report prints totals only for some things; the parts marked
 * ILLUSTRATIVE below are a split chosen to reproduce every printed figure,
 * not facts from the report. They are explained in the 注記 sheet.
 */
import type { CellValue, SheetInput } from '../../src/core/base/cells';
import { formatFiscalYear, parseFiscalYearRange } from '../../src/core/base/fiscalYear';

export interface Extract {
  progress_status: {
    rows: {
      fiscal_year: number;
      projects: number;
      activities: number;
      done: number;
      on_track: number;
      delayed: number;
      not_started: number;
      suspended: number;
    }[];
  };
  perspectives: { number: number; name: string; results: { fiscal_effect_thousand_yen: { values: Record<string, number> } } }[];
  projects: {
    code: string;
    name: string;
    period: string;
    period_in_achievement_appendix: string;
    departments: string[];
    perspective: number;
    summary: string;
    fiscal_effect_thousand_yen: number | null;
    appendix_code: string;
  }[];
  achievement_items: {
    project_code: string;
    target_year: string;
    item: string;
    result: string | null;
    status: string;
    uncertain: boolean;
    match_note?: string;
  }[];
  floor_area: { years: { fiscal_year: number; abolished_m2: number; added_m2: number; abolished_main: [string, number][]; added_main: [string, number][] }[] };
}

export const PLAN_NAME = '平塚市行財政改革計画（2020-2023）';
const PLAN_YEARS = [2020, 2021, 2022, 2023];

/** 終了年度 / 終了区分 as the perspective tables' (終了事業数) imply. Two of them are a choice (see NOTES). */
const ENDED: Record<string, { year: number; kind: '終了' | '休止' }> = {
  '0701-04': { year: 2020, kind: '休止' },
  '0701-05': { year: 2021, kind: '終了' },
  '0701-06': { year: 2021, kind: '終了' },
  '0705-08': { year: 2020, kind: '終了' },
  '0705-09': { year: 2021, kind: '終了' },
  '0705-10': { year: 2021, kind: '終了' },
  // ILLUSTRATIVE: the report counts 1 project of perspective 5 ended in 令和5年度 without naming it.
  '0705-12': { year: 2023, kind: '終了' },
  '0706-05': { year: 2021, kind: '終了' },
  '0706-07': { year: 2021, kind: '終了' },
  '0706-02': { year: 2022, kind: '終了' },
  '0706-04': { year: 2022, kind: '終了' },
  '0706-06': { year: 2022, kind: '終了' },
  // ILLUSTRATIVE: 1 project of perspective 6 ended in 令和5年度, unnamed (0706-01 or 0706-03).
  '0706-01': { year: 2023, kind: '終了' },
};

/** ILLUSTRATIVE: which activities carry the statuses other than 済 / 概ね順調 (the report gives counts only). */
const SPECIAL_STATUSES: { code: string; year: number; status: string; count: number; note: string }[] = [
  { code: '0701-04', year: 2020, status: '休止', count: 2, note: '公園施設の老朽化が判明し、整備内容や事業手法を改めて検討するため事業を休止しました。' },
  { code: '0702-03', year: 2020, status: '遅れ', count: 2, note: '個別施設計画の策定と総合管理計画の改定は令和3年5月にずれ込みました。' },
  { code: '0701-05', year: 2021, status: '休止', count: 1, note: '移動図書館業務は廃止する方針としました。' },
  { code: '0701-07', year: 2023, status: '遅れ', count: 1, note: '実施協定締結期限を令和6年6月まで延期し、令和5年度中に設計を完了できませんでした。' },
];

/** Floor-area rows not named by the report, and the non-general-account facilities (ILLUSTRATIVE). */
const NON_GENERAL_ACCOUNT = new Set(['大神調整池ポンプ棟', '市民病院保育所棟']);
/** 8,434.77 - 7,619.51 = 815.26 ㎡ of net increase is outside the general account; the two named ones give 738.82. */
const OTHER_NON_GENERAL = { year: 2022, name: 'その他の施設（公営企業会計）', hundredths: 7644 };

function cents(value: number): number {
  return Math.round(value * 100);
}

function codeOf(project: Extract['projects'][number]): string {
  // The BPR project is 0703-6 in 取組事業一覧 and 0703-13 in 達成状況; 0703-6 breaks the NNNN-NN pattern.
  return project.appendix_code;
}

function activeYears(project: Extract['projects'][number]): number[] {
  const range = parseFiscalYearRange(project.period);
  if (!range) throw new Error(`unreadable period ${project.period} of ${project.code}`);
  return PLAN_YEARS.filter((year) => year >= range.first && year <= range.last);
}

/** Spreads k marks over n slots evenly (Bresenham): slot i is marked when the running share steps up. */
function spread(i: number, k: number, n: number): boolean {
  return Math.floor(((i + 1) * k) / n) > Math.floor((i * k) / n);
}

export function buildProjects(extract: Extract): CellValue[][] {
  const rows: CellValue[][] = [['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課', '終了年度', '終了区分', '主な取組と成果']];
  for (const project of extract.projects) {
    const code = codeOf(project);
    const ended = ENDED[code];
    rows.push([
      code,
      project.name,
      project.perspective,
      project.period,
      project.departments.join('、'),
      ended ? formatFiscalYear(ended.year) : null,
      ended ? ended.kind : null,
      project.summary,
    ]);
  }
  return rows;
}

export function buildActivities(extract: Extract): CellValue[][] {
  const rows: CellValue[][] = [['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果']];
  for (const year of PLAN_YEARS) {
    const printed = extract.progress_status.rows.find((row) => row.fiscal_year === year);
    if (!printed) throw new Error(`no progress row for ${year}`);
    const active = extract.projects.filter((project) => activeYears(project).includes(year));
    if (active.length !== printed.projects) throw new Error(`${year}: ${active.length} active projects, report says ${printed.projects}`);
    const specials = SPECIAL_STATUSES.filter((entry) => entry.year === year);
    const counts = new Map(active.map((project) => [codeOf(project), 1]));
    for (const special of specials) counts.set(special.code, Math.max(counts.get(special.code) ?? 0, special.count));
    let extra = printed.activities - [...counts.values()].reduce((a, b) => a + b, 0);
    for (let i = 0; extra > 0; i = (i + 1) % active.length, extra--) {
      const code = codeOf(active[i]);
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const specialTotal = specials.reduce((sum, entry) => sum + entry.count, 0);
    const ordinarySlots = printed.activities - specialTotal;
    if (ordinarySlots !== printed.done + printed.on_track) throw new Error(`${year}: status counts do not add up`);
    let slot = 0;
    for (const project of active) {
      const code = codeOf(project);
      const n = counts.get(code) ?? 0;
      const special = specials.find((entry) => entry.code === code);
      for (let k = 0; k < n; k++) {
        const activity = `${project.name}の取組（${formatFiscalYear(year)}・${k + 1}）`;
        if (special && k < special.count) {
          rows.push([code, formatFiscalYear(year), activity, special.status, special.note]);
          continue;
        }
        const status = spread(slot, printed.on_track, ordinarySlots) ? '概ね順調' : '済';
        slot++;
        const isLast = year === activeYears(project).at(-1) && k === n - 1;
        rows.push([code, formatFiscalYear(year), activity, status, isLast ? project.summary : null]);
      }
    }
  }
  return rows;
}

export function buildTargets(extract: Extract): CellValue[][] {
  const rows: CellValue[][] = [['事業コード', '目標年度', '達成するべき事項', '達成状況', '概要', '注記']];
  for (const item of extract.achievement_items) {
    rows.push([
      item.project_code,
      item.target_year,
      item.item,
      item.status,
      item.result ?? null,
      item.uncertain ? 'PDFの文字順が乱れており、同じ事業の他の行との対応が不確実です（達成状況と目標年度は確実）。' : null,
    ]);
  }
  return rows;
}

/**
 * ILLUSTRATIVE: each perspective's yearly effect split between its projects
 * so that both the perspective-year totals (【取組結果】) and the project
 * totals (取組事業一覧) are reproduced. North-west corner rule, projects that
 * end earlier first so that later years fall to the projects still running.
 */
export function buildEffects(extract: Extract): CellValue[][] {
  const rows: CellValue[][] = [['事業コード', '年度', '効果額（千円）', '区分']];
  for (const perspective of extract.perspectives) {
    const remaining = PLAN_YEARS.map((year) => perspective.results.fiscal_effect_thousand_yen.values[String(year)] ?? 0);
    const projects = extract.projects
      .filter((project) => project.perspective === perspective.number && (project.fiscal_effect_thousand_yen ?? 0) > 0)
      .sort((a, b) => (activeYears(a).at(-1) ?? 0) - (activeYears(b).at(-1) ?? 0) || a.code.localeCompare(b.code));
    let yearIndex = 0;
    for (const project of projects) {
      let left = project.fiscal_effect_thousand_yen ?? 0;
      while (left > 0) {
        while (remaining[yearIndex] === 0) yearIndex++;
        if (yearIndex >= PLAN_YEARS.length) throw new Error(`perspective ${perspective.number}: project totals exceed the year totals`);
        const amount = Math.min(left, remaining[yearIndex]);
        const revenue = perspective.number === 4 || codeOf(project) === '0702-01';
        rows.push([codeOf(project), formatFiscalYear(PLAN_YEARS[yearIndex]), amount, revenue ? '歳入確保' : '歳出削減']);
        left -= amount;
        remaining[yearIndex] -= amount;
      }
    }
    if (remaining.some((amount) => amount !== 0)) throw new Error(`perspective ${perspective.number}: year totals not covered`);
  }
  return rows;
}

export function buildFloorArea(extract: Extract): CellValue[][] {
  const rows: CellValue[][] = [['年度', '施設名', '区分', '面積（㎡）', '一般会計']];
  for (const year of extract.floor_area.years) {
    for (const [change, total, named] of [
      ['廃止', year.abolished_m2, year.abolished_main],
      ['増加', year.added_m2, year.added_main],
    ] as const) {
      let rest = cents(total);
      for (const [name, area] of named) {
        rows.push([formatFiscalYear(year.fiscal_year), name, change, area, !NON_GENERAL_ACCOUNT.has(name)]);
        rest -= cents(area);
      }
      if (change === '増加' && year.fiscal_year === OTHER_NON_GENERAL.year) {
        rows.push([formatFiscalYear(year.fiscal_year), OTHER_NON_GENERAL.name, change, OTHER_NON_GENERAL.hundredths / 100, false]);
        rest -= OTHER_NON_GENERAL.hundredths;
      }
      if (rest < 0) throw new Error(`${year.fiscal_year} ${change}: named facilities exceed the total`);
      if (rest > 0) rows.push([formatFiscalYear(year.fiscal_year), 'その他の施設（内訳は報告書に記載なし）', change, rest / 100, true]);
    }
  }
  return rows;
}

/** Placeholder addresses on the reserved example.jp domain, so the example's digest shows the routing. */
const DEPARTMENT_ADDRESSES: Record<string, string> = {
  企画政策課: 'kikaku-seisaku@example.jp',
  保育課: 'hoiku@example.jp',
  教育総務課: 'kyoiku-somu@example.jp',
  収集業務課: 'shushu-gyomu@example.jp',
  'みどり公園・水辺課': 'midori-koen@example.jp',
  中央図書館: 'chuo-toshokan@example.jp',
  都市整備課: 'toshi-seibi@example.jp',
  学校給食課: 'gakko-kyushoku@example.jp',
  農水産課: 'nosuisan@example.jp',
  資産経営課: 'shisan-keiei@example.jp',
  行政総務課: 'gyosei-somu@example.jp',
  職員課: 'shokuin@example.jp',
  デジタル推進課: 'digital-suishin@example.jp',
  納税課: 'nozei@example.jp',
  財政課: 'zaisei@example.jp',
  マイナンバー推進課: 'mynumber-suishin@example.jp',
  契約検査課: 'keiyaku-kensa@example.jp',
  市民課: 'shimin@example.jp',
};

export const OFFICE_RECIPIENT = 'gyokaku@example.jp';

export function buildDepartments(extract: Extract): CellValue[][] {
  const rows: CellValue[][] = [['課名', 'メール']];
  const seen = new Set<string>();
  for (const project of extract.projects) {
    for (const name of project.departments) {
      if (seen.has(name) || !DEPARTMENT_ADDRESSES[name]) continue;
      seen.add(name);
      rows.push([name, DEPARTMENT_ADDRESSES[name]]);
    }
  }
  return rows;
}

/**
 * The report's numeric targets as indicators (指標), with the figures the report
 * gives; judged, they reproduce its 達成 / 一部未達成 results.
 * [code, a phrase of the target's text, indicator, years → actuals, goal, rule, unit]
 */
const INDICATORS: [string, string, string, Record<number, number>, number, string, string][] = [
  ['0701-01', '3つ以上の業務', '民間活力導入の方向性を決定した業務数', { 2023: 12 }, 3, '以上', '業務'],
  ['0703-02', '250件以上', '業務改善報告の件数', { 2021: 335, 2022: 333 }, 250, '以上', '件'],
  ['0703-13', '必要性を理解した職員の割合', 'BPRが必要と回答した割合（デジタル推進員向け研修）', { 2023: 87 }, 95, '以上', '%'],
  ['0703-13', '必要性を理解した職員の割合', 'BPRが必要と回答した割合（管理職向けセミナー）', { 2023: 100 }, 95, '以上', '%'],
  ['0703-13', '実施件数を上回る', '各課が実施したBPRの件数（令和4年度 25件）', { 2023: 26 }, 25, '超', '件'],
  ['0704-03', '32媒体', '広告を募集した媒体数', { 2023: 39 }, 32, '以上', '媒体'],
  ['0704-04', '1件以上の施設で導入', '新たにネーミングライツを導入した施設数（累計）', { 2023: 5 }, 1, '以上', '件'],
  ['0704-07', 'クラウドファンディング', 'クラウドファンディングの実施件数（累計）', { 2023: 5 }, 4, '以上', '件'],
  ['0704-07', '返礼品を5件以上', '新たに追加した返礼品の数', { 2020: 43, 2021: 79, 2022: 69, 2023: 92 }, 5, '以上', '件'],
  ['0705-05', '95％以上', '研修が能力向上につながると評価した受講者の割合', { 2020: 95.4, 2021: 96.4, 2022: 94.7, 2023: 93.0 }, 95, '以上', '%'],
  ['0705-09', '10種類以上', 'オンライン化した手続の種類', { 2021: 224, 2022: 229, 2023: 249 }, 10, '以上', '種類'],
  ['0705-11', '12回以上', '出張申請など取得促進策の実施回数', { 2021: 17, 2022: 42, 2023: 29 }, 12, '以上', '回'],
  ['0705-13', '10種類以上', 'オンライン化した手続の種類', { 2022: 229, 2023: 249 }, 10, '以上', '種類'],
  ['0705-13', '4か所以上', 'キャッシュレスに対応した窓口等の拡充数（令和4・5年度）', { 2023: 9 }, 4, '以上', 'か所'],
  ['0706-01', 'ペーパーレス会議', 'ペーパーレス会議の開催回数', { 2021: 672 }, 40, '以上', '回'],
  ['0706-01', 'ペーパーレス会議', '1会議当たりの紙使用量の削減率', { 2021: 92.1 }, 90, '以上', '%'],
  ['0706-03', '5業務以上', 'RPAを実施した業務数', { 2023: 21 }, 5, '以上', '業務'],
  ['0706-05', '3か所以上', 'キャッシュレスに対応した窓口等の拡充数（令和3～5年度）', { 2023: 10 }, 3, '以上', 'か所'],
  ['0706-09', '年間5回以上', 'デジタル人材育成の研修・セミナーの開催回数', { 2023: 5 }, 5, '以上', '回'],
];

export function buildIndicators(extract: Extract): CellValue[][] {
  const rows: CellValue[][] = [['事業コード', '達成するべき事項', '指標名', '年度', '目標値', '実績値', '判定', '単位']];
  for (const [code, phrase, name, actuals, goal, rule, unit] of INDICATORS) {
    const item = extract.achievement_items.find((i) => i.project_code === code && i.item.includes(phrase));
    if (!item) throw new Error(`no target of ${code} contains ${phrase}`);
    for (const [year, actual] of Object.entries(actuals)) rows.push([code, item.item, name, formatFiscalYear(Number(year)), goal, actual, rule, unit]);
  }
  return rows;
}

export function buildSettings(extract: Extract): CellValue[][] {
  return [
    ['項目', '値'],
    ['計画名', PLAN_NAME],
    ['計画開始年度', '令和2年度'],
    ['計画終了年度', '令和5年度'],
    ['端数処理', '切り捨て'],
    ['小数桁数', 1],
    ['取組の視点', extract.perspectives.map((p) => p.name).join('\n')],
    ['送信先', OFFICE_RECIPIENT],
  ];
}

export const NOTES: string[] = [
  'この例は「平塚市行財政改革計画（2020-2023）取組結果報告」から作成しました。scripts/make-example で再生成します。手で編集しないでください。',
  'This example is built from the Hiratsuka City reform plan 2020-2023 results report by scripts/make-example. Do not edit it by hand.',
  '',
  '【例示（報告書に記載のない内訳）/ Illustrative parts】',
  '取組活動: 報告書は年度ごとの件数と進捗状況別の件数のみを掲載しています。どの事業の活動か、活動の名称、済と概ね順調の割り振りは例示です（件数と事業数は報告書と一致）。',
  'Activities: the report gives only counts per year and status. Which project each activity belongs to, its name, and which are 済 or 概ね順調 are illustrative; every count matches the report.',
  '遅れ・休止の活動: 令和2年度の休止2件は高麗山公園（0701-04）、遅れ2件は公共施設総合的管理（0702-03、計画策定が令和3年5月にずれ込み）、令和3年度の休止1件は図書館（0701-05、移動図書館）、令和5年度の遅れ1件は龍城ケ丘（0701-07）としました。',
  'Delayed / suspended activities are assigned as above (0701-04, 0702-03, 0701-05, 0701-07): a choice consistent with the report text, not stated by it.',
  '効果額: 報告書は視点別・年度別の合計と事業別の4年間合計のみを掲載しています。事業×年度の内訳は両方の合計を再現する例示です（北西隅法、終了の早い事業から）。',
  'Effects: the report gives perspective-by-year totals and 4-year totals per project; the project-by-year split reproduces both and is illustrative.',
  '施設面積: 主な施設以外は「その他の施設」の1行にまとめました。一般会計外の施設は大神調整池ポンプ棟・市民病院保育所棟と「その他の施設（公営企業会計）」76.44㎡とし、一般会計の増加7,619.51㎡を再現しています（例示）。',
  'Floor area: facilities not named by the report are one "その他" row per year and change. The non-general-account facilities (two named, plus 76.44 m2 of others) are chosen to reproduce the +7,619.51 m2 general-account net.',
  '終了年度: 視点5の令和5年度終了1件は電子契約検証事業（0705-12）、視点6の令和5年度終了1件は庁内事務用タブレット端末活用事業（0706-01）としました（報告書は件数のみ）。',
  'Ended: the one project of perspective 5 and of perspective 6 ended in FY2023 are chosen (0705-12, 0706-01); the report gives counts only.',
  '指標: 報告書に数値のある達成するべき事項の目標値と実績値です。判定すると報告書の達成状況（職員研修・BPRは一部未達成、他は達成）を再現します。',
  'Indicators: the report\u2019s numeric targets and actuals; judged, they reproduce its results (staff training and BPR partly not achieved, the rest achieved).',
  '部署: 月次ダイジェストの振り分けを示すため、予約済みドメイン example.jp の架空のアドレスを入れています（実在しません）。',
  'Departments: placeholder addresses on the reserved example.jp domain, to show the digest routing; they do not exist.',
  '',
  '【報告書の不整合と採用した読み方 / Inconsistencies in the report and the reading chosen】',
  '1. 達成 55/60 は 91.2% と印刷されていますが、55/60 = 91.66…% で、切り捨てなら 91.6% です。Shinchoku は 91.6% と表示します。',
  '1. 達成 55/60 is printed 91.2%; it is 91.6% truncated (91.7% rounded). Shinchoku prints 91.6%.',
  '2. 進捗率は切り捨てです（43/47 = 91.489% を 91.4% と印刷）。設定「端数処理」を切り捨てにしています。',
  '2. Progress rates are truncated (43/47 = 91.489% printed 91.4%); the 端数処理 setting is 切り捨て.',
  '3. BPR推進事業は取組事業一覧で 0703-6、達成状況で 0703-13 です。0703-13 を使います（0703-6 はコードの形式 NNNN-NN に合いません）。',
  '3. The BPR project is 0703-6 in one list and 0703-13 in the other; 0703-13 is used.',
  '4. 0705-09 の計画期間は一覧で R3、付録で R3～R5 です。視点5の表（令和4・5年度 4事業、令和3年度終了2事業）を再現する R3 を使います。',
  '4. 0705-09 runs R3 in one list and R3～R5 in the other; only R3 reproduces the perspective-5 table, so R3 is used.',
  '5. 0701-03 の計画期間は一覧で H30～R5、付録で H28～R5 です。どちらも集計は同じで、一覧の H30～R5 を使います。',
  '5. 0701-03 is H30～R5 in the list and H28～R5 in the appendix; both give the same tables; the list is used.',
  '6. 0701-08、0701-09、0706-08、0706-09 の期間は一覧では計画終了年度まで、付録では計画後まで続きます。一覧の期間を使います。',
  '6. Four periods run past the plan end in the appendix only (0701-08, 0701-09, 0706-08, 0706-09); the list periods are used.',
  '7. 0706-09 の目標年度「令和5～8年度」は計画終了後まで続きますが、開始年度が計画内で達成状況もあるため評価対象（60件）に含めます。',
  '7. 0706-09 targets 令和5～8年度: it starts inside the plan and has a result, so it is evaluated and counted in the 60.',
  '8. 重複と明記された3つの事項（キャッシュレス窓口、オンライン化、申請書支援）は報告書どおり各事業で1件ずつ数えます。',
  '8. The three items marked 重複 are counted once per project, as the report does.',
  '9. 達成するべき事項の文章のうち8件はPDFの文字順の乱れで対応が不確実です（「注記」列）。いずれも達成で、件数には影響しません。',
  '9. Eight target texts could not be matched with certainty to their rows (see the 注記 column); all are 達成, so no count depends on them.',
];

export function buildNotes(): CellValue[][] {
  return [['注記 / Notes'], ...NOTES.map((line) => [line])];
}

/** Every sheet of the example, in the order a reader meets them. */
/** The 報告書 sheet: the report's own text (examples/source/hiratsuka-report-texts.json), for the parts no figure can write. */
export interface ReportTexts {
  rows: [section: string, perspective: number | null, text: string][];
}

export function buildReportSheet(texts: ReportTexts): CellValue[][] {
  return [['見出し', '視点', '本文'], ...texts.rows.map(([section, perspective, text]) => [section, perspective, text])];
}

export function buildExampleSheets(extract: Extract, texts: ReportTexts): SheetInput[] {
  return [
    { name: '設定', rows: buildSettings(extract) },
    { name: '事業', rows: buildProjects(extract) },
    { name: '取組活動', rows: buildActivities(extract) },
    { name: '達成事項', rows: buildTargets(extract) },
    { name: '効果額', rows: buildEffects(extract) },
    { name: '施設面積', rows: buildFloorArea(extract) },
    { name: '部署', rows: buildDepartments(extract) },
    { name: '指標', rows: buildIndicators(extract) },
    { name: '報告書', rows: buildReportSheet(texts) },
    { name: '注記', rows: buildNotes() },
  ];
}
