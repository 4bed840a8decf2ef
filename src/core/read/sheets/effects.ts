/**
 * The 効果額 sheet: fiscal effects in the plan's money unit.
 */
import { a1, cellText } from '../../base/cells';
import { amountUnitPattern, decimalsOf, parseNumber } from '../../base/numbers';
import { clip, normalizeText } from '../../base/text';
import { AMOUNT_HEADER } from '../../contract/schema';
import { type MoneyUnit, parseMoneyUnit } from '../../contract/settings';
import { EFFECT_KINDS } from '../../contract/vocabulary';
import { type KnownCodes, keepSummable, readReference, readWord, readYear } from '../fields';
import type { Effect, EffectKind, Project } from '../records';
import { ref, type SheetReader } from '../sheetReader';

/** The unit a 効果額 header names (効果額（百万円）, Amount (million yen)), or null when it names none. */
function headerUnit(header: string): MoneyUnit | string | null {
  const match = AMOUNT_HEADER.exec(normalizeText(header));
  if (!match) return null;
  return parseMoneyUnit(match[1]) ?? match[1];
}

export function readEffects(reader: SheetReader, known: KnownCodes, projects: Project[], unit: MoneyUnit): Effect[] {
  const effects: Effect[] = [];
  const sheet = reader.sheet.name;
  // A header naming another unit than the plan's: its amounts would be off by a factor, so none is summed.
  const amountColumn = reader.columns.get('amount') ?? -1;
  const header = cellText(reader.sheet.rows[0]?.[amountColumn] ?? '');
  const named = amountColumn >= 0 ? headerUnit(header) : null;
  const unitOk = named === null || named === unit;
  if (!unitOk) reader.problems.add('error', sheet, a1(0, amountColumn), clip(header), 'amountUnitMismatch', { found: String(named), unit });
  const unitPattern = amountUnitPattern(unit);
  for (const { index, row } of reader.dataRows()) {
    const codeCell = reader.required(row, index, 'code');
    const yearCell = reader.required(row, index, 'year');
    const amountCell = reader.required(row, index, 'amount');
    const project = codeCell ? readReference(reader, codeCell, known) : -1;
    const year = yearCell ? readYear(reader, yearCell) : null;
    let amount: number | null = null;
    if (amountCell) {
      const parsed = parseNumber(amountCell.value, unitPattern);
      const shown = clip(cellText(amountCell.value));
      if (!parsed.ok) reader.refuseNumber(amountCell, 'amount', parsed);
      else if (parsed.value < 0) reader.problems.add('error', sheet, ref(amountCell), shown, 'numberNegative', { column: '効果額', columnEn: 'Amount' });
      else amount = parsed.value;
    }
    let kind: EffectKind | undefined;
    let kindOk = true;
    const kindCell = reader.optional(row, index, 'kind');
    if (kindCell) {
      const found = readWord(reader, kindCell, 'kind', EFFECT_KINDS, 'effectKindUnknown');
      if (found === null) kindOk = false;
      else kind = found;
    }
    if (project < 0 || year === null || amount === null || !kindOk || !unitOk) continue;
    const effect: Effect = { code: projects[project].code, project, year, yearColumn: yearCell?.column ?? 0, amount, row: index };
    if (kind) effect.kind = kind;
    effects.push(effect);
  }
  // The places the summary keeps its sums to (summarize.ts effects): the most any amount carries.
  const decimals = effects.reduce((most, effect) => Math.max(most, decimalsOf(effect.amount)), 0);
  return keepSummable(reader, effects, 'amount', (effect) => effect.amount, decimals, { ja: '効果額', en: 'the amounts' });
}
