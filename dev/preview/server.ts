/**
 * `npm run preview [-- <workbook.xlsx>]`: the built sidebar in a browser,
 * beside a view of the workbook, with google.script.run answered by the real
 * bundle (dist/Code.js) running in the local Apps Script stand-in.
 * Binds to 127.0.0.1 only.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { DestinationExistsError, discardStaged, placeStaged, stageFile } from '../../src/cli/safeWrite';
import { addDataSheet, readWorkbookFile } from '../../src/cli/xlsx';
import { parseFiscalYear } from '../../src/core/base/fiscalYear';
import { jstDate, parseJstDate } from '../../src/core/base/jst';
import { roundUiLabel } from '../../src/core/words/roundUi';
import { ENTRY_POINTS } from '../../src/entryPoints';
import { AppsScriptStandIn } from '../standin';
import { MULTIPLE_ACCOUNTS_ERROR } from '../standin/runtime';
import { dialogHostPage, PREVIEW_PAGE } from './page';

const ROOT = join(__dirname, '..', '..');

export interface Preview {
  url: string;
  standIn: AppsScriptStandIn;
  server: Server;
  close(): Promise<void>;
}

export interface PreviewOptions {
  workbook?: string;
  port?: number;
  locale?: string;
  distDir?: string;
  outDir?: string;
  /** Tests only: hold each sidebar call this long, to observe the busy state. */
  rpcDelayMs?: number;
  /** google.script.run fails as when the browser is signed in to several Google accounts (Runtime.multipleAccounts). */
  multipleAccounts?: boolean;
  /** A round (照会) opened at start, as the office would from the menu, so the sidebar's 照会 tab has something to show. */
  round?: { year: string; due: string };
  /** The preview's clock (the stand-in's): a round of a past plan opens as of a day before its deadline. */
  now?: Date;
}

// What the pages may call: the sidebar's functions, and the dialog it opens (google.script.run reaches any top-level function).
const SIDEBAR_FUNCTIONS = new Set([...ENTRY_POINTS.filter((e) => e.kind === 'sidebar').map((e) => e.name), 'showReportDialog']);

/**
 * What google.script.run cannot carry, as strictly as the real one: "Requests
 * fail if you attempt to pass a Date, Function, DOM element besides a form, or
 * other prohibited type, including prohibited types inside objects or arrays."
 * https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
 * The same check runs on the page (arguments) and here (return values).
 */
export function prohibitedValue(value: unknown, seen = new Set<unknown>()): string | null {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return null;
  if (typeof value === 'function') return 'a function';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'a Date';
  if (typeof value !== 'object' || seen.has(value)) return typeof value === 'object' ? 'a cyclic object' : `a ${typeof value}`;
  seen.add(value);
  const entries = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  for (const entry of entries) {
    const found = prohibitedValue(entry, seen);
    if (found) return found;
  }
  return null;
}

/** Replaces google.script.run in the page with calls to this server. */
const RUN_STUB = `<script>
(function () {
  function prohibited(value, seen) {
    seen = seen || [];
    if (value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return null;
    if (typeof value === 'function') return 'a function';
    if (Object.prototype.toString.call(value) === '[object Date]') return 'a Date';
    if (typeof Node !== 'undefined' && value instanceof Node && !(value instanceof HTMLFormElement)) return 'a DOM node';
    if (typeof value !== 'object' || seen.indexOf(value) >= 0) return 'a value it cannot pass';
    seen.push(value);
    var entries = Array.isArray(value) ? value : Object.keys(value).map(function (k) { return value[k]; });
    for (var i = 0; i < entries.length; i++) { var found = prohibited(entries[i], seen); if (found) return found; }
    return null;
  }
  function runner(success, failure) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, failure); };
        if (name === 'withFailureHandler') return function (fn) { return runner(success, fn); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var bad = prohibited(args);
          if (bad) { var error = new Error('google.script.run cannot pass ' + bad); if (failure) setTimeout(function () { failure(error); }, 0); return; }
          fetch('/rpc/' + encodeURIComponent(String(name)), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) })
            .then(function (response) { return response.json(); })
            .then(function (reply) {
              if (window.parent !== window) window.parent.postMessage('shinchoku:changed', location.origin);
              if (reply.ok) { if (success) success(reply.value); }
              else if (failure) failure(new Error(reply.error));
            })
            .catch(function (error) { if (failure) failure(error); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () { if (window.parent !== window) window.parent.postMessage('shinchoku:close', location.origin); } } } };
})();
</script>`;

function displayValue(value: unknown, format: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const d = new Date((value as Date).getTime() + 9 * 3600_000);
    return d.toISOString().slice(0, 10);
  }
  if (typeof value === 'number') {
    const percent = /^0(\.(0+))?%$/.exec(format);
    if (percent) return `${(value * 100).toFixed(percent[2]?.length ?? 0)}%`;
    if (format === '#,##0') return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
    if (format === '#,##0.00') return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return String(value);
  }
  return String(value);
}

function state(standIn: AppsScriptStandIn) {
  const spreadsheet = standIn.spreadsheet;
  return {
    locale: standIn.rt.locale,
    sheets: spreadsheet.sheets.map((sheet) => {
      const values = sheet.snapshot();
      const rows = values.map((row, r) => row.map((value, c) => displayValue(value, sheet.cellAt(r + 1, c + 1).format)));
      const bold = values.map((row, r) => row.map((_, c) => sheet.cellAt(r + 1, c + 1).weight === 'bold'));
      return { name: sheet.name, hidden: sheet.hidden, rows, bold, charts: sheet.charts.map((c) => ({ type: c.type, title: String(c.options.title ?? '') })) };
    }),
    active: {
      sheet: spreadsheet.activeSheet?.name ?? null,
      range: spreadsheet.activeRange ? { sheet: spreadsheet.activeRange.sheet.name, a1: spreadsheet.activeRange.getA1NotationUncounted() } : null,
    },
    toasts: spreadsheet.toasts.slice(-3),
    mails: standIn.mail.sent.map((m) => ({ to: m.to, subject: m.subject })),
    triggers: standIn.scriptApp.triggers.map((t) => ({ handler: t.handler, monthDay: t.monthDay, hour: t.hour })),
    calls: standIn.rt.total,
    dialogs: standIn.ui.dialogs.map((d) => d.title),
  };
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, type: string, content: string): void {
  response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(content);
}

async function saveWorkbook(standIn: AppsScriptStandIn, outDir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of standIn.spreadsheet.sheets) {
    const worksheet = addDataSheet(workbook, sheet.name, sheet.snapshot());
    sheet.snapshot().forEach((row, r) => {
      row.forEach((_, c) => {
        const format = sheet.cellAt(r + 1, c + 1).format;
        if (format !== 'General') worksheet.getCell(r + 1, c + 1).numFmt = format;
      });
    });
    if (sheet.hidden) worksheet.state = 'hidden';
  }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  // Named by the second: a second save in the same second takes -2, -3, … Each name is taken by the
  // safe writer's exclusive placement (src/cli/safeWrite.ts), so no save ever replaces another, even
  // two running at once, and none is ever half-written. The bytes are staged once, then offered each name.
  const name = (n: number) => join(outDir, `preview-${stamp}${n === 1 ? '' : `-${n}`}.xlsx`);
  const staged = stageFile(name(1), bytes);
  try {
    for (let n = 1; n <= 1000; n++) {
      try {
        placeStaged({ ...staged, destination: name(n) }, { replace: false });
        return name(n);
      } catch (error) {
        if (!(error instanceof DestinationExistsError)) throw error;
      }
    }
    throw new Error(`${outDir}: 同じ秒の保存が多すぎます / too many saves in one second`);
  } finally {
    discardStaged(staged);
  }
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const workbookPath = resolve(options.workbook ?? join(ROOT, 'examples', 'hiratsuka-2020-2023.xlsx'));
  const distDir = options.distDir ?? join(ROOT, 'dist');
  const outDir = options.outDir ?? join(ROOT, 'out');
  const fixed = options.now;
  const standIn = new AppsScriptStandIn({ locale: options.locale ?? 'ja', distDir, ...(fixed ? { now: () => fixed } : {}) });
  const input = await readWorkbookFile(workbookPath);
  for (const sheet of input.sheets) standIn.spreadsheet.addSheet(sheet.name, sheet.rows);
  standIn.load();
  standIn.run('onOpen', [{ authMode: 'NONE' }], 'NONE');
  standIn.rt.multipleAccounts = options.multipleAccounts === true;
  if (options.round) {
    const opened = standIn.run<{ ok: boolean; message: string }>('roundOpen', [options.round.year, options.round.due]);
    if (!opened.ok) throw new Error(opened.message);
  }

  let port = 0;
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      // Only this machine, by name: a page elsewhere that rebinds its DNS to 127.0.0.1 still sends its own Host.
      const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
      if (!allowedHosts.includes(String(request.headers.host ?? ''))) return send(response, 403, 'text/plain', 'forbidden host');
      // Every state-changing request must come from this server's own pages: a cross-site POST carries another Origin.
      if (request.method !== 'GET' && !allowedHosts.map((host) => `http://${host}`).includes(String(request.headers.origin ?? '')))
        return send(response, 403, 'text/plain', 'forbidden origin');
      try {
        if (request.method === 'GET' && url.pathname === '/') return send(response, 200, 'text/html', PREVIEW_PAGE);
        if (request.method === 'GET' && url.pathname === '/sidebar') {
          const html = readFileSync(join(distDir, 'Sidebar.html'), 'utf8').replace('<head>', `<head>${RUN_STUB}`);
          return send(response, 200, 'text/html', html);
        }
        // The dialog's outer frame, on the other loopback name (another origin), holding the dialog as Sheets nests it.
        if (request.method === 'GET' && url.pathname === '/dialog-host') {
          const top = url.searchParams.get('top') ?? '';
          if (!allowedHosts.map((host) => `http://${host}`).includes(top)) return send(response, 400, 'text/plain', 'bad top origin');
          return send(response, 200, 'text/html', dialogHostPage(top));
        }
        if (request.method === 'GET' && url.pathname === '/report') {
          const html = readFileSync(join(distDir, 'Report.html'), 'utf8').replace('<head>', `<head>${RUN_STUB}`);
          return send(response, 200, 'text/html', html);
        }
        if (request.method === 'GET' && url.pathname === '/api/state') return send(response, 200, 'application/json', JSON.stringify(state(standIn)));
        if (request.method === 'POST' && url.pathname.startsWith('/rpc/')) {
          const name = decodeURIComponent(url.pathname.slice('/rpc/'.length));
          if (!SIDEBAR_FUNCTIONS.has(name))
            return send(response, 404, 'application/json', JSON.stringify({ ok: false, error: `${name} is not callable from the sidebar` }));
          const args = JSON.parse((await body(request)) || '[]') as unknown[];
          if (options.rpcDelayMs) await new Promise((wait) => setTimeout(wait, options.rpcDelayMs));
          if (standIn.rt.multipleAccounts) return send(response, 200, 'application/json', JSON.stringify({ ok: false, error: MULTIPLE_ACCOUNTS_ERROR }));
          try {
            const value = standIn.run(name, Array.isArray(args) ? args : []);
            const bad = prohibitedValue(value);
            if (bad)
              return send(
                response,
                200,
                'application/json',
                JSON.stringify({ ok: false, error: `${name} returned ${bad}, which google.script.run cannot pass` }),
              );
            return send(response, 200, 'application/json', JSON.stringify({ ok: true, value: value ?? null }));
          } catch (error) {
            const message = typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
            return send(response, 200, 'application/json', JSON.stringify({ ok: false, error: message }));
          }
        }
        if (request.method === 'POST' && url.pathname === '/api/locale') {
          const { locale } = JSON.parse(await body(request)) as { locale?: string };
          standIn.rt.locale = locale === 'en' ? 'en' : 'ja';
          return send(response, 200, 'application/json', JSON.stringify({ ok: true, locale: standIn.rt.locale }));
        }
        if (request.method === 'POST' && url.pathname === '/api/save') {
          const path = await saveWorkbook(standIn, outDir);
          return send(response, 200, 'application/json', JSON.stringify({ ok: true, path }));
        }
        return send(response, 404, 'text/plain', 'not found');
      } catch (error) {
        return send(response, 500, 'text/plain', error instanceof Error ? error.message : String(error));
      }
    })();
  });
  await new Promise<void>((resolvePromise) => server.listen(options.port ?? 0, '127.0.0.1', resolvePromise));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    standIn,
    server,
    close: () => new Promise<void>((resolvePromise) => server.close(() => resolvePromise())),
  };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 8765;
  const workbook = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--port' && args[index - 1] !== '--round');
  // --multiple-accounts: google.script.run fails as with several Google accounts signed in.
  // --round 2023:2024-04-30: a round for that fiscal year and deadline, opened at start (the sidebar's 照会 tab).
  const roundIndex = args.indexOf('--round');
  const roundValue = roundIndex >= 0 ? String(args[roundIndex + 1] ?? '') : '';
  const [roundYear, roundDue] = roundValue.split(':');
  if (roundIndex >= 0 && (roundValue.startsWith('--') || !roundYear || !roundDue)) {
    // Without YEAR:DUE there is nothing to open: say in both languages what is expected (r27 #13).
    console.error(`preview: ${roundUiLabel('roundPreviewUsage', 'ja')} / ${roundUiLabel('roundPreviewUsage', 'en')}`);
    process.exit(2);
  }
  const round = roundIndex >= 0 ? { year: roundYear ?? '', due: roundDue ?? '' } : undefined;
  // A round whose deadline has passed (the examples' plans are past ones) runs as of the April 1 after its year, or its
  // deadline if that is earlier: a round never opens with a deadline already past.
  let now: Date | undefined;
  const dueDay = round ? parseJstDate(round.due) : null;
  const fy = round ? parseFiscalYear(round.year) : null;
  if (round && dueDay && fy !== null && round.due < jstDate(new Date())) {
    const day = `${fy + 1}-04-01` < round.due ? `${fy + 1}-04-01` : round.due;
    now = new Date((parseJstDate(day)?.getTime() ?? 0) + 9 * 3600_000);
    console.log(`preview: ${roundUiLabel('roundPreviewAsOf', 'ja', { day })} / ${roundUiLabel('roundPreviewAsOf', 'en', { day })}`);
  }
  startPreview({ workbook, port, multipleAccounts: args.includes('--multiple-accounts'), round, ...(now ? { now } : {}) }).then(
    (preview) => {
      console.log(`Shinchoku preview: ${preview.url}  (workbook: ${workbook ?? 'examples/hiratsuka-2020-2023.xlsx'}; loopback only; Ctrl+C to stop)`);
    },
    (error: unknown) => {
      console.error(`preview: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
