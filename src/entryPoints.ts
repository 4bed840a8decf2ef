/**
 * The one list of what Apps Script must see: every top-level function the
 * build generates, with the JSDoc Sheets shows for custom functions. The build
 * fails if src/entry.ts exports anything not listed here, or misses one.
 */
export interface EntryParam {
  name: string;
  type: string;
  description: string;
  optional?: boolean;
}

export interface EntryPoint {
  name: string;
  kind: 'trigger' | 'menu' | 'sidebar' | 'custom';
  description: string;
  params: EntryParam[];
  returns?: { type: string; description: string };
}

const range = (name: string, description: string): EntryParam => ({ name, type: 'any|any[][]', description });

/**
 * Sheets recalculates a custom function only when its arguments change
 * (https://developers.google.com/apps-script/guides/sheets/functions#arguments): one that reads the
 * 区分 sheet by itself keeps its old value after 区分 is edited. The help text says so, and the
 * plan's vocabulary can be passed in as the last argument so that the cell follows 区分.
 */
const REFRESH =
  "区分 sheet edits reach this cell only when its arguments change: give 区分's range as the last argument to follow them. 区分シートの変更は引数が変わったときだけ反映されます。最後の引数に区分シートの範囲を渡すと常に反映されます。";

const PLAN_FORMAT =
  'Without decimals and rounding it reads 設定 once, and follows a change of 設定 only when its arguments change. 桁数と端数処理を省くと設定シートの値を使います（設定の変更は引数が変わったときに反映されます）。';

/** The optional last argument: the plan's 区分 range, with an example. */
const categories = (example: string): EntryParam => ({
  name: 'categories',
  type: 'any[][]',
  description: `区分シートの範囲 (the plan's 区分 sheet with its header row, or its rows in the template's column order), e.g. ${example}`,
  optional: true,
});

export const ENTRY_POINTS: EntryPoint[] = [
  {
    name: 'onOpen',
    kind: 'trigger',
    description: 'Builds the add-on menu (may run in AuthMode.NONE).',
    params: [{ name: 'e', type: 'Object', description: 'open event' }],
  },
  {
    name: 'onInstall',
    kind: 'trigger',
    description: 'Runs onOpen when the add-on is installed.',
    params: [{ name: 'e', type: 'Object', description: 'install event' }],
  },
  {
    name: 'onEdit',
    kind: 'trigger',
    description: 'Normalises or annotates an edited status or result cell.',
    params: [{ name: 'e', type: 'Object', description: 'edit event' }],
  },
  { name: 'menuValidate', kind: 'menu', description: '入力チェック / Check entries.', params: [] },
  { name: 'menuRegenerate', kind: 'menu', description: '集計シートを作成・更新 / Build the summary sheets.', params: [] },
  { name: 'menuSetUpTemplate', kind: 'menu', description: 'テンプレートを作成 / Set up the template sheets.', params: [] },
  { name: 'menuFreezeBaseline', kind: 'menu', description: '基準日を固定 / Freeze a baseline.', params: [] },
  { name: 'showSidebar', kind: 'menu', description: 'サイドバーを開く / Open the sidebar.', params: [] },
  { name: 'showReportDialog', kind: 'menu', description: '報告書を作成 / Write the annual report (a dialog that downloads the .docx).', params: [] },
  { name: 'reportModel', kind: 'sidebar', description: 'The report model for the report dialog.', params: [] },
  { name: 'sidebarState', kind: 'sidebar', description: 'Labels and last build for the sidebar.', params: [] },
  { name: 'sidebarValidate', kind: 'sidebar', description: 'Checks every entry for the sidebar.', params: [] },
  {
    name: 'sidebarRegenerate',
    kind: 'sidebar',
    description: 'Builds the summary sheets for the sidebar (as of a baseline when one is given).',
    params: [{ name: 'asOfBaseline', type: 'string', description: 'a 基準日 (YYYY-MM-DD), or empty for the workbook now', optional: true }],
  },
  {
    name: 'sidebarSelectCell',
    kind: 'sidebar',
    description: 'Selects a problem cell.',
    params: [
      { name: 'sheetName', type: 'string', description: 'sheet name' },
      { name: 'cell', type: 'string', description: 'A1 reference' },
    ],
  },
  {
    name: 'sidebarProofread',
    kind: 'sidebar',
    description: 'Checks the figures of a pasted draft report.',
    params: [{ name: 'draft', type: 'string', description: 'the draft text' }],
  },
  {
    name: 'digestTrigger',
    kind: 'trigger',
    description: 'The monthly time-driven trigger: sends this month’s digest once.',
    params: [{ name: 'e', type: 'Object', description: 'time-driven event' }],
  },
  { name: 'digestState', kind: 'sidebar', description: 'Digest settings and the last run, for the sidebar.', params: [] },
  {
    name: 'digestSave',
    kind: 'sidebar',
    description: 'Saves the digest settings and installs, replaces or removes the trigger.',
    params: [{ name: 'input', type: 'Object', description: '{enabled, day, hour, recipients}' }],
  },
  {
    name: 'digestSendNow',
    kind: 'sidebar',
    description: '今すぐ送信: sends this month’s digest now (again only if forced).',
    params: [{ name: 'force', type: 'boolean', description: 'send even if already sent this month' }],
  },
  { name: 'menuRoundOpen', kind: 'menu', description: '照会を開始 / Open the annual round (year, deadline).', params: [] },
  { name: 'menuRoundStatus', kind: 'menu', description: '照会の状況 / The round’s completion by department.', params: [] },
  {
    name: 'menuRoundClose',
    kind: 'menu',
    description: '照会を締め切る / Close the round: protections removed, baseline frozen, 照会結果 written.',
    params: [],
  },
  { name: 'roundState', kind: 'sidebar', description: 'The round and each department’s completion, for the sidebar’s 照会 tab.', params: [] },
  {
    name: 'roundOpen',
    kind: 'sidebar',
    description: 'Opens the round for a fiscal year with a deadline.',
    params: [
      { name: 'year', type: 'string', description: 'the fiscal year (2024, 令和6年度)' },
      { name: 'due', type: 'string', description: 'the deadline, YYYY-MM-DD' },
    ],
  },
  { name: 'roundClose', kind: 'sidebar', description: 'Closes the round.', params: [] },
  {
    name: 'roundTrigger',
    kind: 'trigger',
    description: 'The round’s daily time-driven trigger: sends each reminder once.',
    params: [{ name: 'e', type: 'Object', description: 'time-driven event' }],
  },
  {
    name: 'SHINCHOKU_PROGRESS_RATE',
    kind: 'custom',
    description: `進捗率: (済 + 概ね順調) / 取組活動数, rounded as the 集計 sheet (設定's 小数桁数 and 端数処理; without them 切り捨て to 1 decimal); returns e.g. 0.914 for 91.4% (format the cell as %). ${REFRESH} ${PLAN_FORMAT}`,
    params: [
      range('statuses', '進捗状況のセル範囲 (済 / 概ね順調 / 遅れ / 未着手 / 休止); blanks are ignored'),
      { name: 'decimals', type: 'number', description: "小数桁数 of the percentage (0-4; default: 設定's 小数桁数, else 1)", optional: true },
      { name: 'rounding', type: 'string', description: '"切り捨て" or "四捨五入" (default: 設定\'s 端数処理, else 切り捨て)', optional: true },
      categories('=SHINCHOKU_PROGRESS_RATE(D2:D50, 1, "切り捨て", 区分!A:E)'),
    ],
    returns: { type: 'number', description: 'the rate, e.g. 0.914 for 91.4%' },
  },
  {
    name: 'SHINCHOKU_STATUS_COUNTS',
    kind: 'custom',
    description: `進捗状況別の件数: returns two rows, the labels (済 概ね順調 遅れ 未着手 休止 計) and their counts. ${REFRESH}`,
    params: [range('statuses', '進捗状況のセル範囲; blanks are ignored'), categories('=SHINCHOKU_STATUS_COUNTS(D2:D50, 区分!A:E)')],
    returns: { type: 'any[][]', description: 'a 2 x 6 table' },
  },
  {
    name: 'SHINCHOKU_ACHIEVEMENT_RATIO',
    kind: 'custom',
    description: `達成の割合: returns the share of 達成 (or of the given result) among the results divided by, e.g. 0.916 for 91.6%, rounded as the 集計 sheet (設定's 小数桁数 and 端数処理; without them 切り捨て to 1 decimal); blank and － are not evaluated, and labels meaning 未確定 are never in the denominator. ${REFRESH} ${PLAN_FORMAT} Sheets shows every parameter as required: status, categories, denominator, decimals and rounding may each be left out or given as "" (e.g. =SHINCHOKU_ACHIEVEMENT_RATIO(F2:F63, "", "", "全事項")).`,
    params: [
      range('results', '達成状況のセル範囲'),
      { name: 'status', type: 'string', description: '"達成" (default), "一部未達成" or "未達成"', optional: true },
      categories('=SHINCHOKU_ACHIEVEMENT_RATIO(F2:F50, "達成", 区分!A:E)'),
      {
        name: 'denominator',
        type: 'string',
        description:
          '達成率の分母: "評価済み" (default: the evaluated results) or "全事項" (every cell of the range is one target, a blank counted as 未評価: give exactly the targets\' rows, e.g. F2:F63)',
        optional: true,
      },
      { name: 'decimals', type: 'number', description: "小数桁数 of the percentage (0-4; default: 設定's 小数桁数, else 1)", optional: true },
      { name: 'rounding', type: 'string', description: '"切り捨て" or "四捨五入" (default: 設定\'s 端数処理, else 切り捨て)', optional: true },
    ],
    returns: { type: 'number', description: 'the share, e.g. 0.916 for 91.6%' },
  },
  {
    name: 'SHINCHOKU_FISCAL_YEAR',
    kind: 'custom',
    description: '年度を西暦に: returns 2020 for 令和2年度, R2, FY2020 or a date in FY2020 (April start).',
    params: [range('value', 'a fiscal year or a date, or a range of them')],
    returns: { type: 'number', description: 'the fiscal year, e.g. 2020' },
  },
  {
    name: 'SHINCHOKU_WAREKI',
    kind: 'custom',
    description: '西暦を和暦の年度に: returns 令和2年度 for 2020, 令和元年度 for 2019; style "short" gives R2.',
    params: [
      range('year', 'a year (2020) or any fiscal-year text'),
      { name: 'style', type: 'string', description: '"long" (default), "short", "western" or "fy"', optional: true },
    ],
    returns: { type: 'string', description: 'e.g. 令和2年度' },
  },
  {
    name: 'SHINCHOKU_JUDGE',
    kind: 'custom',
    description: `指標の判定: returns 達成 when every actual meets its goal, 未達成 when none does, 一部未達成 otherwise, － when nothing is judged; blank actuals are not judged. ${REFRESH}`,
    params: [
      range('goals', '目標値のセル範囲'),
      range('actuals', '実績値のセル範囲 (same size)'),
      { name: 'direction', type: 'string', description: '"以上" (default), "以下", "以内", "超", "未満" or "等しい"', optional: true },
      categories('=SHINCHOKU_JUDGE(C2:C5, D2:D5, "以上", 区分!A:E)'),
    ],
    returns: { type: 'string', description: '達成, 一部未達成, 未達成, or － when nothing is judged' },
  },
  {
    name: 'SHINCHOKU_CHECK_STATUS',
    kind: 'custom',
    description: `進捗状況の確認: returns the normalised label (おおむね順調 → 概ね順調), or what is wrong and the allowed values. ${REFRESH}`,
    params: [range('value', 'a status cell or range'), categories('=SHINCHOKU_CHECK_STATUS(D2, 区分!A:E)')],
    returns: { type: 'string', description: 'the label or the problem text' },
  },
];
