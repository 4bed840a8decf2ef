/**
 * The corpus of other cities' reports (test/fixtures/corpus/, issue #26):
 * through the built CLI, every injected error of every case — the seven open
 * ones, the three blind ones of blind/ (first untuned run: 2 of 12 found, 0
 * false), the three of blind2/ (first untuned run: 1 of 15 found, 19 false), the
 * four of blind3/ (first untuned run: 2 of 19 found, 24 false), the three of
 * blind4/ (first untuned run: 6 of 15 found, 7 false) and the three of blind5/ (first untuned run: 4 of 14 found,
 * 2 false), all recorded in the corpus README — is found on its line (its stated and
 * right figure) unless listed in KNOWN_MISSED, and across the whole corpus at
 * most one finding is false.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { runCli } from '../support/cli';
import { corpusCases, corpusDraftPath, OPENED_BLIND_DIRS, readCorpusExpected, readCorpusJson, writeCorpusWorkbook } from '../support/corpusWorkbook';
import { type CaseScore, parseProofread, sameFigure, scoreCase } from '../support/proofreadJson';
import { tempDir } from '../support/xlsx';

// The open cases and the five blind sets (blind/, blind2/ … blind5/: each run once untuned, then opened).
const cases = corpusCases({ blind: OPENED_BLIND_DIRS });

/**
 * The injected errors not yet found (issue #26, left open): each case's misses must be exactly
 * these — a miss fixed fails the test until it leaves this list, a new miss fails it too.
 */
const KNOWN_MISSED: Record<string, string[]> = {
  // blind3/ after wt-p26g: a year label of a heading whose figures are another year's. (arao-h21 and kohoshi-h25, and
  // kitsuki-h18's rate whose goal only the sentence before names, missed after session 13, are found since wt-p26g.)
  'blind3/kitsuki-h18': ['8: 平成19年度→平成18年度'],
  // blind4/ after its first tuning (wt-p26f): all fifteen found, none missed.
  // blind5/ after its first tuning (wt-p26h): a heading's year before the plan over no figure at all (its figures are in the
  // table below, under a heading that names the right year).
  'blind5/ashiya-h13': ['2: 平成12年度→平成13年度'],
};

/** False findings across the whole corpus today (the goal is at most 1): exactly these many, so a change either way is seen. */
const KNOWN_FALSE = 0;
const scores = new Map<string, CaseScore>();

async function score(name: string): Promise<CaseScore> {
  const known = scores.get(name);
  if (known) return known;
  const c = cases.find((k) => k.name === name);
  if (!c) throw new Error(`no case ${name}`);
  const { path, asOf } = await writeCorpusWorkbook(c, tempDir());
  const s = scoreCase(readCorpusExpected(c).errors, parseProofread(runCli(['proofread', corpusDraftPath(c), '--workbook', path, '--as-of', asOf, '--json'])));
  scores.set(name, s);
  return s;
}

test('the corpus: seven open cases, three blind ones, three of the second blind set, four of the third, three of the fourth and three of the fifth, each with at least four injected errors on their lines', () => {
  expect(cases.map((c) => c.name)).toEqual([
    'fukuchiyama',
    'iwaki',
    'kaikaku-plan5-h29',
    'miyawaka',
    'saitama',
    'taiko2-h27',
    'tama',
    'blind/ohtawara',
    'blind/soma',
    'blind/yonago',
    'blind2/kamogawa-r2',
    'blind2/omura-h22',
    'blind2/sanda-h20',
    'blind3/arao-h21',
    'blind3/kitsuki-h18',
    'blind3/kohoshi-h25',
    'blind3/tawaramoto-h20',
    'blind4/kamikawa-h26',
    'blind4/otaki-r3',
    'blind4/samukawa-h26',
    'blind5/ashiya-h13',
    'blind5/miyakojima-h19',
    'blind5/sodegaura-h29',
  ]);
  expect(cases.reduce((n, c) => n + readCorpusExpected(c).errors.length, 0)).toBe(104);
  for (const c of cases) {
    const lines = readFileSync(corpusDraftPath(c), 'utf8').split(/\r\n|\r|\n/);
    const { errors } = readCorpusExpected(c);
    expect(errors.length).toBeGreaterThanOrEqual(4);
    // The expected line holds the stated text as written (NFKC, no spaces): a fixture that drifted from its draft fails here.
    for (const e of errors) expect(lines[e.line - 1].normalize('NFKC').replace(/\s/g, '')).toContain(e.stated.normalize('NFKC').replace(/\s/g, ''));
  }
});

describe.each(cases.map((c) => [c.name] as const))('%s', (name) => {
  test('the draft is read, not refused', async () => {
    const s = await score(name);
    expect(s.run.refusal).toBeNull();
  });

  test('every injected error is found on its line, stated and right figure', async () => {
    const s = await score(name);
    expect(s.missed.map((e) => `${e.line}: ${e.stated}→${e.correct}`)).toEqual(KNOWN_MISSED[name] ?? []);
  });
});

test('exactly as many false findings across the corpus as today (KNOWN_FALSE; the goal is at most one)', async () => {
  const falses: string[] = [];
  for (const c of cases) for (const f of (await score(c.name)).falseFindings) falses.push(`${c.name} ${f.line}: ${f.stated}→${f.expected}`);
  expect(falses).toHaveLength(KNOWN_FALSE);
  expect(KNOWN_FALSE).toBeLessThanOrEqual(1);
});

describe('the score reads a figure as the finding may state it', () => {
  test('in the plan unit or in 億・万 words, with or without its counter word, never another figure', () => {
    expect(sameFigure('581,210千円', '5憶8,121万円')).toBe(true);
    expect(sameFigure('5億8,211万円', '5憶8,211万円 (582,110千円)')).toBe(true);
    expect(sameFigure('582,110千円', '5憶8,211万円 (582,110千円)')).toBe(true);
    expect(sameFigure('36', '36事業')).toBe(true);
    expect(sameFigure('▲1', '▲1')).toBe(true);
    expect(sameFigure('令和3年度', '令和3年度')).toBe(true);
    expect(sameFigure('582,101千円', '5憶8,211万円 (582,110千円)')).toBe(false);
    expect(sameFigure('37', '36事業')).toBe(false);
    expect(sameFigure('1', '▲1')).toBe(false);
    expect(sameFigure('54.4%', '54.5%')).toBe(false);
  });

  test('a refusal (exit 2, a message and no JSON) is no finding; the JSON of the proof-reader is read whatever lists it adds', () => {
    const refused = parseProofread({ status: 2, stdout: '', stderr: 'shinchoku: 原稿を読めません / cannot read the draft' });
    expect(refused.refusal).toContain('原稿を読めません');
    expect(refused.findings).toEqual([]);
    const now = parseProofread({
      status: 1,
      stdout: JSON.stringify({ findings: [{ line: 3, stated: '5件', expected: '6件', label: 'x', kind: 'workbook' }], checked: 4, numbers: 9 }),
      stderr: '',
    });
    expect(now).toMatchObject({ refusal: null, checked: 4, numbers: 9, notPlaced: null, findings: [{ line: 3, stated: '5件', expected: '6件' }] });
    const next = parseProofread({
      status: 0,
      stdout: JSON.stringify({ findings: [], checked: [{}, {}], notPlaced: [{ line: 2, text: '46項目', reason: 'no figure' }] }),
      stderr: '',
    });
    expect(next).toMatchObject({ checked: 2, notPlaced: [{ line: 2, text: '46項目', reason: 'no figure' }] });
  });
});

// A case whose workbook cannot be written would fail every test above for another reason: said here first.
test('every workbook.json writes to an .xlsx cell for cell: numbers as numbers, text as text, blanks blank', async () => {
  const dir = tempDir();
  for (const c of cases) {
    const { path } = await writeCorpusWorkbook(c, dir, `${c.name.replace(/\//g, '-')}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const json = readCorpusJson(c);
    expect(book.worksheets.map((w) => w.name)).toEqual(Object.keys(json.sheets));
    for (const [name, rows] of Object.entries(json.sheets)) {
      const sheet = book.getWorksheet(name);
      for (const [r, row] of rows.entries()) {
        for (const [col, value] of row.entries()) {
          const cell = sheet?.getRow(r + 1).getCell(col + 1).value;
          expect([name, r + 1, col + 1, cell]).toEqual([name, r + 1, col + 1, value === '' ? null : value]);
        }
      }
    }
  }
});
