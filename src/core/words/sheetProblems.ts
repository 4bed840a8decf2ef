/**
 * The problems' words about the workbook's shape: a sheet missing, doubled or
 * empty, a merged cell, a header row's columns. Part of the problems' catalogue
 * (problemMessages.ts).
 */
import { dq, type Entry, q } from './problemText';

export const SHEET_PROBLEMS = {
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
  mergedFilled: {
    ja: (p) => `セル ${p.range} は結合されています。結合セルの値${q(p.value)}を各行に使いました。`,
    en: (p) => `Cells ${p.range} are merged; the merged value ${dq(p.value)} is used for every row.`,
  },
  columnMissing: {
    ja: (p) => `シート${q(p.sheet)}の1行目に必須の列${q(p.column)}（英語名 ${p.alias}）がありません。`,
    en: (p) => `Row 1 of sheet ${dq(p.sheet)} has no required column ${dq(p.alias)} (${p.column}).`,
  },
  columnDuplicate: {
    ja: (p) => `列${q(p.column)}が2回あります（${p.first} と ${p.cell}）。${p.first} の列を使います。`,
    en: (p) => `Column ${dq(p.column)} appears twice (${p.first} and ${p.cell}); the one in ${p.first} is used.`,
  },
} satisfies Record<string, Entry>;
