/**
 * The 報告書 sheet: the report's paragraphs, per section and perspective.
 */
import { a1, cellText } from '../../base/cells';
import { clip } from '../../base/text';
import type { Settings } from '../../contract/settings';
import { REPORT_SECTIONS, type ReportSection } from '../../contract/vocabulary';
import { readWord, resolvePerspective } from '../fields';
import type { ReportText } from '../records';
import { ref, type SheetReader } from '../sheetReader';

const PERSPECTIVE_SECTIONS: ReportSection[] = ['perspectiveOverview', 'issues'];

export function readReportTexts(reader: SheetReader, settings: Settings): ReportText[] {
  const texts: ReportText[] = [];
  const sheet = reader.sheet.name;
  for (const { index, row } of reader.dataRows()) {
    // A section whose 本文 is still blank is "not written yet" (the template lists them all): the report shows where to write it.
    const textCell = reader.optional(row, index, 'text');
    if (!textCell) continue;
    const sectionCell = reader.required(row, index, 'section');
    if (!sectionCell) continue;
    const section = readWord(reader, sectionCell, 'section', REPORT_SECTIONS, 'reportSectionUnknown');
    if (section === null) continue;
    const perspectiveCell = reader.optional(row, index, 'perspective');
    let perspective: number | null = null;
    if (PERSPECTIVE_SECTIONS.includes(section)) {
      if (!perspectiveCell) {
        const term = REPORT_SECTIONS.terms[REPORT_SECTIONS.firstOf(section)];
        // Without a 視点 column the problem sits on the 見出し cell, and says to add the column.
        const column = reader.columns.get('perspective');
        reader.problems.add('error', sheet, a1(index, column ?? sectionCell.column), '', 'reportPerspectiveMissing', {
          section: term.label,
          sectionEn: term.en ?? term.label,
          noColumn: column === undefined ? 1 : undefined,
        });
        continue;
      }
      perspective = resolvePerspective(perspectiveCell.value, settings.perspectives);
      if (perspective === null) {
        reader.problems.add('error', sheet, ref(perspectiveCell), clip(cellText(perspectiveCell.value)), 'perspectiveUnknown', {
          count: settings.perspectives.length,
          names: settings.perspectives.join('、'),
          namesEn: settings.perspectives.join(', '),
        });
        continue;
      }
    }
    // Paragraphs are kept as typed (new lines separate them); only the ends are trimmed.
    // Never empty: the cell is not blank, and blank means nothing but white space and invisible marks.
    const text = cellText(textCell.value).replace(/\r\n?/g, '\n').trim();
    texts.push({ section, perspective, text, row: index });
  }
  return texts;
}
