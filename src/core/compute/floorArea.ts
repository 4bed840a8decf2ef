/**
 * 延床面積: floor area abolished and added per year.
 * Part of the summary (summarize.ts); pure: plain values in, plain values out.
 */
import type { FiscalYear } from '../base/fiscalYear';
import { fromHundredths } from '../base/numbers';
import type { WorkbookData } from '../read/read';
import type { FloorArea, FloorAreaYear } from './amountModel';

export function floorArea(data: WorkbookData, years: FiscalYear[]): FloorArea {
  const rows = years.map((year) => {
    let abolished = 0;
    let added = 0;
    let abolishedGa = 0;
    let addedGa = 0;
    const facilities: FloorAreaYear['facilities'] = [];
    for (const facility of data.facilities) {
      if (facility.year !== year) continue;
      if (facility.change === 'abolished') {
        abolished += facility.areaHundredths;
        if (facility.generalAccount) abolishedGa += facility.areaHundredths;
      } else {
        added += facility.areaHundredths;
        if (facility.generalAccount) addedGa += facility.areaHundredths;
      }
      facilities.push({ name: facility.name, change: facility.change, area: fromHundredths(facility.areaHundredths), generalAccount: facility.generalAccount });
    }
    return { year, abolished, added, abolishedGa, addedGa, facilities };
  });
  const total = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  return {
    byYear: rows.map((row) => ({
      year: row.year,
      abolished: fromHundredths(row.abolished),
      added: fromHundredths(row.added),
      net: fromHundredths(row.added - row.abolished),
      abolishedGeneralAccount: fromHundredths(row.abolishedGa),
      addedGeneralAccount: fromHundredths(row.addedGa),
      netGeneralAccount: fromHundredths(row.addedGa - row.abolishedGa),
      facilities: row.facilities,
    })),
    abolished: fromHundredths(total((r) => r.abolished)),
    added: fromHundredths(total((r) => r.added)),
    net: fromHundredths(total((r) => r.added - r.abolished)),
    netGeneralAccount: fromHundredths(total((r) => r.addedGa - r.abolishedGa)),
  };
}
