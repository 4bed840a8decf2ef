/** `template`: an empty workbook with every sheet, header and dropdown, or one carrying a plan's 設定 and 区分. */

import type ExcelJS from 'exceljs';
import { a1, type CellValue } from '../../core/base/cells';
import { fiscalYearOfDate } from '../../core/base/fiscalYear';
import { xmlSafe } from '../../core/base/text';
import { contractSheetKey, SHEETS, type SheetKey } from '../../core/contract/schema';
import type { MoneyUnit } from '../../core/contract/settings';
import { carriedSettings, dropdowns, namedPerspectives, templateSheets } from '../../core/contract/template';
import { DEFAULT_VOCABULARY } from '../../core/contract/vocabulary';
import { label } from '../../core/words/messages';
import { type Args, type Io, UsageError } from '../args';
import { existsError, writeOutput } from '../output';
import { pipeline } from '../pipelineArgs';
import { sameFile, somethingAt } from '../safeWrite';
import { addDataSheet, listLiteral, readWorkbookFile } from '../xlsx';

export async function commandTemplate(args: Args, io: Io): Promise<number> {
  const path = args.positional[0];
  if (!path) throw new UsageError('出力先のパスがありません / output path missing');
  // Only an .xlsx, as for summarize --out: a typo with --force must not replace a baseline, a report or anything else.
  if (!/\.xlsx$/i.test(path)) throw new UsageError(`テンプレートは .xlsx のファイル名にしてください（${path}）/ the template must be an .xlsx file (${path})`);
  if (somethingAt(path) && !args.flags.has('--force')) throw existsError(path);
  const planFlag = args.flags.get('--plan');
  if (typeof planFlag === 'string' && sameFile(path, planFlag))
    throw new UsageError('テンプレートの出力先が --plan のブックと同じです / the template would overwrite the --plan workbook');
  // --plan <workbook>: the new workbook takes that plan's 設定 and 区分, and its dropdowns offer the plan's own labels.
  const planPath = args.flags.get('--plan');
  let vocabulary = DEFAULT_VOCABULARY;
  let unit: MoneyUnit = '千円';
  let perspectives: readonly string[] | undefined;
  const carried: Partial<Record<SheetKey, CellValue[][]>> = {};
  if (typeof planPath === 'string') {
    const plan = await readWorkbookFile(planPath);
    const read = pipeline(plan, args).data;
    vocabulary = read.vocabulary;
    unit = read.settings.moneyUnit;
    for (const sheet of plan.sheets) {
      const key = contractSheetKey(sheet.name);
      // Carried as text XML can hold: exceljs writes U+FFFF or a lone surrogate as it is, and Excel then refuses the file.
      if ((key === 'settings' || key === 'categories') && !carried[key])
        carried[key] = sheet.rows.map((row) => row.map((value) => (typeof value === 'string' ? xmlSafe(value) : value)));
    }
    // The plan's perspectives where its 設定 names them; none (rows to fill) where it does not (#25).
    perspectives = namedPerspectives(carried.settings ?? []);
    if (carried.settings) carried.settings = carriedSettings(carried.settings, unit, read.settings.achievementDenominator);
  }
  const start = fiscalYearOfDate(new Date()) ?? 2024;
  const ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJSModule.Workbook();
  for (const sheet of templateSheets(start, start + 3, unit, perspectives)) {
    const worksheet = addDataSheet(workbook, sheet.name, carried[sheet.key] ?? sheet.rows);
    for (const rule of dropdowns(vocabulary).filter((d) => d.sheet === sheet.key)) {
      const column = SHEETS[sheet.key].columns.findIndex((c) => c.ja === rule.column);
      const values = rule.values.map(xmlSafe);
      const { literal, length } = listLiteral(values);
      if (column < 0) continue;
      if (literal === undefined) {
        // A label with a comma or a quote cannot be offered at all (the 区分 check names it); a long list is said.
        if (length > 255)
          io.stdout(
            `${label('cliTemplateListTooLong', 'ja', { sheet: sheet.name, column: rule.column, length })} / ${label('cliTemplateListTooLong', 'en', { sheet: SHEETS[sheet.key].en, column: SHEETS[sheet.key].columns[column].en, length })}`,
          );
        continue;
      }
      const range = `${a1(1, column)}:${a1(4999, column)}`;
      (worksheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [literal],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: rule.column,
        error: `${values.join(' / ')}`,
      });
    }
  }
  // The bytes first, then the one safe writer: exceljs's writeFile would open the final name itself.
  writeOutput(path, Buffer.from(await workbook.xlsx.writeBuffer()), args);
  io.stdout(`テンプレートを作成しました / Template written: ${path}`);
  return 0;
}
