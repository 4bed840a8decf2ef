/**
 * The sidebar's server side: every function here is called from the page by
 * google.script.run and returns plain JSON (no Date, no functions).
 */
import { runPipeline } from '../core/compute/pipeline';
import { draftSizeProblem } from '../core/proofread/proofread';
import { proofreadVerdict, verdictNotes, verdictRefusal } from '../core/proofread/verdict';
import { LABELS, type LabelKey, type Lang, label } from '../core/words/messages';
import type { Severity } from '../core/words/problems';
import { type CategoryDefinitions, categoryDefinitions } from '../core/words/tableWords';
import { baselineDates } from './baselines';
import { userLang } from './lang';
import { lastBuilt, type RegenerateOutcome, regenerate, type ValidateOutcome, validate } from './regenerate';
import { readWorkbookInput } from './sheetsApi';
import { findGeneratedSheets, readPlanVocabulary } from './spreadsheet';

const SIDEBAR_LABELS: LabelKey[] = [
  'sidebarTitle',
  'validateButton',
  'regenerateButton',
  'busy',
  'lastBuilt',
  'never',
  'problemsHeading',
  'clickToSelect',
  'serverError',
  'noErrors',
  'error',
  'warning',
  'info',
  'proofreadHeading',
  'proofreadHelp',
  'proofreadButton',
  'asOfLabel',
  'asOfLive',
  'reportButton',
  'categoriesHeading',
];

export interface SidebarState {
  lang: Lang;
  labels: Record<string, string>;
  /** 基準日 frozen in this spreadsheet, oldest first. */
  baselines: string[];
  lastBuilt: { at: string; counts: Record<Severity, number> } | null;
  /** The plan's labels with their meaning and definition (its own 定義; the standard text only where that is blank). */
  categories: CategoryDefinitions[];
}

export function showSidebar(): void {
  const lang = userLang();
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(label('sidebarTitle', lang));
  SpreadsheetApp.getUi().showSidebar(html);
}

export function sidebarState(): SidebarState {
  const lang = userLang();
  const labels: Record<string, string> = {};
  for (const key of SIDEBAR_LABELS) labels[key] = LABELS[key][lang];
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return {
    lang,
    labels,
    lastBuilt: lastBuilt(),
    baselines: baselineDates(findGeneratedSheets(spreadsheet)),
    // From the 区分 sheet alone (one read), as onEdit and the dropdowns read the plan's words.
    categories: categoryDefinitions(readPlanVocabulary(spreadsheet), lang),
  };
}

export function sidebarValidate(): ValidateOutcome {
  return validate();
}

export function sidebarRegenerate(asOfBaseline?: string): RegenerateOutcome {
  return regenerate(asOfBaseline ? String(asOfBaseline) : undefined);
}

/** Selects a problem's cell; a whole-row reference such as 1:1 selects the row. */
export function sidebarSelectCell(sheetName: string, cell: string): { ok: boolean; message?: string } {
  const lang = userLang();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(String(sheetName));
  if (!sheet) return { ok: false, message: label('cellNotFound', lang, { sheet: String(sheetName) }) };
  const reference = /^([A-Z]{1,3}\d+|\d+:\d+)$/.test(String(cell)) ? String(cell) : 'A1';
  sheet.getRange(reference).activate();
  return { ok: true };
}

export interface SidebarProofreadOutcome {
  message: string;
  lines: string[];
  /** Said under the count, as the CLI says it (few figures checked of many). */
  notes: string[];
}

/** The proof-reading of the CLI, on text pasted into the sidebar. */
export function sidebarProofread(draft: string): SidebarProofreadOutcome {
  const lang = userLang();
  const text = String(draft ?? '');
  // Core's limit, said as the CLI says it (in the user's language only: the sidebar shows one): a draft is never cut silently.
  const tooLarge = draftSizeProblem(text);
  if (tooLarge) {
    const [ja, en] = tooLarge.split(' / ');
    return { message: lang === 'en' && en ? en : ja, lines: [], notes: [] };
  }
  // The CLI's verdict (core/proofread/verdict.ts): a draft it refuses is refused here with the same words, never "0 checked, 0 wrong".
  const verdict = proofreadVerdict(text, () => runPipeline(readWorkbookInput(SpreadsheetApp.getActiveSpreadsheet()), { lang, today: new Date() }).summary);
  const refusal = verdictRefusal(verdict, lang);
  if (refusal !== null) return { message: refusal, lines: [], notes: [] };
  return {
    message: label('proofreadResult', lang, { n: verdict.checked, f: verdict.findings.length }),
    lines: verdict.findings.map((f) => label('proofreadLine', lang, { line: f.line, stated: f.stated, expected: f.expected, label: f.label })),
    notes: verdictNotes(verdict, lang),
  };
}
