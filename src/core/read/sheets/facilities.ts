/**
 * The 施設 sheet: facilities abolished or added, with their floor area.
 */
import { cellText } from '../../base/cells';
import { AREA_UNIT, parseNumber, toHundredths } from '../../base/numbers';
import { clip } from '../../base/text';
import { FLOOR_CHANGES, readYesNo, YES_NO } from '../../contract/vocabulary';
import { allowedLabels } from '../../words/messages';
import { keepSummable, readWord, readYear } from '../fields';
import type { Facility } from '../records';
import { ref, type SheetReader } from '../sheetReader';

export function readFacilities(reader: SheetReader): Facility[] {
  const facilities: Facility[] = [];
  const sheet = reader.sheet.name;
  for (const { index, row } of reader.dataRows()) {
    const yearCell = reader.required(row, index, 'year');
    const nameCell = reader.required(row, index, 'facility');
    const changeCell = reader.required(row, index, 'change');
    const areaCell = reader.required(row, index, 'area');
    const year = yearCell ? readYear(reader, yearCell) : null;
    const name = nameCell ? reader.text(nameCell, 'facility') : null;
    const change = changeCell ? readWord(reader, changeCell, 'change', FLOOR_CHANGES, 'changeUnknown') : null;
    let areaHundredths: number | null = null;
    if (areaCell) {
      const parsed = parseNumber(areaCell.value, AREA_UNIT);
      const shown = clip(cellText(areaCell.value));
      if (!parsed.ok) reader.refuseNumber(areaCell, 'area', parsed);
      else if (parsed.value <= 0) reader.problems.add('error', sheet, ref(areaCell), shown, 'areaNotPositive');
      else areaHundredths = toHundredths(parsed.value);
    }
    let generalAccount: boolean | null = true;
    const gaCell = reader.optional(row, index, 'generalAccount');
    if (gaCell) {
      // readYesNo takes the cell as it is: booleans, 1 / 0 and the words; anything else (a date) is unreadable.
      generalAccount = readYesNo(gaCell.value);
      if (generalAccount === null) reader.problems.add('error', sheet, ref(gaCell), clip(cellText(gaCell.value)), 'booleanInvalid', allowedLabels(YES_NO));
    }
    if (year === null || name === null || change === null || areaHundredths === null || generalAccount === null) continue;
    facilities.push({ year, yearColumn: yearCell?.column ?? 0, name, change, areaHundredths, generalAccount, row: index });
  }
  // Areas are summed in hundredths (whole numbers), abolished and added apart; the net lies between them.
  const kept = new Set<Facility>();
  for (const change of ['abolished', 'added'] as const) {
    const named = change === 'abolished' ? { ja: '廃止面積', en: 'abolished areas' } : { ja: '増加面積', en: 'added areas' };
    const ofChange = facilities.filter((facility) => facility.change === change);
    for (const facility of keepSummable(reader, ofChange, 'area', (f) => f.areaHundredths, 0, named, 2)) kept.add(facility);
  }
  return facilities.filter((facility) => kept.has(facility));
}
