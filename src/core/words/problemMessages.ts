/**
 * The problems' words: what each problem says about a cell, in Japanese and
 * English (MESSAGES, message). Part of the one catalogue (words/messages.ts).
 */
import { type AddressProblem, addressReason } from '../base/email';
import type { Lang } from '../base/lang';

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
/** Where derived plan years come from: the activities' years, or (a plan without activities) the targets' target years. */
const sourceOf = (p: MessageParams) =>
  p.source === 'targets' ? { ja: '達成事項の目標年度', en: "the targets' target years" } : { ja: '取組活動の年度', en: "the activities' years" };

export const MESSAGES = {
  sheetMissing: {
    // p.found: a sheet whose name contains this one's (renamed, e.g. 取組活動（総務課）): "create it from
    // the template" would have the officer retype data that is there, so the message says to rename it back.
    // p.other: the sheet that may stand in for this one (取組活動 or 達成事項 with rows: one of the two is required).
    ja: (p) =>
      p.other
        ? `必須のシート${q(p.sheet)}（英語名 ${p.alias} でも可）も、行のあるシート${q(p.other)}（英語名 ${p.otherAlias}）もありません。どちらか一方は必須です。${p.found ? `シート${q(p.found)}がそれなら、シート名を${q(p.sheet)}に戻してください（名前が違うシートは読みません）。` : 'テンプレートから作成してください。'}`
        : p.found
          ? `必須のシート${q(p.sheet)}がありません（英語名 ${p.alias} でも可）。シート${q(p.found)}がそれなら、シート名を${q(p.sheet)}に戻してください（名前が違うシートは読みません）。`
          : `必須のシート${q(p.sheet)}がありません（英語名 ${p.alias} でも可）。テンプレートから作成してください。`,
    en: (p) =>
      p.other
        ? `Required sheet ${dq(p.alias)} (${p.sheet}) is missing, and so is sheet ${dq(p.otherAlias)} (${p.other}) with rows: one of the two is required. ${p.found ? `If sheet ${dq(p.found)} is it, rename it to ${dq(p.sheet)} (a sheet with another name is not read).` : 'Create it from the template.'}`
        : p.found
          ? `Required sheet ${dq(p.alias)} (${p.sheet}) is missing. If sheet ${dq(p.found)} is it, rename it to ${dq(p.sheet)} (a sheet with another name is not read).`
          : `Required sheet ${dq(p.alias)} (${p.sheet}) is missing. Create it from the template.`,
  },
  recordsMissing: {
    // The sheets are there (a blank template) but neither has a row: one of the two must have some.
    ja: (p) => `シート${q(p.sheet)}にもシート${q(p.other)}にも行がありません。集計するには、どちらか一方に1行以上入力してください。`,
    en: (p) => `Neither sheet ${dq(p.alias)} (${p.sheet}) nor sheet ${dq(p.otherAlias)} (${p.other}) has a row: enter at least one row in either to summarize.`,
  },
  planYearsDerived: {
    ja: (p) =>
      `設定に${missingYears(p).ja}がないため、${sourceOf(p).ja}から${missingYears(p).derivedJa(p)}計画期間を${p.start}～${p.end}としました${Number(p.stray) > 0 ? `（${p.window}年を超えるため、離れた年度の${p.stray}年分は計画期間外として集計していません）` : ''}。設定シートに計画期間を入力してください。`,
    en: (p) =>
      `Settings give no plan ${missingYears(p).en}, so ${missingYears(p).derivedEn} taken from ${sourceOf(p).en}: the plan is ${p.startEn}-${p.endEn}${Number(p.stray) > 0 ? ` (longer than ${p.window} years: ${p.stray} outlying years are left out as outside the plan)` : ''}. Enter the plan years in Settings.`,
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
    ja: (p) => `シート${q(p.sheet)}がないため、この計画はその記録を持たないものとして、その集計表を省きます。`,
    en: (p) => `Sheet ${dq(p.alias)} (${p.sheet}) is absent: the plan keeps no such records, so its tables are left out.`,
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
    ja: (p) =>
      `目標年度 ${p.year} はまだ始まっていません（基準日 ${p.asOf}）が、達成状況${q(p.value)}が入力されています。達成状況は目標年度が始まってから入力するか、目標年度が誤りなら直してください。`,
    en: (p) =>
      `The target year ${p.yearEn} has not begun yet (as of ${p.asOf}), but a result ${dq(p.value)} is entered. Enter the result once the year has begun, or correct the target year if it is wrong.`,
  },
  resultAfterPlan: {
    ja: (p) =>
      `目標年度 ${p.year} は計画期間（${p.start}～${p.end}）の後に始まるため、達成状況${q(p.value)}は集計に含めず、計画期間外の事項として除きます。目標年度が誤りなら直してください。`,
    en: (p) =>
      `The target year ${p.yearEn} begins after the plan (${p.startEn}-${p.endEn}): its result ${dq(p.value)} is left out of the tables, with the targets outside the plan. Correct the target year if it is wrong.`,
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
    ja: (p) => `設定${q(p.key)}の値${q(p.value)}が使えません。${p.suggestion ? `${q(p.suggestion)}ではありませんか。` : ''}${p.allowed}`,
    en: (p) => `Setting ${dq(p.keyEn)} has an unusable value ${dq(p.value)}.${p.suggestion ? ` Did you mean ${dq(p.suggestion)}?` : ''} ${p.allowedEn}`,
  },
  settingVariant: {
    ja: (p) => `設定${q(p.key)}の値${q(p.value)}を${q(p.label)}として読みました。${q(p.label)}と入力してください。`,
    en: (p) => `Setting ${dq(p.keyEn)}: ${dq(p.value)} was read as ${dq(p.label)}; please type ${dq(p.label)}.`,
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
  denominatorUnknown: {
    ja: (p) => `達成率の分母${q(p.value)}は使えません。${p.allowed}（空欄は評価済み）`,
    en: (p) => `Achievement denominator ${dq(p.value)} is not allowed. ${p.allowedEn} Blank means 評価済み (evaluated).`,
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
    ja: (p) =>
      `意味${q(p.value)}は標準の意味ではありません。${p.suggestion ? `${q(p.suggestion)}ではありませんか。` : ''}使える値: ${p.allowed}。この行は使いません。`,
    en: (p) =>
      `Meaning ${dq(p.value)} is not a standard meaning.${p.suggestion ? ` Did you mean ${dq(p.suggestion)}?` : ''} Allowed: ${p.allowedEn}. The row is left out.`,
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
    ja: (p) => `目標${q(p.goal)}に目標値も年度目標もありません。いずれかの行に目標値（または各年度の年度目標）を入力してください。`,
    en: (p) => `Goal ${dq(p.goal)} has no target value and no yearly target; enter its target value (or each year's yearly target) on one of its rows.`,
  },
  goalTargetZero: {
    ja: (p) => `目標${q(p.goal)}の${p.column}が0です。0に対する達成率は計算できないため「－」とします。目標とする値を入力してください。`,
    en: (p) => `Goal ${dq(p.goal)} has ${p.columnEn} 0: a rate against 0 cannot be worked out and is shown as －. Enter the value aimed at.`,
  },
  goalYearlyTargetDuplicate: {
    ja: (p) => `目標${q(p.goal)}の${p.year}の年度目標が2つあります（最初は ${p.first}）。最初の行の値を使います。`,
    en: (p) => `Goal ${dq(p.goal)} has two yearly targets for ${p.yearEn} (first in ${p.first}); the first row's is used.`,
  },
  goalYearDuplicate: {
    ja: (p) => `目標${q(p.goal)}の${p.year}の実績が2回あります（最初は ${p.first}）。最初の行を使います。`,
    en: (p) => `Goal ${dq(p.goal)} has two actuals for ${p.yearEn} (first in ${p.first}); the first row is used.`,
  },
  planYearsUnknown: {
    ja: (p) =>
      `設定に${missingYears(p).ja}がなく、${sourceOf(p).ja}（${p.first}～${p.last}）は${p.given}から${p.window}年の範囲にないため、計画期間を決められません。設定シートに計画期間を入力してください。`,
    en: (p) =>
      `Settings give no plan ${missingYears(p).en}, and ${sourceOf(p).en} (${p.firstEn}-${p.lastEn}) are not within ${p.window} years of ${p.givenEn}, so the plan years cannot be determined. Enter them in Settings.`,
  },
  // The round's merge (r27): an answer cell the plan's reading would take for something else.
  answerDate: {
    ja: (p) =>
      `${p.column}に日付（${p.value}）が入力されています。${p.number ? '数値だけを' : '文字で'}入力してください（Excel が「1/2」や「3-31」を日付に変えることがあります）。`,
    en: (p) => `${p.column} holds a date (${p.value}); enter ${p.number ? 'a number only' : 'text'} (Excel turns "1/2" or "3-31" into a date).`,
  },
  answerAmountText: {
    ja: (p) => `${p.column}の${q(p.value)}は数値として取り込めません。数値だけを入力してください（単位は見出しの${p.unit}です）。`,
    en: (p) => `${p.column}: ${dq(p.value)} cannot be merged as a number; enter a number only (the unit, ${p.unit}, is in the header).`,
  },
  answerTooLong: {
    ja: (p) => `${p.column}が ${p.length} 文字あります。1つのセルに入るのは ${p.limit} 文字までです。短くしてください。`,
    en: (p) => `${p.column} has ${p.length} characters; a cell holds at most ${p.limit}. Shorten it.`,
  },
  answerFormulaNoResult: {
    ja: (p) => `${p.column}は数式（結果が保存されていません）のため、回答として読めません。Excel で開いて保存し直すか、値を入力してください。`,
    en: (p) => `${p.column} is a formula with no saved result, so it cannot be read as an answer; open and save the file in Excel, or type the value.`,
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
