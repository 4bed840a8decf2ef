/**
 * 報告書を作成: the same report model the CLI writes, handed to a dialog that
 * builds the .docx in the browser and offers it as a download. No scope is
 * added: the sandboxed dialog may download (allow-downloads is among the
 * IFRAME sandbox keywords,
 * https://developers.google.com/apps-script/guides/html/restrictions), so
 * nothing is written to Drive or Docs.
 */

import { runPipeline } from '../core/compute/pipeline';
import { buildReport, type ReportModel } from '../core/present/report';
import { label } from '../core/words/messages';
import type { ProblemView } from '../core/words/problems';
import { decodeBaselines } from './baselines';
import { userLang } from './lang';
import { readDocument } from './sheetsApi';

export interface ReportOutcome {
  model: ReportModel;
  /** The file name offered for the download: the plan's name, safe for any file system. */
  fileName: string;
  labels: Record<string, string>;
  /** The errors behind model.notice, each with its sheet and cell (the first 20). */
  errors: ProblemView[];
}

const DIALOG_LABELS = ['reportBuilding', 'reportReady', 'reportDownload', 'reportClose', 'reportFailed', 'reportPlaceholders', 'reportSaveHint'] as const;

export function showReportDialog(): void {
  const lang = userLang();
  const html = HtmlService.createHtmlOutputFromFile('Report').setWidth(460).setHeight(300);
  SpreadsheetApp.getUi().showModalDialog(html, label('menuReport', lang));
}

/** The report of the live workbook, as plain JSON for google.script.run (no Date, no functions). */
export function reportModel(): ReportOutcome {
  const lang = userLang();
  const doc = readDocument(SpreadsheetApp.getActiveSpreadsheet().getId(), { report: true });
  const result = runPipeline(doc.input, { lang, today: new Date(), baselines: decodeBaselines(doc.baselineTexts) });
  const model = buildReport(result, lang);
  // Characters no file system takes (and control characters) become _.
  const base = [...(model.title || 'report')]
    .map((ch) => (/[\\/:*?"<>|]/.test(ch) || ch.charCodeAt(0) < 0x20 ? '_' : ch))
    .join('')
    .slice(0, 80);
  const labels: Record<string, string> = {};
  for (const key of DIALOG_LABELS) labels[key] = label(key, lang);
  const errors = result.problems.filter((problem) => problem.severity === 'error').slice(0, 20);
  return { model, fileName: `${base}_${label('reportFileSuffix', lang)}.docx`, labels, errors };
}
