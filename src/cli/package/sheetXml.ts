/** One generated sheet as SpreadsheetML. */
import { columnLetters } from '../../core/base/cells';
import { xmlStrip } from '../../core/base/text';
import type { Grid } from '../../core/present/grid';
import { xmlText } from '../xmlText';
import type { Fingerprint } from './fingerprint';
import type { StyleSheet } from './styles';
import { MAIN_NS, RELATIONSHIPS_NS } from './xml';

/** One generated sheet as SpreadsheetML: inline strings (no shared-string table to merge), frozen header, widths; and its check value. */
export function sheetXml(grid: Grid, styles: StyleSheet, fingerprint: Fingerprint): string {
  const cols = grid.columnWidths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join('');
  const rows = grid.rows
    .map((cells, r) => {
      const body = cells
        .map((cell, c) => {
          if (cell.value === null && !cell.fill && !cell.bold) return '';
          const ref = `${columnLetters(c)}${r + 1}`;
          const s = styles.styleOf(cell);
          if (cell.value === null) return `<c r="${ref}" s="${s}"/>`;
          if (typeof cell.value === 'number') {
            if (!Number.isFinite(cell.value)) return '';
            fingerprint.cell(ref, 'n', String(cell.value));
            return `<c r="${ref}" s="${s}"><v>${cell.value}</v></c>`;
          }
          if (typeof cell.value === 'boolean') {
            fingerprint.cell(ref, 'b', cell.value ? '1' : '0');
            return `<c r="${ref}" s="${s}" t="b"><v>${cell.value ? 1 : 0}</v></c>`;
          }
          fingerprint.cell(ref, 's', xmlStrip(cell.value));
          return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${xmlText(cell.value)}</t></is></c>`;
        })
        .join('');
      return body ? `<row r="${r + 1}">${body}</row>` : '';
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData>` +
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`
  );
}
