/**
 * The 設定 sheet: key / value rows into the plan's settings.
 */
import { cellText, isBlank, isErrorValue, type SheetInput } from '../../base/cells';
import { clip } from '../../base/text';
import { SHEETS } from '../../contract/schema';
import { applySetting, defaultSettings, findSettingKey, SETTING_KEYS, type Settings } from '../../contract/settings';
import { ProblemList } from '../../words/problems';
import { ref, SheetReader } from '../sheetReader';

export function readSettings(sheet: SheetInput | undefined, problems: ProblemList): Settings {
  const settings = defaultSettings();
  if (!sheet) return settings;
  // Without a recognisable 項目 / 値 header the first two columns are read as key / value, from row 1.
  const scratch = new ProblemList();
  const reader = new SheetReader(SHEETS.settings, sheet, scratch);
  let firstRow = 1;
  if (reader.ok) problems.items.push(...scratch.items);
  else {
    reader.columns.set('key', 0);
    reader.columns.set('value', 1);
    firstRow = 0;
  }
  const seenPerspectives: string[] = [];
  for (let index = firstRow; index < sheet.rows.length; index++) {
    const row = sheet.rows[index] ?? [];
    const keyCell = reader.cell(row, index, 'key');
    const valueCell = reader.cell(row, index, 'value');
    if (isBlank(keyCell.value) && isBlank(valueCell.value)) continue;
    const keyText = cellText(keyCell.value);
    const key = findSettingKey(keyText);
    if (!key) {
      if (!isBlank(keyCell.value)) {
        problems.add('warning', sheet.name, ref(keyCell), clip(keyText), 'settingUnknown', {
          allowed: SETTING_KEYS.map((k) => k.ja).join('、'),
          allowedEn: SETTING_KEYS.map((k) => `${k.en} (${k.ja})`).join(', '),
        });
      }
      continue;
    }
    if (isBlank(valueCell.value)) continue;
    if (isErrorValue(valueCell.value)) {
      problems.add('error', sheet.name, ref(valueCell), valueCell.value, 'formulaError');
      continue;
    }
    // A 取組の視点 row still blank (as \`template\` leaves it, #25) names none yet: not an error, and the default stands.
    if (key === 'perspectives' && isBlank(valueCell.value)) continue;
    const outcome = applySetting(settings, key, valueCell.value);
    const entry = SETTING_KEYS.find((k) => k.key === key);
    if (!outcome.ok) {
      problems.add(
        'error',
        sheet.name,
        ref(valueCell),
        clip(cellText(valueCell.value)),
        'settingInvalid',
        { key: entry?.ja, keyEn: entry?.en, allowed: outcome.allowedJa, allowedEn: outcome.allowedEn, suggestion: outcome.suggestion },
        outcome.suggestion,
      );
    } else if (outcome.readAs !== undefined) {
      // 全 事項, all: accepted as 全事項, said so (workbook.md "Bad input").
      problems.add(
        'warning',
        sheet.name,
        ref(valueCell),
        clip(cellText(valueCell.value)),
        'settingVariant',
        { key: entry?.ja, keyEn: entry?.en, label: outcome.readAs },
        outcome.readAs,
      );
    } else if (key === 'perspectives') {
      // Several 取組の視点 rows, one name each, are read as one list.
      seenPerspectives.push(...settings.perspectives);
      settings.perspectives = [...seenPerspectives];
    }
  }
  return settings;
}
