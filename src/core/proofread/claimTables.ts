/**
 * The draft's tables checked against themselves (issue #26; split from claims.ts, issue #24): a 合計 row's columns
 * against the rows above it, column by column; a row's parts against its 計 column; a row of counts with no 計 whose
 * first or last is the others' total. A part the workbook found wrong is reported, and the right total beside it is
 * not blamed for it.
 */
import { formatAmount } from '../base/numbers';
import type { ClaimFinding, Placed } from './claims';
import { TOTAL_LABEL } from './claimWords';
import type { Row } from './draftTables';
import type { NumberToken } from './draftText';

export interface TableCheckContext {
  /** Lines under an earlier state of the results (their 合計 needs a baseline): no 合計 row there is checked. */
  earlier: boolean[];
  /** The workbook's findings so far (a part found wrong) and what was placed (a total the workbook confirmed). */
  findings: ClaimFinding[];
  placed: Placed[];
  numbersIn: (text: string, line: number) => NumberToken[];
  find: (line: number, stated: string, expected: string, label: string, kind?: ClaimFinding['kind']) => void;
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

export function checkTables(byTable: Map<number, Row[]>, { earlier, findings, placed, numbersIn, find }: TableCheckContext): void {
  // Sets, not searches of the lists: a draft of many rows stays linear.
  const workbookKeys = new Set(findings.filter((f) => f.kind === 'workbook').map((f) => `${f.line}|${f.stated}`));
  const workbookLines = new Set(findings.filter((f) => f.kind === 'workbook').map((f) => f.line));
  const placedKeys = new Set(placed.map((p) => `${p.line}|${p.stated}`));
  for (const [, table] of byTable) {
    // Each row's numbers read once (a 合計 row's columns each go over every row).
    const numbersCache = new Map<Row, { cell: Row['cells'][number]; token: NumberToken }[]>();
    const numbers = (row: Row) => {
      let list = numbersCache.get(row);
      if (!list) {
        list = row.cells
          .map((c) => ({ cell: c, token: numbersIn(c.text, c.line)[0] }))
          .filter((x): x is { cell: Row['cells'][number]; token: NumberToken } => x.token !== undefined);
        numbersCache.set(row, list);
      }
      return list;
    };
    // A 合計 row: each column of counts or amounts adds up to it.
    const totalRow = table.find((r) => TOTAL_LABEL.test(r.label.replace(/\s/g, '')) && !earlier[r.lines[0] - 1]);
    if (totalRow) {
      // Rows of a cumulative or of a rate (「達成率」, 「累計額」) are no parts; a label that only contains 率 (効率化) is one.
      const parts = table.filter((r) => r !== totalRow && !/累計|率\s*(?:[(（][^)）]*[)）])?$/.test(r.label));
      const total = numbers(totalRow);
      // A part's cell under the same column: by the column's header where the table has distinct headers (a 合計 row with
      // 「―」 in the columns not summed), else by its place among the row's numbers.
      const headers = totalRow.cells.map((c) => c.header);
      const byHeader = headers.every((h) => h !== '') && new Set(headers).size === headers.length;
      total.forEach(({ cell, token }, k) => {
        // (A column of rates — 進展率(%), 達成率 — does not add up.)
        if (token.unit === '%' || /率|%/.test(cell.header)) return;
        let sum = 0;
        let n = 0;
        let partWrong = false;
        for (const part of parts) {
          const x = byHeader ? numbers(part).find((p) => p.cell.header === cell.header) : numbers(part)[k];
          if (!x || x.token.unit === '%' || x.token.bracketed) continue;
          // A part the workbook found wrong is reported; the right total below it is not blamed for it.
          if (workbookKeys.has(`${x.token.line}|${x.token.text}`)) partWrong = true;
          sum += x.token.negative ? -x.token.value : x.token.value;
          n++;
        }
        if (partWrong) return;
        if (n >= 2 && !same(sum, token.value)) find(cell.line, token.text, formatAmount(sum, token.decimals), '合計', 'arithmetic');
        else if (n >= 2) placed.push({ line: cell.line, stated: token.text, label: '合計' });
      });
    }
    for (const row of table) {
      // A row whose last column is 計: its parts add up to it (a cumulative row and a rate row do not).
      const last = row.cells[row.cells.length - 1];
      const totalColumn = last !== undefined && /(?<!累)計$/.test(last.header) && !/累計|率/.test(row.label);
      // (A row's numbers read only when a check needs them: a table of many rows with no 計 stays cheap.)
      const nums = totalColumn || (!totalRow && row.label === '' && row.cells.length >= 4) ? numbers(row) : [];
      if (totalColumn && nums.length >= 2) {
        const values = nums.filter((x) => x.token.unit !== '%' && !x.token.bracketed);
        if (values.length === nums.length) {
          // (▲ 19,761 is a minus: 641,791 − 19,761 = 622,030.)
          const sum = values.slice(0, -1).reduce((s, x) => s + (x.token.negative ? -x.token.value : x.token.value), 0);
          const t = values[values.length - 1].token;
          const byWorkbook = row.lines.some((l) => workbookLines.has(l)) || placedKeys.has(`${t.line}|${t.text}`);
          // (A total printed with △ / ▲ is a minus too, and a minus sum is written with the draft's mark.)
          const mark = /^[▲△]/.exec(t.text.trim())?.[0] ?? '▲';
          const said = sum < 0 ? `${mark}${formatAmount(-sum, t.decimals)}` : formatAmount(sum, t.decimals);
          if (!same(sum, t.negative ? -t.value : t.value) && !byWorkbook) find(t.line, t.text, said, `${row.label} 計`, 'arithmetic');
        }
      }
      // A row of counts under a header with no 計: the first (or the last) is the others' total.
      if (!totalRow && row.label === '' && nums.length >= 4 && nums.every((x) => x.token.unit === '' && !x.token.bracketed && x.token.decimals === 0)) {
        const values = nums.map((x) => x.token.value);
        const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);
        const first = values[0];
        const lastV = values[values.length - 1];
        // A part the workbook found wrong is reported; the total is not blamed for it.
        const partWrong = nums.some((x) => workbookKeys.has(`${x.token.line}|${x.token.text}`));
        if (!partWrong && first !== sum(values.slice(1)) && lastV !== sum(values.slice(0, -1)) && /項目|事業|件|取組/.test(nums[0].cell.header)) {
          find(nums[0].token.line, nums[0].token.text, String(sum(values.slice(1))), nums[0].cell.header, 'arithmetic');
        }
      }
    }
  }
}
