/**
 * The one catalogue of everything a person reads, in Japanese and English:
 * problem messages and the labels of the generated tables.
 */
import { type AddressProblem, addressReason } from '../base/email';
import type { Lang } from '../base/lang';
import type { ResultCode, StatusCode } from '../contract/vocabulary';

export type { Lang } from '../base/lang';

export type MessageParams = Record<string, string | number | undefined>;

type Entry = { ja: (p: MessageParams) => string; en: (p: MessageParams) => string };

const q = (value: string | number | undefined) => `「${value ?? ''}」`;
const dq = (value: string | number | undefined) => `"${value ?? ''}"`;

/** What 設定 lacks of the plan years (planYearsDerived, planYearsUnknown), as each language names it. */
const MISSING_YEARS: Record<string, { ja: string; en: string; derivedJa: (p: MessageParams) => string; derivedEn: string }> = {
  start: { ja: '計画開始年度', en: 'start', derivedJa: (p) => `計画開始年度を${p.start}とし、`, derivedEn: 'the start was' },
  end: { ja: '計画終了年度', en: 'end', derivedJa: (p) => `計画終了年度を${p.end}とし、`, derivedEn: 'the end was' },
  both: { ja: '計画開始年度・計画終了年度', en: 'start and end', derivedJa: () => '', derivedEn: 'both were' },
};
const missingYears = (p: MessageParams) => MISSING_YEARS[String(p.missing)] ?? MISSING_YEARS.both;

export const MESSAGES = {
  sheetMissing: {
    ja: (p) => `必須のシート${q(p.sheet)}がありません（英語名 ${p.alias} でも可）。テンプレートから作成してください。`,
    en: (p) => `Required sheet ${dq(p.alias)} (${p.sheet}) is missing. Create it from the template.`,
  },
  planYearsDerived: {
    ja: (p) =>
      `設定に${missingYears(p).ja}がないため、取組活動の年度から${missingYears(p).derivedJa(p)}計画期間を${p.start}～${p.end}としました${Number(p.stray) > 0 ? `（${p.window}年を超えるため、離れた年度の${p.stray}年分は計画期間外として集計していません）` : ''}。設定シートに計画期間を入力してください。`,
    en: (p) =>
      `Settings give no plan ${missingYears(p).en}, so ${missingYears(p).derivedEn} taken from the activities' years: the plan is ${p.startEn}-${p.endEn}${Number(p.stray) > 0 ? ` (longer than ${p.window} years: ${p.stray} outlying years are left out as outside the plan)` : ''}. Enter the plan years in Settings.`,
  },
  percentMixed: {
    ja: (p) =>
      `${q(p.value)}は小数の割合（1.5以下、例: 0.93）ですが、同じ行のもう一方は百分率です。${p.read}（%）として判定しました。どちらかにそろえてください。`,
    en: (p) =>
      `${dq(p.value)} is a decimal fraction (1.5 or less, e.g. 0.93) while the other value of this row is a percentage; it was judged as ${p.read} (%). Write both the same way.`,
  },
  mergedFilled: {
    ja: (p) => `セル ${p.range} は結合されています。結合セルの値${q(p.value)}を各行に使いました。`,
    en: (p) => `Cells ${p.range} are merged; the merged value ${dq(p.value)} is used for every row.`,
  },
  settingsMissing: {
    ja: () => `シート「設定」がないため、既定の設定（計画期間はデータの年度、切り捨て・小数1桁、千円、平塚市の6つの視点）で集計します。`,
    en: () =>
      `There is no "Settings" (設定) sheet, so the defaults are used: the data's years, truncation to 1 decimal, thousand yen, the six default perspectives.`,
  },
  sheetOptionalMissing: {
    ja: (p) => `シート${q(p.sheet)}がないため、その集計表は空になります。`,
    en: (p) => `Sheet ${dq(p.alias)} (${p.sheet}) is absent, so its tables are left empty.`,
  },
  sheetDuplicate: {
    ja: (p) => `シート${q(p.sheet)}と${q(p.other)}は同じシートとして読めます。先の${q(p.sheet)}を使います。`,
    en: (p) => `Sheets ${dq(p.sheet)} and ${dq(p.other)} both match; the first, ${dq(p.sheet)}, is used.`,
  },
  columnMissing: {
    ja: (p) => `シート${q(p.sheet)}の1行目に必須の列${q(p.column)}（英語名 ${p.alias}）がありません。`,
    en: (p) => `Row 1 of sheet ${dq(p.sheet)} has no required column ${dq(p.alias)} (${p.column}).`,
  },
  columnDuplicate: {
    ja: (p) => `列${q(p.column)}が2回あります（${p.first} と ${p.cell}）。${p.first} の列を使います。`,
    en: (p) => `Column ${dq(p.column)} appears twice (${p.first} and ${p.cell}); the one in ${p.first} is used.`,
  },
  required: {
    ja: (p) => `${q(p.column)}が空です。値を入力してください。`,
    en: (p) => `${dq(p.columnEn)} is empty; enter a value.`,
  },
  categoriesRangeUnread: {
    ja: () => '区分の範囲から進捗状況・達成状況の区分を1つも読めませんでした。区分シートの範囲（例: 区分!A:E）を渡してください。',
    en: () => 'No progress or result label could be read from the 区分 range: pass the range of the 区分 sheet (e.g. 区分!A:E).',
  },
  formulaError: {
    ja: (p) => `数式のエラー値 ${p.value} です。元の数式を直してください。`,
    en: (p) => `Formula error ${p.value}; fix the formula that produces it.`,
  },
  yearInvalid: {
    ja: (p) => `${q(p.value)}は年度として読めません。例: 令和2年度、R2、2020、FY2020、年度内の日付。`,
    en: (p) => `${dq(p.value)} is not a fiscal year. Examples: 令和2年度, R2, 2020, FY2020, or a date in the year.`,
  },
  yearRangeInvalid: {
    ja: (p) => `${q(p.value)}は年度または年度の範囲として読めません。例: 令和5年度、令和2～5年度、H28～R5、2020-2023。`,
    en: (p) => `${dq(p.value)} is not a fiscal year or range. Examples: 令和5年度, 令和2～5年度, H28～R5, 2020-2023.`,
  },
  yearOutsidePlan: {
    ja: (p) => `${p.year}は計画期間（${p.start}～${p.end}）の外なので集計に含めません。`,
    en: (p) => `${p.yearEn} is outside the plan (${p.startEn}-${p.endEn}) and is left out of the tables.`,
  },
  statusUnknown: {
    ja: (p) => `進捗状況${q(p.value)}は使えません。使える値: ${p.allowed}。`,
    en: (p) => `Progress status ${dq(p.value)} is not allowed. Allowed: ${p.allowedEn}.`,
  },
  statusVariant: {
    ja: (p) => `${q(p.value)}を進捗状況${q(p.label)}として読みました。${q(p.label)}と入力してください。`,
    en: (p) => `${dq(p.value)} was read as the status ${dq(p.label)}; please type ${dq(p.label)}.`,
  },
  resultUnknown: {
    ja: (p) => `達成状況${q(p.value)}は使えません。使える値: ${p.allowed}（未評価は空欄か －）。`,
    en: (p) => `Achievement result ${dq(p.value)} is not allowed. Allowed: ${p.allowedEn} (blank or － if not evaluated yet).`,
  },
  wordVariant: {
    ja: (p) => `${q(p.value)}を${p.column}${q(p.label)}として読みました。${q(p.label)}と入力してください。`,
    en: (p) => `${dq(p.value)} was read as ${p.columnEn} ${dq(p.label)}; please type ${dq(p.label)}.`,
  },
  resultVariant: {
    ja: (p) => `${q(p.value)}を達成状況${q(p.label)}として読みました。${q(p.label)}と入力してください。`,
    en: (p) => `${dq(p.value)} was read as the result ${dq(p.label)}; please type ${dq(p.label)}.`,
  },
  resultTooEarly: {
    ja: (p) => `目標年度 ${p.year} はまだ始まっていません（基準日 ${p.asOf}）が、達成状況${q(p.value)}が入力されています。`,
    en: (p) => `The target year ${p.yearEn} has not begun yet (as of ${p.asOf}), but a result ${dq(p.value)} is entered.`,
  },
  numberInvalid: {
    ja: (p) => `${q(p.value)}は数値として読めません。例: 1,234、１２３４、－（0）。`,
    en: (p) => `${dq(p.value)} is not a number. Examples: 1,234, １２３４, － (zero).`,
  },
  numberTooLarge: {
    ja: (p) =>
      `${p.column ? `${p.column}の値` : '値'}${q(p.value)}は大きすぎて正確に集計できません（扱える大きさは絶対値${p.limit}まで）。${p.formula ? '' : 'この値は集計から除きました。'}単位と桁を確かめてください。`,
    en: (p) =>
      `${p.columnEn ? `${p.columnEn} ` : 'Value '}${dq(p.value)} is too large to be summed exactly (the limit is ${p.limit} either way)${p.formula ? '' : '; it was left out of every sum'}. Check its unit and digits.`,
  },
  sumTooLarge: {
    ja: (p) =>
      `${q(p.value)}を加えると${p.total}の合計が正確に集計できる大きさ（${Number(p.decimals) > 0 ? `小数${p.decimals}桁で` : ''}絶対値${p.limit}まで）を超えるため、この値は集計から除きました。桁を確かめてください。`,
    en: (p) =>
      `Adding ${dq(p.value)} would take the total of ${p.totalEn} beyond what can be summed exactly (${p.limit} either way${Number(p.decimals) > 0 ? `, at ${p.decimals} decimal places` : ''}); it was left out of every sum. Check its digits.`,
  },
  figureNotComputable: {
    ja: (p) => `集計値 ${p.figure} が数値として計算できませんでした。「計算不能」と表示します。${q(p.sheet)}シートの値を確かめてください。`,
    en: (p) => `The figure ${p.figure} could not be computed as a number; it is shown as "not computable". Check the values on sheet ${dq(p.sheet)}.`,
  },
  numberNegative: {
    ja: (p) => `${q(p.value)}は負の値です。${p.column}には0以上の値を入力してください。`,
    en: (p) => `${dq(p.value)} is negative; ${p.columnEn} must be zero or more.`,
  },
  areaNotPositive: {
    ja: (p) => `面積${q(p.value)}は0より大きい値にしてください（廃止・増加は「区分」で表します）。`,
    en: (p) => `Area ${dq(p.value)} must be greater than zero (abolished or added is given by "Change").`,
  },
  codeUnknown: {
    ja: (p) => `事業コード${q(p.value)}は「事業」シートにありません。${p.suggestion ? `${q(p.suggestion)}ではありませんか。` : ''}`,
    en: (p) => `Project code ${dq(p.value)} is not on the Projects sheet.${p.suggestion ? ` Did you mean ${dq(p.suggestion)}?` : ''}`,
  },
  codeDuplicate: {
    ja: (p) => `事業コード${q(p.value)}が重複しています（最初は ${p.first}）。最初の行を使います。`,
    en: (p) => `Project code ${dq(p.value)} is used twice (first in ${p.first}); the first row is used.`,
  },
  codeNormalized: {
    ja: (p) => `事業コード${q(p.value)}に全角文字・空白・見えない文字が含まれています。${q(p.normalized)}として読みました。`,
    en: (p) => `Project code ${dq(p.value)} contains full-width, space or invisible characters; read as ${dq(p.normalized)}.`,
  },
  perspectiveUnknown: {
    ja: (p) => `取組の視点${q(p.value)}がわかりません。1～${p.count}の番号か、視点の名前（${p.names}）を入力してください。`,
    en: (p) => `Perspective ${dq(p.value)} is unknown; enter a number 1-${p.count} or a perspective name (${p.namesEn}).`,
  },
  reportSectionUnknown: {
    ja: (p) => `見出し${q(p.value)}は使えません。使える値: ${p.allowed}。`,
    en: (p) => `Section ${dq(p.value)} is not allowed. Allowed: ${p.allowedEn}.`,
  },
  reportPerspectiveMissing: {
    ja: (p) =>
      p.noColumn
        ? `見出し${q(p.section)}の行には、どの取組の視点の文章かが要ります。「視点」の列を加えて、番号か名前で入力してください。`
        : `見出し${q(p.section)}の行には、どの取組の視点の文章かを「視点」の列に番号か名前で入力してください。`,
    en: (p) =>
      p.noColumn
        ? `A row headed ${dq(p.sectionEn)} needs its perspective: add a Perspective (視点) column and enter a number or name there.`
        : `A row headed ${dq(p.sectionEn)} needs its perspective (number or name) in the Perspective column.`,
  },
  endKindUnknown: {
    ja: (p) => `終了区分${q(p.value)}は使えません。使える値: ${p.allowed}。`,
    en: (p) => `End kind ${dq(p.value)} is not allowed. Allowed: ${p.allowedEn}.`,
  },
  changeUnknown: {
    ja: (p) => `区分${q(p.value)}は使えません。使える値: ${p.allowed}。`,
    en: (p) => `Change ${dq(p.value)} is not allowed. Allowed: ${p.allowedEn}.`,
  },
  effectKindUnknown: {
    ja: (p) => `区分${q(p.value)}は使えません。使える値: ${p.allowed}。`,
    en: (p) => `Kind ${dq(p.value)} is not allowed. Allowed: ${p.allowedEn}.`,
  },
  booleanInvalid: {
    ja: (p) => `一般会計${q(p.value)}が読めません。使える値: TRUE / FALSE、${p.allowed}、はい / いいえ（空欄はTRUE）。`,
    en: (p) => `General account ${dq(p.value)} is unclear. Allowed: TRUE / FALSE, ${p.allowedEn}, yes / no (blank = TRUE).`,
  },
  settingUnknown: {
    ja: (p) => `設定項目${q(p.value)}は使われません。使える項目: ${p.allowed}。`,
    en: (p) => `Setting ${dq(p.value)} is not used. Known settings: ${p.allowedEn}.`,
  },
  settingInvalid: {
    ja: (p) => `設定${q(p.key)}の値${q(p.value)}が使えません。${p.allowed}`,
    en: (p) => `Setting ${dq(p.keyEn)} has an unusable value ${dq(p.value)}. ${p.allowedEn}`,
  },
  planRangeInvalid: {
    ja: (p) => `計画開始年度（${p.start}）が計画終了年度（${p.end}）より後になっています。`,
    en: (p) => `The plan start (${p.startEn}) is after the plan end (${p.endEn}).`,
  },
  textTooLong: {
    ja: (p) => `${p.length}文字あります。Googleスプレッドシートの1セルの上限（50,000文字）を超えています。`,
    en: (p) => `The cell holds ${p.length} characters, more than a Google Sheets cell allows (50,000).`,
  },
  valueIsDate: {
    ja: (p) => `日付（${p.value}）が入っています。${q(p.column)}には文字を入力してください。`,
    en: (p) => `A date (${p.value}) was found; ${dq(p.columnEn)} needs text.`,
  },
  emailInvalid: {
    ja: (p) => `メールアドレス${q(p.value)}は使えません: ${addressReason(p.problem as AddressProblem, 'ja')}。`,
    en: (p) => `E-mail address ${dq(p.value)} is refused: ${addressReason(p.problem as AddressProblem, 'en')}.`,
  },
  indicatorTargetUnknown: {
    ja: (p) =>
      `達成するべき事項${q(p.value)}が「達成事項」シートの事業${q(p.code)}の行にありません。事項の文をそのまま入れるか、行番号（例: #12）を入れてください。`,
    en: (p) => `Target ${dq(p.value)} is not a row of project ${dq(p.code)} on the Targets sheet. Copy the target's text, or give its row number (e.g. #12).`,
  },
  suggestion: {
    ja: (p) => `${q(p.value)}ではありませんか。`,
    en: (p) => `Did you mean ${dq(p.value)}?`,
  },
  styleUnknown: {
    ja: (p) => `書式${q(p.value)}は使えません。使える値: long / short / western / fy（空欄は long）。`,
    en: (p) => `Style ${dq(p.value)} is not allowed. Allowed: long / short / western / fy; blank means long.`,
  },
  rangeSizesDiffer: {
    ja: (p) => `目標値（${p.goals}個）と実績値（${p.actuals}個）の数が合いません。同じ大きさの範囲を指定してください。`,
    en: (p) => `There are ${p.goals} goals but ${p.actuals} actuals; give two ranges of the same size.`,
  },
  ruleUnknown: {
    ja: (p) => `判定${q(p.value)}は使えません。使える値: 以上 / 以下 / 以内 / 超 / 未満 / 等しい（空欄は以上）。`,
    en: (p) => `Rule ${dq(p.value)} is not allowed. Allowed: 以上 (>=) / 以下 (<=) / 以内 (<=) / 超 (>) / 未満 (<) / 等しい (=); blank means >=.`,
  },
  indicatorDisagrees: {
    ja: (p) => `入力された達成状況${q(p.typed)}は、指標から判定した${q(p.computed)}（${p.judged}件中${p.met}件が目標を満たす）と異なります。`,
    en: (p) => `The result typed, ${dq(p.typedEn)}, differs from ${dq(p.computedEn)} judged from the indicators (${p.met} of ${p.judged} measurements met).`,
  },
  categoryKindUnknown: {
    ja: (p) => `種類${q(p.value)}は使えません。使える値: 進捗状況 / 達成状況。この行は使いません。`,
    en: (p) => `Kind ${dq(p.value)} is not allowed. Allowed: 進捗状況 (progress) / 達成状況 (result). The row is left out.`,
  },
  categoryLabelDuplicate: {
    ja: (p) => `区分${q(p.value)}は${p.kind}に2回あります（最初は ${p.first}）。この行は使いません。`,
    en: (p) => `Label ${dq(p.value)} appears twice in ${p.kindEn} (first in ${p.first}); this row is left out.`,
  },
  categoryMeaningUnknown: {
    ja: (p) => `意味${q(p.value)}は標準の意味ではありません。使える値: ${p.allowed}。この行は使いません。`,
    en: (p) => `Meaning ${dq(p.value)} is not a standard meaning. Allowed: ${p.allowedEn}. The row is left out.`,
  },
  categoryInRateInvalid: {
    ja: (p) => `進捗率に含める${q(p.value)}が読めません。使える値: ○ / ×（TRUE / FALSE、はい / いいえ）。この行は使いません。`,
    en: (p) => `In rate ${dq(p.value)} is unclear. Allowed: ○ / × (TRUE / FALSE, yes / no). The row is left out.`,
  },
  categoryVariantDuplicate: {
    ja: (p) => `別名${q(p.value)}は${p.kind}の区分${q(p.other)}の区分名か別名でもあります。この別名は使いません。`,
    en: (p) => `Variant ${dq(p.value)} is also the label or a variant of ${dq(p.other)} in ${p.kindEn}; this variant is ignored.`,
  },
  categoryInRateIgnored: {
    ja: () => `進捗率に含めるは進捗状況の区分だけに使います。達成状況の行では無視します。`,
    en: () => `"In rate" applies to progress labels only; it is ignored on a result row.`,
  },
  amountUnitMismatch: {
    ja: (p) =>
      `見出し${q(p.value)}の単位は${p.found}ですが、設定の金額単位は${p.unit}です。見出しを「効果額（${p.unit}）」にするか、設定の金額単位を直してください。この列の金額は集計しません。`,
    en: (p) =>
      `Header ${dq(p.value)} names ${p.found}, but the money unit in Settings is ${p.unit}. Rename it "効果額（${p.unit}）" or fix the setting; its amounts are left out.`,
  },
  goalTargetConflict: {
    ja: (p) => `目標${q(p.goal)}の目標値が2つあります（${p.first} と ${p.value}）。1つにしてください。この目標は集計しません。`,
    en: (p) => `Goal ${dq(p.goal)} has two target values (${p.first} and ${p.value}); keep one. The goal is left out.`,
  },
  goalTargetMissing: {
    ja: (p) => `目標${q(p.goal)}に目標値がありません。いずれかの行に目標値を入力してください。`,
    en: (p) => `Goal ${dq(p.goal)} has no target value; enter it on one of its rows.`,
  },
  goalYearDuplicate: {
    ja: (p) => `目標${q(p.goal)}の${p.year}の実績が2回あります（最初は ${p.first}）。最初の行を使います。`,
    en: (p) => `Goal ${dq(p.goal)} has two actuals for ${p.yearEn} (first in ${p.first}); the first row is used.`,
  },
  planYearsUnknown: {
    ja: (p) =>
      `設定に${missingYears(p).ja}がなく、取組活動の年度（${p.first}～${p.last}）は${p.given}から${p.window}年の範囲にないため、計画期間を決められません。設定シートに計画期間を入力してください。`,
    en: (p) =>
      `Settings give no plan ${missingYears(p).en}, and the activities' years (${p.firstEn}-${p.lastEn}) are not within ${p.window} years of ${p.givenEn}, so the plan years cannot be determined. Enter them in Settings.`,
  },
  noActivities: {
    ja: () => `取組活動が1件もないため、計画期間を決められません。`,
    en: () => `There are no activities, so the plan years cannot be determined.`,
  },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;

export function message(key: MessageKey, lang: Lang, params: MessageParams = {}): string {
  return MESSAGES[key][lang](params);
}

/** Labels of the generated tables, menus and terminal output. */
export const LABELS = {
  summaryTitle: { ja: '集計', en: 'Summary' },
  problemsTitle: { ja: '入力チェック結果', en: 'Validation results' },
  builtAt: { ja: '作成日時', en: 'Built at' },
  errorsRemain: {
    ja: 'エラーが残っています（エラー {e} 件、警告 {w} 件）。エラーのある行は集計に含めていません',
    en: 'Errors remain (errors: {e}, warnings: {w}); rows with errors are left out of the tables',
  },
  noErrors: { ja: 'エラーはありません', en: 'No errors' },
  progressTitle: { ja: '【進捗状況】', en: 'Progress' },
  progressRateTitle: { ja: '【進捗率】', en: 'Progress rate' },
  achievementTitle: { ja: '【達成状況】', en: 'Achievement' },
  shortfallTitle: { ja: '【{labels}の事項】', en: 'Targets {labels}' },
  effectsTitle: { ja: '【財政健全化効果額一覧】', en: 'Fiscal effect' },
  perspectiveTitle: { ja: '【取組結果】', en: 'Results by perspective' },
  floorAreaTitle: { ja: '【公共施設の総延床面積推移】', en: 'Public facility floor area' },
  projectListTitle: { ja: '【取組事業一覧】', en: 'Projects' },
  year: { ja: '取組年度', en: 'Fiscal year' },
  fiscalYear: { ja: '年度', en: 'Fiscal year' },
  projects: { ja: '事業数', en: 'Projects' },
  activities: { ja: '取組活動数', en: 'Activities' },
  progressRate: { ja: '進捗率', en: 'Progress rate' },
  progressing: { ja: '{labels}', en: '{labels}' },
  inRateNone: { ja: '進捗率に含める区分', en: 'labels counted in the rate' },
  attentionNone: { ja: '遅れ・未着手', en: 'delayed or not started' },
  targetsTotal: { ja: '達成するべき事項の合計数', en: 'Targets evaluated' },
  count: { ja: '件数', en: '(count)' },
  share: { ja: '割合', en: 'Share' },
  excludedNote: {
    ja: '※計画終了年度より後を目標年度とした達成するべき事項を除く（{n}件）',
    en: '* Targets whose target year is after the plan end are excluded ({n})',
  },
  notEvaluatedNote: { ja: '※達成状況が未入力の事項（{n}件）は含まない', en: '* Targets without a result are not counted ({n})' },
  kind: { ja: '区分', en: 'Kind' },
  code: { ja: '事業コード', en: 'Code' },
  projectName: { ja: '事業名', en: 'Project' },
  targetYear: { ja: '目標年度', en: 'Target year' },
  target: { ja: '達成するべき事項', en: 'Target' },
  summaryColumn: { ja: '概要', en: 'Summary' },
  amount: { ja: '財政健全化効果額（{unit}）', en: 'Fiscal effect ({unitEn})' },
  total: { ja: '合計', en: 'Total' },
  sum: { ja: '計', en: 'Total' },
  projectsActive: { ja: '取組事業数', en: 'Projects' },
  added: { ja: '(追加事業数)', en: '(added)' },
  ended: { ja: '(終了事業数)', en: '(ended)' },
  effect: { ja: '財政健全化効果額（{unit}）', en: 'Fiscal effect ({unitEn})' },
  labelShare: { ja: '{label}（割合）', en: '{label} (share)' },
  achievementByYearTitle: { ja: '【目標年度別の達成状況】', en: 'Achievement by target year' },
  dueYear: { ja: '目標年度', en: 'Due year' },
  evaluated: { ja: '評価数', en: 'Evaluated' },
  goalsTitle: { ja: '【目標の進捗】', en: 'Goals' },
  goal: { ja: '項目', en: 'Goal' },
  targetValue: { ja: '目標値', en: 'Target' },
  unit: { ja: '単位', en: 'Unit' },
  cumulative: { ja: '累計', en: 'Cumulative' },
  goalRate: { ja: '進捗率', en: 'Progress' },
  notReported: { ja: '未報告', en: 'not reported' },
  abolished: { ja: '廃止面積（㎡）', en: 'Abolished (m2)' },
  addedArea: { ja: '増加面積（㎡）', en: 'Added (m2)' },
  netArea: { ja: '取組状況', en: 'Net change' },
  reduced: { ja: '{x} ㎡の縮減', en: '{x} m2 reduced' },
  increased: { ja: '{x} ㎡の増加', en: '{x} m2 increased' },
  unchanged: { ja: '増減なし', en: 'no change' },
  planPeriodWord: { ja: '計画期間', en: 'Plan' },
  planNet: { ja: '{range}の取組状況：{net}（一般会計の施設 {ga}）', en: '{range} net change: {net} (general-account facilities {ga})' },
  perspective: { ja: '取組の視点', en: 'Perspective' },
  period: { ja: '計画期間', en: 'Period' },
  departments: { ja: '取組推進課', en: 'Departments' },
  severity: { ja: '重要度', en: 'Severity' },
  sheet: { ja: 'シート', en: 'Sheet' },
  cell: { ja: 'セル', en: 'Cell' },
  value: { ja: '入力値', en: 'Value' },
  message: { ja: '内容', en: 'Message' },
  suggestion: { ja: '候補', en: 'Suggestion' },
  error: { ja: 'エラー', en: 'error' },
  warning: { ja: '警告', en: 'warning' },
  info: { ja: 'お知らせ', en: 'note' },
  problemCount: { ja: 'エラー {e} 件、警告 {w} 件', en: 'errors: {e}, warnings: {w}' },
  none: { ja: '－', en: '-' },
  notComputable: { ja: '計算不能', en: 'not computable' },
  menuValidate: { ja: '入力チェック', en: 'Check entries' },
  menuRegenerate: { ja: '集計シートを作成・更新', en: 'Build or update the summary sheets' },
  menuSidebar: { ja: 'サイドバーを開く', en: 'Open the sidebar' },
  menuTemplate: { ja: 'テンプレートを作成', en: 'Set up the template sheets' },
  sidebarTitle: { ja: '進捗 Shinchoku', en: 'Shinchoku' },
  validateButton: { ja: '入力チェック', en: 'Check entries' },
  regenerateButton: { ja: '集計シートを作成・更新', en: 'Build summary sheets' },
  busy: { ja: '処理中…', en: 'Working…' },
  lastBuilt: { ja: '集計の最終作成', en: 'Summary last built' },
  never: { ja: 'まだ作成していません', en: 'not built yet' },
  problemsHeading: { ja: '入力チェックの結果', en: 'Problems found' },
  clickToSelect: { ja: 'クリックするとセルを選択します', en: 'Click to select the cell' },
  serverError: { ja: '処理に失敗しました', en: 'Something went wrong' },
  validated: { ja: 'チェックしました: エラー {e} 件、警告 {w} 件', en: 'Checked: errors: {e}, warnings: {w}' },
  regenerated: { ja: '集計シート「{sheet}」を更新しました（{time}）', en: 'Summary sheet "{sheet}" updated ({time})' },
  regeneratedWithErrors: {
    ja: '集計シート「{sheet}」を更新しました。エラーが {e} 件残っています',
    en: 'Summary sheet "{sheet}" updated; errors remaining: {e}',
  },
  renamedBecauseUserSheet: {
    ja: 'シート「{wanted}」はご自身のシートのため上書きせず、「{sheet}」に作成しました',
    en: 'Sheet "{wanted}" is yours, so it was kept; the summary went to "{sheet}"',
  },
  sheetsApiMissing: {
    ja: 'Google Sheets API（拡張サービス）が使えません。アドオンの Cloud プロジェクトで Google Sheets API を有効にしてください（README「インストール」参照）',
    en: 'The Google Sheets API (advanced service) is not available: enable the Google Sheets API in the add-on’s Cloud project (see the README, Install)',
  },
  sheetsApiDisabled: {
    ja: 'Google Sheets API がアドオンの Cloud プロジェクトで有効になっていません。アドオンの管理者に Google Cloud コンソールで Google Sheets API を有効にするよう依頼し、数分待ってからもう一度実行してください',
    en: 'The Google Sheets API is not enabled in the add-on’s Cloud project: ask whoever manages the add-on to enable the Google Sheets API in the Google Cloud console, wait a few minutes and run it again',
  },
  sheetsApiPermission: {
    ja: 'このスプレッドシートを編集する権限のないアカウントで実行されました。編集権限のあるアカウントで開き直してください。複数の Google アカウントにログインしているときは、他のアカウントからログアウトしてください',
    en: 'This ran as an account that may not edit this spreadsheet: reopen it with an account that can edit it, and if you are signed in to several Google accounts, sign out of the others',
  },
  sheetsApiQuota: {
    ja: 'Google Sheets API の利用上限（1 人につき 1 分間に読み込み 60 回）に達しました（{n} 回試しました）。1 分ほど待ってからもう一度実行してください',
    en: 'The Google Sheets API’s limit (60 reads per minute per user) was reached (tried {n} times): wait a minute and run it again',
  },
  sheetsApiServer: {
    ja: 'Google のサーバーが一時的に応答しませんでした（{n} 回試しました）。数分待ってからもう一度実行してください',
    en: 'Google’s servers did not answer for now (tried {n} times): wait a few minutes and run it again',
  },
  sheetsApiOther: {
    ja: 'Google Sheets API の呼び出しに失敗しました。もう一度実行し、続くときはアドオンの管理者に次の内容を伝えてください: {detail}',
    en: 'A Google Sheets API call failed: run it again, and if it persists tell whoever manages the add-on: {detail}',
  },
  multipleAccounts: {
    ja: '複数の Google アカウントに同時にログインしているため、アドオンが動けません。他のアカウントからログアウトするか、このアカウントだけでログインした別のブラウザ プロファイル（またはシークレット ウィンドウ）でこのスプレッドシートを開き直してください',
    en: 'You are signed in to several Google accounts at once, which add-ons do not support: sign out of the other accounts, or reopen this spreadsheet in a browser profile (or an incognito window) signed in to this account only',
  },
  sheetsReadFailed: {
    ja: 'ブックを読み込めませんでした。何も変更していません。理由: {detail}',
    en: 'The workbook could not be read; nothing was changed. Reason: {detail}',
  },
  sheetsWritePartial: {
    ja: 'シートの書き込みが途中で止まりました。集計シートが不完全なため、もう一度実行してください。理由: {detail}',
    en: 'Writing the sheets stopped part-way; the summary is incomplete, so run it again. Reason: {detail}',
  },
  sheetsWriteFailed: {
    ja: 'シートを書き込めませんでした。何も変更していません。理由: {detail}',
    en: 'The sheets could not be written; nothing was changed. Reason: {detail}',
  },
  lockBusy: { ja: '他の人が集計中です。少し待ってからもう一度実行してください', en: 'Someone else is building the summary; try again in a moment' },
  templateDone: { ja: 'テンプレートのシートを用意しました: {sheets}', en: 'Template sheets set up: {sheets}' },
  templateNothing: {
    ja: 'テンプレートのシートはすべてそろっています（ドロップダウンを設定し直しました）',
    en: 'All template sheets already exist (dropdowns refreshed)',
  },
  cellNotFound: { ja: 'シート「{sheet}」が見つかりません', en: 'Sheet "{sheet}" was not found' },
  invalidNote: { ja: '使える値: {allowed}', en: 'Allowed values: {allowed}' },
  digestSubject: { ja: '[進捗] {plan} 月次ダイジェスト（{month}）', en: '[Shinchoku] {plan} monthly digest ({month})' },
  digestSubjectDepartment: { ja: '[進捗] {plan} 月次ダイジェスト（{month}）— {department}', en: '[Shinchoku] {plan} monthly digest ({month}) — {department}' },
  digestMonth: { ja: '{y}年{m}月', en: '{y}-{mm}' },
  digestIntroOffice: { ja: '計画全体の状況です（{fy}、{month}時点）。', en: 'Where the whole plan stands ({fy}, as of {month}).' },
  digestIntroDepartment: { ja: '{department}が担当する事業の状況です（{fy}、{month}時点）。', en: 'The projects of {department} ({fy}, as of {month}).' },
  digestProgress: { ja: '今年度の進捗', en: 'Progress this fiscal year' },
  digestRate: { ja: '進捗率 {rate}（取組活動 {n} 件のうち{labels} {p} 件）', en: 'Progress rate {rate} ({p} of {n} activities {labels})' },
  digestAttention: { ja: '{labels}の取組活動', en: 'Activities {labels}' },
  digestDue: { ja: '今年度が目標年度で達成状況が未入力の事項', en: 'Targets due this fiscal year without a result' },
  digestEffects: { ja: '財政健全化効果額', en: 'Fiscal effect' },
  digestEffectsLine: {
    ja: '今年度 {year} {unit}、計画開始からの累計 {total} {unit}',
    en: 'This fiscal year {year} {unitEn}; since the plan start {total} {unitEn}',
  },
  digestChanges: { ja: '前回のダイジェストからの変化', en: 'Changes since the previous digest' },
  digestNoPrevious: {
    ja: '前回の記録がないため、今回から変化をお知らせします。',
    en: 'No previous digest was recorded; changes will be reported from next time.',
  },
  digestNoChanges: { ja: '変化はありません。', en: 'No changes.' },
  digestTransition: { ja: '進捗状況の変更', en: 'Status changed' },
  digestNewActivity: { ja: '新しい取組活動', en: 'New activity' },
  digestNewResult: { ja: '達成状況の入力', en: 'Result entered' },
  digestProblems: { ja: '入力チェック', en: 'Entry check' },
  digestProblemsLine: { ja: 'エラー {e} 件、警告 {w} 件', en: 'errors: {e}, warnings: {w}' },
  digestOpen: { ja: 'ブックを開く', en: 'Open the workbook' },
  digestNone: { ja: 'ありません。', en: 'None.' },
  menuDigest: { ja: '月次ダイジェストの設定', en: 'Monthly digest settings' },
  digestDayInvalid: { ja: '送信日は1～28の整数にしてください', en: 'The day must be a whole number from 1 to 28' },
  digestHourInvalid: { ja: '送信時刻は0～23の整数（時）にしてください', en: 'The hour must be a whole number from 0 to 23' },
  digestNoRecipients: {
    ja: 'ダイジェストを有効にするには、企画担当の送信先を1つ以上入力してください',
    en: 'Enter at least one planning-office recipient to turn the digest on',
  },
  digestAddressInvalid: { ja: '「{address}」は使えません: {reason}', en: '"{address}" is refused: {reason}' },
  digestSaved: { ja: '設定を保存しました', en: 'Settings saved' },
  digestPlanEnded: {
    ja: '計画期間（{end}まで）が終わったため、ダイジェストは送っていません。続ける場合は設定シートの計画終了年度を延ばしてください',
    en: 'The plan ended ({end}), so no digest was sent. To go on, extend the plan end in Settings',
  },
  digestTakenOver: {
    ja: 'これからはあなたのアカウントから送信します（{owner} のトリガーは次回の実行時に止まります）',
    en: 'From now on the digest is sent from your account ({owner}’s trigger stops at its next run)',
  },
  digestOwnerYou: { ja: 'あなたのアカウント（{owner}）から送信します', en: 'Sent from your account ({owner})' },
  digestOwnerOther: {
    ja: '{owner} のアカウントから送信しています。「設定を保存」を押すと、あなたのアカウントからの送信に切り替わります',
    en: 'Sent from {owner}’s account. Saving the settings makes your account the sender',
  },
  digestAuthorizationNeeded: {
    ja: '月次ダイジェストを送るには再度の承認が必要です。メニューからサイドバーを開き、承認してください',
    en: 'The monthly digest needs your authorization again: open the sidebar from the menu and authorize',
  },
  digestNoSpreadsheet: {
    ja: 'ブックを開けませんでした（トリガーに記録されたIDがありません）',
    en: 'The workbook could not be opened (no id recorded for the trigger)',
  },
  digestRunSummary: {
    ja: '{month}: 送信 {sent} 通、送信済みのため省略 {skipped} 通、失敗 {failed} 通、送信上限のため未送信 {quota} 通',
    en: '{month}: {sent} sent, {skipped} already sent, {failed} failed, {quota} held back by the daily quota',
  },
  digestHeading: { ja: '月次ダイジェスト', en: 'Monthly digest' },
  digestEnabled: { ja: '毎月メールで送る', en: 'Send every month' },
  digestDay: { ja: '送信日（毎月）', en: 'Day of the month' },
  digestHour: { ja: '送信時刻（日本時間）', en: 'Hour (Japan time)' },
  digestRecipients: { ja: '企画担当の送信先（1行に1つ）', en: 'Planning-office recipients (one per line)' },
  digestRecipientsHelp: { ja: '各課への振り分けは「部署」シート（課名・メール）で設定します', en: 'Departments are routed by the 部署 sheet (課名 / メール)' },
  digestSaveButton: { ja: '設定を保存', en: 'Save settings' },
  digestSendButton: { ja: '今すぐ送信', en: 'Send now' },
  digestForce: { ja: '今月送信済みでも再送する', en: 'Send again even if already sent this month' },
  digestLastRun: { ja: '前回の送信', en: 'Last run' },
  proofreadHeading: { ja: '原稿の数値チェック', en: 'Check a draft report' },
  proofreadHelp: {
    ja: '報告書の原稿を貼り付けると、数値をブックの集計と原稿内の計算で照合します',
    en: 'Paste a draft report: its figures are checked against the workbook and against its own arithmetic',
  },
  proofreadButton: { ja: '原稿をチェック', en: 'Check the draft' },
  proofreadResult: { ja: '{n} 個の数値を照合し、{f} 件の誤りが見つかりました', en: '{n} figures checked; {f} found wrong' },
  proofreadLine: { ja: '{line}行目: 「{stated}」→ 正しくは「{expected}」（{label}）', en: 'line {line}: "{stated}" should be "{expected}" ({label})' },
  deltaTitle: { ja: '【前回の基準日（{date}）からの増減】', en: 'Change since the previous baseline ({date})' },
  deltaAchievementTitle: { ja: '【達成状況の増減（基準日 {date} から）】', en: 'Achievement change since {date}' },
  asOfBaseline: { ja: '基準日 {date} 時点の集計です', en: 'Built as of the baseline {date}' },
  menuFreeze: { ja: '基準日を固定', en: 'Freeze a baseline' },
  menuReport: { ja: '報告書を作成', en: 'Write the annual report' },
  reportButton: { ja: '報告書を作成', en: 'Write the report' },
  reportBuilding: { ja: '報告書を作成しています…', en: 'Writing the report…' },
  reportReady: { ja: '報告書（Word 形式）ができました。', en: 'The report (Word) is ready.' },
  reportDownload: { ja: 'ダウンロード', en: 'Download' },
  reportClose: { ja: '閉じる', en: 'Close' },
  reportSaveHint: {
    ja: 'ダウンロードが始まらないときは、上のリンクを右クリックして「名前を付けてリンク先を保存」を選んでください。',
    en: 'If nothing downloads, right-click the link above and choose “Save link as…”.',
  },
  reportFailed: { ja: '報告書を作成できませんでした', en: 'The report could not be written' },
  reportPlaceholders: {
    ja: '未入力の欄が {n} か所あります（「報告書」シートに入力してください）',
    en: '{n} parts have no text yet (fill in the Report sheet)',
  },
  reportFileSuffix: { ja: '実績報告書', en: 'report' },
  baselineFrozen: { ja: '基準日 {date} の数値を固定しました', en: 'The figures of {date} are frozen as a baseline' },
  baselineExists: { ja: '基準日 {date} はすでに固定されています', en: 'A baseline for {date} already exists' },
  baselineMissing: { ja: '基準日 {date} が見つかりません', en: 'No baseline {date}' },
  asOfLabel: { ja: '集計の時点', en: 'Build as of' },
  asOfLive: { ja: '現在のブック', en: 'the workbook now' },
  baselineProtected: { ja: 'Shinchoku の基準日 {date}（読み取り専用）', en: 'Shinchoku baseline {date} (read-only)' },
  digestFooter: { ja: 'このメールは Shinchoku（進捗）が自動で送信しました。', en: 'Sent automatically by Shinchoku.' },
  digestShortened: {
    ja: 'メールで送れる大きさ（{limit} KB）に収めるため、長い一覧の一部を省略しています。全件はブックでご覧ください。',
    en: 'Long lists are cut to keep this mail within the size mail allows ({limit} KB); see the workbook for every entry.',
  },
  digestMore: { ja: 'ほか {n} 件（ブックでご覧ください）', en: '{n} more (see the workbook)' },
  digestBusy: {
    ja: '{month}分のダイジェストは、同時に別の送信が行われていたため送信していません。サイドバーの「今すぐ送信」で送ってください',
    en: 'The {month} digest was not sent because another send was running at the same time; send it with “Send now” in the sidebar',
  },
  digestReadFailed: {
    ja: '{month}分のダイジェストは、ブックを読み込めなかったため送信していません。{reason}解決したら、サイドバーの「今すぐ送信」で送ってください',
    en: 'The {month} digest was not sent because the workbook could not be read. {reason}Once that is solved, send it with “Send now” in the sidebar',
  },
  digestReadUnexpected: {
    ja: '予期しないエラーが発生しました（アドオンの管理者が実行ログで確認できます）。',
    en: 'An unexpected error occurred (whoever manages the add-on can see it in the executions log).',
  },
  digestTriggerFailed: {
    ja: '毎月の送信を設定できませんでした（ダイジェストはオフのままです）。少し待ってから、もう一度「設定を保存」を押してください',
    en: 'The monthly send could not be set up (the digest stays off); wait a moment and press “Save settings” again',
  },
  digestSaveBusy: {
    ja: '別の人がダイジェストの設定か送信を行っています。少し待ってから、もう一度押してください',
    en: 'Someone else is saving or sending the digest; wait a moment and try again',
  },
  digestTriggerTooMany: {
    ja: 'このアカウントの時間指定の送信が上限に達しています。他のブックのダイジェストを止めるか、別の編集者が設定してください',
    en: 'This account has reached its limit of timed sends; turn off the digest in another workbook, or let another editor set it up',
  },
  digestOpenFailed: {
    ja: 'ダイジェストの送信時にブックを開けませんでした（{url}。削除されたか、アクセス権がなくなった可能性があります）。ブックを開き、サイドバーで「設定を保存」を押し直してください',
    en: 'The digest could not open its workbook ({url}: it may have been deleted or your access removed); open the workbook and press “Save settings” in the sidebar again',
  },
  digestOpenStopped: {
    ja: 'ダイジェストの送信時に、先月に続いてブックを開けなかったため、このブックへの毎月の送信を停止しました（{url}。削除されたか、アクセス権がなくなった可能性があります）。続ける場合は、ブックを開き、サイドバーで「設定を保存」を押してください',
    en: 'The digest could not open its workbook again, as at the previous run, so its monthly send has stopped ({url}: it may have been deleted or your access removed); to continue, open the workbook and press “Save settings” in the sidebar',
  },
  digestLogProblem: { ja: '{month}: {reason}', en: '{month}: {reason}' },
  digestReasonFailed: {
    ja: '送信に失敗しました（サイドバーの「今すぐ送信」で送り直せます）',
    en: 'sending failed (send it again with “Send now” in the sidebar)',
  },
  digestReasonQuota: { ja: '1日の送信上限のため未送信', en: 'not sent: daily mail quota reached' },
  digestReasonShortened: { ja: '大きすぎるため一覧を省略して送信', en: 'sent with lists cut (too large)' },
  digestReasonReadFailed: { ja: 'ブックを読み込めなかったため未送信', en: 'not sent: the workbook could not be read' },
  digestReasonTooLarge: {
    ja: 'メールで送れる大きさを超えるため未送信（計画名・部署名・区分名が長すぎます）',
    en: 'not sent: too large for mail (the plan, department or label names are too long)',
  },
  digestReasonBusy: { ja: '別の送信と重なったため未送信', en: 'not sent: another send was running' },
  digestReasonStopped: { ja: '送信を停止しました', en: 'stopped' },
  digestReasonOff: { ja: 'ダイジェストがオフのため、送信を停止しました', en: 'stopped: the digest is turned off' },
  digestReasonOtherEditor: {
    ja: '別の編集者が送信を引き継いだため、このアカウントからの送信を停止しました',
    en: 'stopped: another editor sends the digest now',
  },
  digestReasonReplaced: { ja: '新しい設定に置き換わったため、古い送信を停止しました', en: 'stopped: replaced by newer settings' },
  digestReasonEnded: { ja: '計画期間が終わったため送信していません', en: 'not sent: the plan has ended' },
  digestReasonNoSettings: {
    ja: '設定が読めないため送信を停止しました。サイドバーで「設定を保存」を押し直してください',
    en: 'stopped: the settings could not be read; press “Save settings” in the sidebar again',
  },
  digestProblemsHeading: { ja: '送信できなかった・省略した月', en: 'Months not sent or shortened' },
} satisfies Record<string, { ja: string; en: string }>;

export type LabelKey = keyof typeof LABELS;

export function label(key: LabelKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return LABELS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The words of the annual report (src/core/present/report.ts), in both languages. */
export const REPORT_WORDS = {
  report: { ja: '実績報告書', en: 'Results report' },
  defaultPlan: { ja: '行財政改革計画', en: 'Reform plan' },
  asOf: { ja: '{date}時点のデータによる', en: 'Data as of {date}' },
  errors: {
    ja: '※入力にエラーが{n}件残っています。エラーのある行はこの報告書の数値に含まれていません。',
    en: '* {n} errors remain in the workbook; rows with errors are not counted in this report.',
  },
  introduction: { ja: 'はじめに', en: 'Introduction' },
  planOverview: { ja: '計画の概要', en: 'Plan overview' },
  planPeriod: { ja: '計画期間', en: 'Plan period' },
  planPeriodText: {
    ja: '「{plan}」の計画期間は、{first}から{last}までの{n}年間です。',
    en: 'The plan "{plan}" runs {n} years, from {first} to {last}.',
  },
  perspectives: { ja: '取組の視点', en: 'Perspectives' },
  perspectivesText: { ja: '取組の視点として、次の{n}つの視点を設定しました。', en: 'The plan has {n} perspectives:' },
  progressSection: { ja: '取組状況', en: 'Progress' },
  progressIntro: {
    ja: '各事業における取組活動を単位として、次の{n}つの区分から進捗状況を把握しました。',
    en: 'Progress was recorded per activity of each project, in the {n} categories below.',
  },
  categories: { ja: '【区分】', en: 'Categories' },
  achievementSection: { ja: '達成状況', en: 'Achievement' },
  achievementIntro: {
    ja: '各事業における達成するべき事項を単位として、次の{n}つの区分から達成状況を把握しました。',
    en: 'Achievement was recorded per target of each project, in the {n} categories below.',
  },
  noShortfall: { ja: '該当する事項はありません。', en: 'None.' },
  effectsSection: { ja: '財政健全化効果額', en: 'Fiscal effect' },
  interim: {
    ja: '※{date}時点の報告です。まだ始まっていない年度（{years}）は表・グラフ・文章に含めていません。',
    en: '* Report as of {date}: years not yet begun ({years}) are left out of the tables, charts and text.',
  },
  noActivities: {
    ja: '※取組活動がまだ入力されていないため、進捗状況の件数はすべて0件、進捗率のグラフは空です。',
    en: '* No activity has been entered yet, so the progress counts are all zero and the progress-rate chart is empty.',
  },
  effectsTextInterim: {
    ja: '「{plan}」の{first}から{last}までの{n}年間の取組成果として、{total}の財政健全化効果額が生まれました。',
    en: 'From {first} to {last} ({n} years) of "{plan}", the fiscal effect was {total}.',
  },
  effectsText: {
    ja: '「{plan}」における{n}年間の取組成果として、{total}の財政健全化効果額が生まれました。',
    en: 'Over the {n} years of "{plan}", the fiscal effect was {total}.',
  },
  resultsSection: { ja: '主な取組と成果', en: 'Main activities and results' },
  overview: { ja: '【概要】', en: 'Overview' },
  mainResults: { ja: '【主な取組と成果】', en: 'Main activities and results' },
  results: { ja: '【取組結果】', en: 'Results' },
  issues: { ja: '【課題と今後の方向性】', en: 'Issues and next steps' },
  noNotes: {
    ja: '［この視点の取組活動に「取組内容・成果」が入力されていません。取組活動シートに入力してください］',
    en: '[No activity of this perspective has Notes; enter them on the Activities sheet]',
  },
  floorSection: { ja: '公共施設の延床面積', en: 'Public facility floor area' },
  floorYear: {
    ja: '{year}は{facilities}などにより合計で{net}となりました。',
    en: '{year}: {facilities}; net {net}.',
  },
  floorYearPlain: { ja: '{year}は合計で{net}となりました。', en: '{year}: net {net}.' },
  floorYearNone: { ja: '{year}は、延床面積の増減はありませんでした。', en: '{year}: no change in floor area.' },
  floorPlan: {
    ja: '計画期間全体では、{net}（一般会計の施設{ga}）{change}となりました。',
    en: 'Over the plan, the floor area changed by {net} m2 (general-account facilities {ga} m2): {change}.',
  },
  goalsSection: { ja: '目標', en: 'Goals' },
  conclusion: { ja: '総括', en: 'Conclusion' },
  conclusionText: {
    ja: '{first}から{last}までの{n}年間で{projects}事業に取り組み、{total}の財政健全化効果額を計上しました。',
    en: 'From {first} to {last}, {projects} projects were carried out over {n} years, with a fiscal effect of {total}.',
  },
  appendixProjects: { ja: '参考 取組事業一覧表', en: 'Appendix: projects' },
  appendixTargets: { ja: '参考 達成するべき事項の達成状況', en: 'Appendix: targets and their achievement' },
  projectListCaption: { ja: '【取組事業一覧表】', en: 'Projects' },
  targetListCaption: { ja: '【達成するべき事項の達成状況】', en: 'Targets' },
  codeColumn: { ja: 'コード', en: 'Code' },
  nameColumn: { ja: '事業名（計画・実施期間）', en: 'Project (period)' },
  departmentsColumn: { ja: '取組推進課', en: 'Departments' },
  summaryColumn: { ja: '主な取組と成果', en: 'Summary' },
  effectColumn: { ja: '財政健全化効果額', en: 'Fiscal effect' },
  projectColumn: { ja: '事業名', en: 'Project' },
  targetYearColumn: { ja: '目標年度', en: 'Target year' },
  targetColumn: { ja: '達成するべき事項', en: 'Target' },
  resultColumn: { ja: '達成状況', en: 'Result' },
  outlineColumn: { ja: '概要', en: 'Summary' },
  notEvaluated: { ja: '－', en: '-' },
  noSummary: { ja: '［事業シートの「事業の概要」が未入力］', en: '[no Summary on the Projects sheet]' },
  placeholderPlan: {
    ja: '［「報告書」シートの見出し「{section}」に本文を入力してください］',
    en: '[Enter this text on the Report sheet, section "{sectionEn}"]',
  },
  placeholderPerspective: {
    ja: '［「報告書」シートの見出し「{section}」、視点「{n}」に本文を入力してください］',
    en: '[Enter this text on the Report sheet, section "{sectionEn}", perspective {n}]',
  },
  chartRate: { ja: '進捗率の推移', en: 'Progress rate by year' },
  chartEffects: { ja: '財政健全化効果額の推移', en: 'Fiscal effect by year' },
  chartFloor: { ja: '延床面積の増減（年度別）', en: 'Net floor-area change by year' },
  chartAltLine: { ja: '{title}の折れ線グラフ。{values}。', en: 'Line chart of {title}: {values}.' },
  chartAltBar: { ja: '{title}の棒グラフ。{values}。', en: 'Bar chart of {title}: {values}.' },
} satisfies Record<string, { ja: string; en: string }>;

/** What each standard meaning means, for the 【区分】 boxes (the seed's own definitions). */
export const CATEGORY_DEFINITIONS: Record<StatusCode | ResultCode, { ja: string; en: string }> = {
  done: { ja: '当該活動が終了した。', en: 'The activity was completed.' },
  onTrack: { ja: '当初の見通しどおり又は見通しよりも早く進捗している。', en: 'On schedule, or ahead of it.' },
  delayed: { ja: '当初の見通しに比べ遅れている。', en: 'Behind the original schedule.' },
  notStarted: { ja: '当該活動に着手する予定の時期に着手していない。', en: 'Not started when it was due to start.' },
  suspended: { ja: '当該活動を休止とした。', en: 'The activity was suspended.' },
  achieved: { ja: '達成するべき事項を達成した。', en: 'The target was achieved.' },
  partial: { ja: '達成するべき事項のうち、一部を達成できなかった。', en: 'Part of the target was not achieved.' },
  notAchieved: { ja: '達成するべき事項を達成できなかった。', en: 'The target was not achieved.' },
};
