/**
 * Builds the second example workbook: the fictional town 桜川町 and its
 * five-year plan 桜川町行財政改革プラン（2024-2028）, 令和6～10年度, with data
 * for FY2024..FY2026 only (FY2027 and FY2028 have no rows and show as zeros).
 *
 * Unlike the Hiratsuka example it exercises the plan's own vocabulary (区分:
 * A / B / C / D, 達成 / 一部達成 / 未達成), 四捨五入, amounts in 百万円, short
 * codes (1-01 … 4-05) and headline goals (目標).
 *
 * Every figure is chosen by hand; test/fixtures/sakuragawa-expected.json holds
 * what a summary of this workbook must show. Change the two together.
 */
import type { CellValue, SheetInput } from '../../src/core/base/cells';

export const TOWN_PLAN_NAME = '桜川町行財政改革プラン（2024-2028）';
export const TOWN_EXAMPLE_PATH = 'examples/sakuragawa-2024-2028.xlsx';

/** The years that have data; the plan runs to 2028. */
const DATA_YEARS = [2024, 2025, 2026] as const;
type DataYear = (typeof DATA_YEARS)[number];

function reiwa(year: number): string {
  return `令和${year - 2018}年度`;
}

const PERSPECTIVES = ['財政基盤の強化', '公共施設の最適化', '行政サービスのデジタル化', '協働と人材育成'];

const DEPARTMENTS: [string, string][] = [
  ['財政課', 'zaisei@sakuragawa.example.jp'],
  ['企画課', 'kikaku@sakuragawa.example.jp'],
  ['税務課', 'zeimu@sakuragawa.example.jp'],
  ['資産経営課', 'shisan-keiei@sakuragawa.example.jp'],
  ['デジタル推進課', 'digital@sakuragawa.example.jp'],
  ['住民課', 'jumin@sakuragawa.example.jp'],
  ['総務課', 'somu@sakuragawa.example.jp'],
];

/** Progress labels as the town types them: A 済, B 概ね順調, C 遅れ, D 未着手. */
type Status = 'A' | 'B' | 'C' | 'D';

interface Project {
  code: string;
  name: string;
  period: string;
  departments: string[];
  ended?: { year: number; kind: '終了' | '休止' };
  /** Up to three activities; a year's i-th status belongs to the i-th activity. */
  activities: string[];
  /** One string per data year, one letter per activity (its status); '' = no activity that year. */
  statuses: Record<DataYear, string>;
}

/**
 * 20 projects, five per perspective (the code's first digit). 2-03 ends in
 * FY2025 (終了); 3-05 starts in FY2025 (追加).
 */
const PROJECTS: Project[] = [
  {
    code: '1-01',
    name: '使用料・手数料の見直し',
    period: 'R6～R10',
    departments: ['財政課'],
    activities: ['受益者負担の適正化方針の策定', '施設使用料の改定', '各種手数料の改定'],
    statuses: { 2024: 'BB', 2025: 'ABB', 2026: 'BBB' },
  },
  {
    code: '1-02',
    name: 'ふるさと納税の推進',
    period: 'R6～R10',
    departments: ['企画課'],
    activities: ['返礼品の新規開拓', 'ポータルサイトの追加', '企業版ふるさと納税の募集'],
    statuses: { 2024: 'BB', 2025: 'AB', 2026: 'ABB' },
  },
  {
    code: '1-03',
    name: '町税等の収納率向上',
    period: 'R6～R10',
    departments: ['税務課'],
    activities: ['滞納整理の強化', 'スマートフォン決済による納付の周知'],
    statuses: { 2024: 'B', 2025: 'BB', 2026: 'BB' },
  },
  {
    code: '1-04',
    name: '補助金・負担金の見直し',
    period: 'R6～R8',
    departments: ['財政課', '企画課'],
    activities: ['全補助金の検証', '終期の設定', '負担金の見直し協議'],
    statuses: { 2024: 'BC', 2025: 'BB', 2026: 'ABB' },
  },
  {
    code: '1-05',
    name: '町有地の売却・貸付',
    period: 'R6～R10',
    departments: ['資産経営課', '財政課'],
    activities: ['未利用地の売却', '駐車場用地の貸付', '売却候補地の調査'],
    statuses: { 2024: 'B', 2025: 'BBB', 2026: 'BB' },
  },
  {
    code: '2-01',
    name: '公共施設等総合管理計画の推進',
    period: 'R6～R10',
    departments: ['資産経営課'],
    activities: ['施設カルテの更新', '個別施設計画の改定作業', '庁内検討会議の開催'],
    statuses: { 2024: 'AB', 2025: 'AB', 2026: 'BBB' },
  },
  {
    code: '2-02',
    name: '学校施設の長寿命化と集約化',
    period: 'R6～R10',
    departments: ['資産経営課', '総務課'],
    activities: ['東小学校と桜川小学校の統合準備', '長寿命化改修の実施'],
    statuses: { 2024: 'BB', 2025: 'BB', 2026: 'BB' },
  },
  {
    code: '2-03',
    name: '旧東部公民館の廃止・解体',
    period: 'R6～R7',
    departments: ['資産経営課'],
    ended: { year: 2025, kind: '終了' },
    activities: ['利用団体の移転調整', '解体工事の実施'],
    statuses: { 2024: 'BB', 2025: 'AA', 2026: '' },
  },
  {
    code: '2-04',
    name: '町営住宅の集約',
    period: 'R6～R10',
    departments: ['資産経営課'],
    activities: ['入居者の住み替え支援', '北団地の用途廃止', '南団地の改修設計'],
    statuses: { 2024: 'B', 2025: 'BC', 2026: 'BBB' },
  },
  {
    code: '2-05',
    name: '公共施設の省エネルギー化',
    period: 'R6～R8',
    departments: ['資産経営課', '総務課'],
    activities: ['照明のLED化', '太陽光発電設備の導入検討', '電力調達の見直し'],
    statuses: { 2024: 'BD', 2025: 'BB', 2026: 'ABB' },
  },
  {
    code: '3-01',
    name: '行政手続のオンライン化',
    period: 'R6～R10',
    departments: ['デジタル推進課'],
    activities: ['電子申請システムの導入', 'オンライン申請手続の拡大', '電子署名の導入'],
    statuses: { 2024: 'BB', 2025: 'ABB', 2026: 'BBB' },
  },
  {
    code: '3-02',
    name: 'キャッシュレス決済の拡大',
    period: 'R6～R8',
    departments: ['デジタル推進課', '税務課'],
    activities: ['窓口へのキャッシュレス決済の導入', '公共施設使用料のキャッシュレス化'],
    statuses: { 2024: 'BB', 2025: 'AB', 2026: 'AB' },
  },
  {
    code: '3-03',
    name: 'RPA・AIの活用による業務効率化',
    period: 'R6～R10',
    departments: ['デジタル推進課'],
    activities: ['RPA対象業務の拡大', '生成AIの試行導入', 'AI議事録作成の導入'],
    statuses: { 2024: 'BC', 2025: 'BBC', 2026: 'BBB' },
  },
  {
    code: '3-04',
    name: 'ペーパーレス会議の推進',
    period: 'R6～R8',
    departments: ['総務課'],
    activities: ['庁議のペーパーレス化', 'タブレット端末の配備'],
    statuses: { 2024: 'AB', 2025: 'BB', 2026: 'AB' },
  },
  {
    code: '3-05',
    name: '書かない窓口の導入',
    period: 'R7～R10',
    departments: ['住民課', 'デジタル推進課'],
    activities: ['窓口支援システムの導入', '対象手続の拡大'],
    statuses: { 2024: '', 2025: 'BD', 2026: 'BB' },
  },
  {
    code: '4-01',
    name: '定員管理の適正化',
    period: 'R6～R10',
    departments: ['総務課'],
    activities: ['定員適正化計画の進行管理', '業務量調査の実施', '会計年度任用職員の配置見直し'],
    statuses: { 2024: 'B', 2025: 'AB', 2026: 'BB' },
  },
  {
    code: '4-02',
    name: '職員研修の充実',
    period: 'R6～R10',
    departments: ['総務課'],
    activities: ['DX研修の実施', '階層別研修の見直し', '自主研究グループへの支援'],
    statuses: { 2024: 'BB', 2025: 'BBB', 2026: 'ABB' },
  },
  {
    code: '4-03',
    name: '地域活動団体との協働推進',
    period: 'R6～R10',
    departments: ['企画課'],
    activities: ['協働事業提案制度の運用', '地域活動団体の担い手育成'],
    statuses: { 2024: 'BC', 2025: 'BC', 2026: 'BB' },
  },
  {
    code: '4-04',
    name: '指定管理者制度の活用',
    period: 'R6～R10',
    departments: ['企画課', '資産経営課'],
    activities: ['町民体育館への指定管理者制度の導入', '図書館の運営方法の検討', '新規対象施設の選定'],
    statuses: { 2024: 'BB', 2025: 'AB', 2026: 'BBD' },
  },
  {
    code: '4-05',
    name: '広報・広聴の充実',
    period: 'R6～R10',
    departments: ['企画課'],
    activities: ['町広報紙のリニューアル', 'SNSによる情報発信'],
    statuses: { 2024: 'B', 2025: 'AB', 2026: 'AB' },
  },
];

/**
 * The chosen counts per year (A, B, C, D); the build checks the table above
 * against them. FY2024 29/33 = 87.878…% (四捨五入 87.9%, 切り捨てなら 87.8%);
 * FY2025 41/45 = 91.1%; FY2026 47/48 = 97.9%.
 */
export const TOWN_STATUS_COUNTS: Record<DataYear, Record<Status, number>> = {
  2024: { A: 2, B: 27, C: 3, D: 1 },
  2025: { A: 10, B: 31, C: 3, D: 1 },
  2026: { A: 7, B: 40, C: 0, D: 1 },
};

/** 取組内容・成果: every C and D activity, and one A (key: code/year/activity number). */
const ACTIVITY_NOTES: Record<string, string> = {
  '1-04/2024/2': '対象団体との協議が長引き、終期の設定は令和7年度に持ち越しました。',
  '2-05/2024/2': '国の補助制度の公募を待つため、令和6年度は着手しませんでした。',
  '3-03/2024/2': '情報セキュリティ指針の整備を優先し、生成AIの試行は令和7年度に延期しました。',
  '4-03/2024/2': '担い手育成講座の講師が確保できず、開催が1回にとどまりました。',
  '2-04/2025/2': '住み替え先の改修工事が遅れ、北団地の用途廃止は令和8年度にずれ込みました。',
  '3-03/2025/3': '音声認識の精度検証に時間を要し、本格導入を見送りました。',
  '3-05/2025/2': 'システム導入を優先し、対象手続の拡大は令和8年度から着手します。',
  '4-03/2025/2': '地域活動団体の担い手育成講座は参加者が定員の半数にとどまりました。',
  '4-04/2026/3': '町民体育館の導入効果を検証してから対象施設を選定するため、着手しませんでした。',
  '2-03/2025/2': '令和7年12月に解体工事が完了しました。跡地は売却候補地とします。',
};

function projectOf(code: string): Project {
  const project = PROJECTS.find((p) => p.code === code);
  if (!project) throw new Error(`no project ${code}`);
  return project;
}

export function buildTownSettings(): CellValue[][] {
  return [
    ['項目', '値'],
    ['計画名', TOWN_PLAN_NAME],
    ['計画開始年度', '令和6年度'],
    ['計画終了年度', '令和10年度'],
    ['端数処理', '四捨五入'],
    ['小数桁数', 1],
    ['金額単位', '百万円'],
    ['取組の視点', PERSPECTIVES.join('\n')],
    ['送信先', 'planning@sakuragawa.example.jp'],
  ];
}

export function buildTownCategories(): CellValue[][] {
  return [
    ['種類', '区分', '意味', '進捗率に含める', '別名'],
    ['進捗状況', 'A', '済', '○', '完了'],
    ['進捗状況', 'B', '概ね順調', '○', '順調、取組中'],
    ['進捗状況', 'C', '遅れ', '×', '遅延'],
    ['進捗状況', 'D', '未着手', '×', '着手前'],
    ['達成状況', '達成', '達成', null, null],
    ['達成状況', '一部達成', '一部未達成', null, null],
    ['達成状況', '未達成', '未達成', null, null],
  ];
}

export function buildTownProjects(): CellValue[][] {
  const rows: CellValue[][] = [['事業コード', '事業名', '取組の視点', '計画期間', '取組推進課', '終了年度', '終了区分']];
  for (const p of PROJECTS) {
    const perspective = Number(p.code.split('-')[0]);
    rows.push([p.code, p.name, perspective, p.period, p.departments.join('、'), p.ended ? reiwa(p.ended.year) : null, p.ended ? p.ended.kind : null]);
  }
  return rows;
}

export function buildTownActivities(): CellValue[][] {
  const rows: CellValue[][] = [['事業コード', '年度', '取組活動', '進捗状況', '取組内容・成果']];
  for (const year of DATA_YEARS) {
    const counts: Record<Status, number> = { A: 0, B: 0, C: 0, D: 0 };
    for (const p of PROJECTS) {
      const statuses = [...p.statuses[year]] as Status[];
      if (statuses.length > p.activities.length) throw new Error(`${p.code} ${year}: more statuses than activities`);
      statuses.forEach((status, i) => {
        if (!(status in counts)) throw new Error(`${p.code} ${year}: unknown status ${status}`);
        counts[status]++;
        const note = ACTIVITY_NOTES[`${p.code}/${year}/${i + 1}`] ?? null;
        rows.push([p.code, reiwa(year), p.activities[i], status, note]);
      });
    }
    const expected = TOWN_STATUS_COUNTS[year];
    if (JSON.stringify(counts) !== JSON.stringify(expected)) throw new Error(`${year}: counts ${JSON.stringify(counts)}, chose ${JSON.stringify(expected)}`);
  }
  for (const key of Object.keys(ACTIVITY_NOTES)) {
    const [code, year, n] = key.split('/');
    if (!projectOf(code).statuses[Number(year) as DataYear][Number(n) - 1]) throw new Error(`note ${key} has no activity`);
  }
  return rows;
}

/**
 * 16 targets. Due year = the last year of the range. Evaluated: FY2024 5
 * (達成 4, 未達成 1), FY2025 3 (達成 2, 一部達成 1), FY2026 3 (one of each, plus
 * one not evaluated yet); FY2027 and FY2028 two each, none evaluated yet.
 */
const TARGETS: [code: string, year: string, target: string, result: string | null, summary: string | null][] = [
  ['1-01', '令和6年度', '使用料・手数料の見直し方針を策定する', '達成', '令和6年9月に受益者負担の適正化方針を策定しました。'],
  ['1-03', '令和6年度', '町税の現年度分収納率を99.0％以上にする', '未達成', '収納率は98.7％で、目標に0.3ポイント届きませんでした。'],
  ['1-05', '令和6年度', '未利用町有地2件の売却を完了する', '達成', '旧職員住宅跡地ほか1件を一般競争入札で売却しました。'],
  ['3-04', '令和6年度', '庁議・部長会議をペーパーレス化する', '達成', null],
  ['4-05', '令和6年度', '町広報紙を全面リニューアルする', '達成', '令和6年10月号から新紙面で発行しています。'],
  ['2-03', '令和6～7年度', '旧東部公民館の解体工事を完了する', '達成', '令和7年12月に解体工事が完了しました。'],
  ['1-02', '令和7年度', 'ふるさと納税の寄附額を年間1億円以上にする', '一部達成', '寄附額は8,600万円で、件数の目標は達成しましたが金額は届きませんでした。'],
  ['3-02', '令和6～7年度', '町の全窓口でキャッシュレス決済を導入する', '達成', null],
  ['1-04', '令和6～8年度', '全補助金・負担金を検証し、見直し方針を決定する', '達成', '全87件を検証し、12件の廃止と20件の終期設定を決定しました。'],
  ['2-05', '令和8年度', '公共施設の照明のLED化率を80％以上にする', '一部達成', 'LED化率は72％で、小規模施設の改修が残りました。'],
  ['3-01', '令和6～8年度', 'オンラインで申請できる手続を100件以上にする', '未達成', 'オンライン化した手続は64件にとどまりました。'],
  ['4-02', '令和8年度', '全職員がDX研修を受講する', null, null],
  ['2-01', '令和6～9年度', '個別施設計画を改定する', null, null],
  ['4-01', '令和9年度', '職員数を定員適正化計画の目標値まで削減する', null, null],
  ['2-04', '令和6～10年度', '町営住宅を3団地から1団地に集約する', null, null],
  ['3-05', '令和7～10年度', '書かない窓口を全ての窓口手続に広げる', null, null],
];

export function buildTownTargets(): CellValue[][] {
  const rows: CellValue[][] = [['事業コード', '目標年度', '達成するべき事項', '達成状況', '概要']];
  for (const [code, year, target, result, summary] of TARGETS) {
    projectOf(code);
    rows.push([code, year, target, result, summary]);
  }
  return rows;
}

/** 効果額 in 百万円 per project: [kind, FY2024, FY2025, FY2026] (null = no row). Year totals 700 / 900 / 1,000. */
const EFFECTS: [code: string, kind: '歳出削減' | '歳入確保', amounts: (number | null)[]][] = [
  ['1-01', '歳入確保', [35, 40, 42]],
  ['1-02', '歳入確保', [180, 295, 330]],
  ['1-03', '歳入確保', [25, 30, 32]],
  ['1-04', '歳出削減', [60, 75, 80]],
  ['1-05', '歳入確保', [280, 90, 70]],
  ['2-02', '歳出削減', [null, 180, 230]],
  ['2-03', '歳出削減', [12.5, 18, null]],
  ['2-04', '歳出削減', [20, 25, 30]],
  ['2-05', '歳出削減', [8, 14.5, 21]],
  ['3-03', '歳出削減', [15, 22, 28]],
  ['3-04', '歳出削減', [6.5, 7.5, 8]],
  ['3-05', '歳出削減', [null, null, 10]],
  ['4-01', '歳出削減', [30, 75, 80]],
  ['4-04', '歳出削減', [28, 28, 39]],
];

export function buildTownEffects(): CellValue[][] {
  const rows: CellValue[][] = [['事業コード', '年度', '効果額（百万円）', '区分']];
  for (const year of DATA_YEARS) {
    for (const [code, kind, amounts] of EFFECTS) {
      projectOf(code);
      const amount = amounts[DATA_YEARS.indexOf(year)];
      if (amount !== null) rows.push([code, reiwa(year), amount, kind]);
    }
  }
  return rows;
}

/** Nets: FY2024 -5,000.00, FY2025 -8,000.00 (general account -7,387.70), FY2026 +244.55. */
const FLOOR_AREA: [year: number, facility: string, change: '廃止' | '増加', area: number, generalAccount: '○' | '×'][] = [
  [2024, '旧東部公民館', '廃止', 1850.4, '○'],
  [2024, '旧桜川保育所', '廃止', 1420.35, '○'],
  [2024, '町営住宅 北団地A棟', '廃止', 2105.25, '○'],
  [2024, '防災備蓄倉庫', '増加', 376, '○'],
  [2025, '旧東小学校', '廃止', 6240.8, '○'],
  [2025, '町営住宅 北団地B棟', '廃止', 2105.25, '○'],
  [2025, '旧浄化センター管理棟', '廃止', 612.3, '×'],
  [2025, '桜川小学校 増築校舎', '増加', 958.35, '○'],
  [2026, '旧西部児童館', '廃止', 480.6, '○'],
  [2026, '子育て支援センター', '増加', 725.15, '○'],
];

export function buildTownFloorArea(): CellValue[][] {
  return [
    ['年度', '施設名', '区分', '面積（㎡）', '一般会計'],
    ...FLOOR_AREA.map(([year, name, change, area, general]) => [reiwa(year), name, change, area, general]),
  ];
}

/** Headline goals; 目標値 on each goal's first row only. */
export function buildTownGoals(): CellValue[][] {
  return [
    ['項目', '目標値', '単位', '年度', '実績'],
    ['削減効果額', 2000, '百万円', '令和6年度', 700],
    ['削減効果額', null, '百万円', '令和7年度', 900],
    ['削減効果額', null, '百万円', '令和8年度', 1000],
    ['延床面積の縮減', 30000, '㎡', '令和6年度', 5000],
    ['延床面積の縮減', null, '㎡', '令和7年度', 8000],
    ['延床面積の縮減', null, '㎡', '令和8年度', null],
    ['職員数の削減', 20, '人', '令和6年度', 4],
    ['職員数の削減', null, '人', '令和7年度', 6],
  ];
}

export function buildTownDepartments(): CellValue[][] {
  const used = new Set(PROJECTS.flatMap((p) => p.departments));
  for (const name of used) if (!DEPARTMENTS.some(([d]) => d === name)) throw new Error(`no address for ${name}`);
  return [['課名', 'メール'], ...DEPARTMENTS.filter(([name]) => used.has(name))];
}

export const TOWN_NOTES: string[] = [
  'この例は架空の町「桜川町」の計画です。数値はすべて例示のために作ったもので、scripts/make-example で再生成します。手で編集しないでください。',
  'This example is a fictional town\u2019s plan; every figure is made up for illustration. It is generated by scripts/make-example; do not edit it by hand.',
  '令和9・10年度のデータはまだありません（集計では0件として表示されます）。',
  'FY2027 and FY2028 have no data yet; the summary shows them as zeros.',
  '区分シートで進捗状況を A～D、達成状況を 達成 / 一部達成 / 未達成 と定めています。効果額は百万円単位、端数処理は四捨五入です。',
  'The 区分 sheet declares the plan\u2019s own labels (A-D, 達成 / 一部達成 / 未達成); amounts are in 百万円; rates are rounded half up.',
  '期待される集計値は test/fixtures/sakuragawa-expected.json にあります。',
  'The figures a summary must show are in test/fixtures/sakuragawa-expected.json.',
];

/** Every sheet of the town example, in the order a reader meets them. */
export function buildTownSheets(): SheetInput[] {
  return [
    { name: '設定', rows: buildTownSettings() },
    { name: '区分', rows: buildTownCategories() },
    { name: '事業', rows: buildTownProjects() },
    { name: '取組活動', rows: buildTownActivities() },
    { name: '達成事項', rows: buildTownTargets() },
    { name: '効果額', rows: buildTownEffects() },
    { name: '施設面積', rows: buildTownFloorArea() },
    { name: '目標', rows: buildTownGoals() },
    { name: '部署', rows: buildTownDepartments() },
    { name: '注記', rows: [['注記 / Notes'], ...TOWN_NOTES.map((line) => [line])] },
  ];
}
