/**
 * The problems' words: what each problem says about a cell, in Japanese and
 * English (MESSAGES, message), gathered from its parts by stage: the
 * workbook's shape (sheetProblems.ts), a cell's value (cellProblems.ts), one
 * sheet's records (recordProblems.ts), the plan's settings and categories
 * (settingProblems.ts), computing (computeProblems.ts), a custom function's
 * arguments (functionProblems.ts) and the round's answers (roundProblems.ts).
 * Part of the one catalogue (words/messages.ts).
 */
import type { Lang } from '../base/lang';
import { CELL_PROBLEMS } from './cellProblems';
import { COMPUTE_PROBLEMS } from './computeProblems';
import { FUNCTION_PROBLEMS } from './functionProblems';
import type { Entry, MessageParams } from './problemText';
import { RECORD_PROBLEMS } from './recordProblems';
import { ROUND_PROBLEMS } from './roundProblems';
import { SETTING_PROBLEMS } from './settingProblems';
import { SHEET_PROBLEMS } from './sheetProblems';

export type { MessageParams } from './problemText';

/** Every problem's words, by key: a key is one part's (the parts share none). */
export const MESSAGES = {
  ...SHEET_PROBLEMS,
  ...CELL_PROBLEMS,
  ...RECORD_PROBLEMS,
  ...SETTING_PROBLEMS,
  ...COMPUTE_PROBLEMS,
  ...FUNCTION_PROBLEMS,
  ...ROUND_PROBLEMS,
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;

export function message(key: MessageKey, lang: Lang, params: MessageParams = {}): string {
  return MESSAGES[key][lang](params);
}
