/**
 * The report dialog's script: asks the server for the report model, builds
 * the .docx here in the browser (the same renderer the CLI uses), draws each
 * chart from its SVG onto a canvas for the PNG, and offers the file as a
 * download link. Nothing is written to Drive; no scope beyond the add-on's.
 *
 * The link never relies on top navigation, which the sandbox does not allow
 * (allow-top-navigation is "restricted and not set"; allow-downloads is set:
 * https://developers.google.com/apps-script/guides/html/restrictions): it is a
 * blob: URL with `download`, opened in this frame; the dialog also says to
 * right-click and save the link, for a browser that ignores `download`.
 */
import { Packer } from 'docx';
import { langOfLocale } from '../core/base/lang';
import { isMultipleAccountsFailure } from '../core/base/scriptErrors';
import { CHART_HEIGHT, CHART_WIDTH, chartSvg } from '../core/present/chart';
import type { ChartSpec } from '../core/present/report';
import { label } from '../core/words/messages';
import type { reportModel } from '../gas/report';
import { reportDocument } from '../render/reportDocx';

// The server's own type, for the compiler only (esbuild drops `import type`): never a copy (#24).
type ReportOutcome = ReturnType<typeof reportModel>;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun; host: { close(): void } } };

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
}

function fetchModel(): Promise<ReportOutcome> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReportOutcome))
      .withFailureHandler((error) => reject(error)) as unknown as Record<string, () => void>;
    runner.reportModel();
  });
}

/** A chart as PNG bytes: its SVG drawn on a canvas at twice its size. */
function chartPng(chart: ChartSpec): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = CHART_WIDTH * 2;
      canvas.height = CHART_HEIGHT * 2;
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no canvas'));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => {
        if (!blob) return reject(new Error('the chart could not be drawn'));
        blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject);
      }, 'image/png');
    };
    image.onerror = () => reject(new Error('the chart could not be drawn'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chartSvg(chart))}`;
  });
}

async function main(): Promise<void> {
  const status = byId('status');
  byId<HTMLButtonElement>('close').addEventListener('click', () => google.script.host.close());
  try {
    const outcome = await fetchModel();
    const labels = outcome.labels;
    status.textContent = labels.reportBuilding;
    byId('close').textContent = labels.reportClose;
    const document_ = await reportDocument(outcome.model, chartPng);
    const blob = await Packer.toBlob(document_);
    const link = byId<HTMLAnchorElement>('download');
    link.href = URL.createObjectURL(blob);
    link.download = outcome.fileName;
    link.textContent = `${labels.reportDownload}（${outcome.fileName}）`;
    link.hidden = false;
    const hint = byId('save-hint');
    hint.textContent = labels.reportSaveHint;
    hint.hidden = false;
    status.textContent = labels.reportReady;
    // Rows with errors are left out of the figures: say so here as the document does at its top.
    if (outcome.model.notice) {
      const box = byId('error');
      box.textContent = outcome.model.notice;
      box.hidden = false;
      const list = byId<HTMLUListElement>('errors');
      for (const problem of outcome.errors) {
        const item = document.createElement('li');
        item.textContent = `${problem.sheet}!${problem.cell} ${problem.message}`;
        list.append(item);
      }
    }
    const missing = outcome.model.blocks.filter((block) => block.type === 'placeholder').length;
    if (missing > 0) {
      const note = byId('placeholders');
      note.textContent = labels.reportPlaceholders.replace('{n}', String(missing));
      note.hidden = false;
    }
    document.body.dataset.ready = 'true';
  } catch (error) {
    const box = byId('error');
    const detail = error instanceof Error ? error.message : String(error);
    // Signed in to several Google accounts, google.script.run fails before the add-on runs: say what to do, in the browser's language.
    box.textContent = isMultipleAccountsFailure(detail)
      ? label('multipleAccounts', langOfLocale(navigator.language))
      : `報告書を作成できませんでした / The report could not be written: ${detail}`;
    box.hidden = false;
    status.textContent = '';
  }
}

void main();
