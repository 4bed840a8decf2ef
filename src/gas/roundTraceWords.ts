/**
 * STAGED for the catalogue: the words of the round's trace of shared rows (roundTrace.ts, r27g F8). They belong
 * in src/core/words/roundUi.ts, which this change could not edit (core was another helper's while it was made):
 * move ROUND_TRACE_LABELS into ROUND_UI_LABELS as they are, call roundUiLabel, and delete this file. Same shape
 * as the catalogue (one sentence, both languages); no language is chosen here but by the key of the table.
 */
import type { Lang } from '../core/words/messages';

export const ROUND_TRACE_LABELS = {
  roundAnswerChangedHeading: {
    ja: '回答のあとで書き換えられたセル（2つ以上の部署が編集できる行。前の値も残しています。事務局で確認してください）',
    en: 'Cells written over after an answer (rows more than one department can edit; the earlier value is kept here; the office should check them)',
  },
  roundAnswerChangedLine: {
    ja: '{sheet} {cell}（{code} {what}・{column}）: 「{from}」{fromWho}→「{to}」（{when}、{who}）',
    en: '{sheet} {cell} ({code} {what}, {column}): "{from}"{fromWho} → "{to}" ({when}, {who})',
  },
  roundChangedAt: { ja: '{at} JST', en: '{at} JST' },
  roundChangedBetween: { ja: '{after}～{at} JST の間', en: 'between {after} and {at} JST' },
  roundChangedBy: { ja: '変更した人 {by}', en: 'by {by}' },
  roundChangedByOneOf: {
    ja: '変更できたのは {departments}・事務局。だれが変更したかはセルを右クリックし「編集履歴を表示」で確かめてください',
    en: 'one of {departments} or the office could change it; right-click the cell and choose Show edit history to see who did',
  },
  roundAnsweredBy: { ja: '（{by} が入力）', en: ' (entered by {by})' },
  roundAnsweredAtOpening: { ja: '（照会の開始時の値）', en: ' (the value when the round opened)' },
  roundEditTraceOff: {
    ja: '編集のたびに記録する設定ができなかったため、共有の行で回答が書き換えられたことは、状況を読むたび（毎日の自動実行・照会タブ・照会の状況）にだけ記録します',
    en: 'Edits could not be recorded as they happen: an answer written over in a shared row is recorded only when the status is read (the daily run, the Round tab, Round status)',
  },
} satisfies Record<string, { ja: string; en: string }>;

export type RoundTraceKey = keyof typeof ROUND_TRACE_LABELS;

export function roundTraceLabel(key: RoundTraceKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return ROUND_TRACE_LABELS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
