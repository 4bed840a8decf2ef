/**
 * The sidebar as people use it: Debian's Chromium driven by playwright-core,
 * against `npm run preview`'s server (the real bundle in the stand-in).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type Browser, chromium, type Frame, type Locator, type Page } from 'playwright-core';
import { type Preview, startPreview } from '../../dev/preview/server';
import { documentXmlToText } from '../../src/cli/docx';
import { EXAMPLE, ROOT, runCli } from '../support/cli';
import { exampleInput, sheet } from '../support/example';
import { tempDir, writeXlsx } from '../support/xlsx';

jest.setTimeout(120_000);

/** Retries an assertion until it passes: the page updates asynchronously. Waiting, not timing. */
async function eventually(assertion: () => Promise<void>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolveWait) => setTimeout(resolveWait, 100));
    }
  }
}

const textOf = async (locator: Locator) => (await locator.innerText()).trim();
const hasText = (locator: Locator, text: string) => eventually(async () => expect(await textOf(locator)).toBe(text));
const containsText = (locator: Locator, text: string) => eventually(async () => expect(await textOf(locator)).toContain(text));
const count = (locator: Locator, n: number) => eventually(async () => expect(await locator.count()).toBe(n));

const RESULTS = join(ROOT, 'test-results');
// The README's pictures are refreshed only on request (SHINCHOKU_UPDATE_SCREENSHOTS=1): a test run never modifies tracked files.
const SCREENSHOTS = process.env.SHINCHOKU_UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : RESULTS;
const CHROMIUM = process.env.SHINCHOKU_CHROMIUM ?? '/usr/bin/chromium';

let browser: Browser;
let preview: Preview;
let page: Page;
let workbook: string;

/** The example with one error (a bad address) and one warning (a status variant): figures unchanged. */
async function workbookWithProblems(): Promise<string> {
  const input = exampleInput();
  sheet(input, '部署').rows[2][1] = 'hoiku@@example';
  const activities = sheet(input, '取組活動');
  const row = activities.rows.findIndex((r) => r[3] === '概ね順調');
  activities.rows[row][3] = 'おおむね順調';
  const path = join(tempDir(), 'problems.xlsx');
  await writeXlsx(path, input);
  return path;
}

async function open(options: { rpcDelayMs?: number } = {}): Promise<Frame> {
  preview = await startPreview({ workbook, outDir: join(tempDir(), 'out'), ...options });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(preview.url);
  const frame = page.frame({ url: /\/sidebar$/ });
  if (!frame) throw new Error('sidebar frame missing');
  await frame.locator('#last-built').filter({ hasText: /./ }).waitFor();
  await frame.locator('#digest-day option').first().waitFor({ state: 'attached' });
  return frame;
}

async function shot(name: string, target: Page | Frame = page): Promise<void> {
  if ('screenshot' in target) await target.screenshot({ path: join(RESULTS, `${name}.png`) });
}

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  expect(existsSync(CHROMIUM)).toBe(true);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  workbook = await workbookWithProblems();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await page?.close();
  await preview?.close();
});

test('validate lists each problem with its cell; clicking one moves the active range to it', async () => {
  const frame = await open();
  await frame.getByRole('button', { name: '入力チェック' }).click();
  const items = frame.locator('#problems li');
  await count(items, 2);
  // Reading order: sheet by sheet, row by row.
  expect(await items.nth(0).innerText()).toMatch(/^警告 取組活動!D\d+/);
  expect(await items.nth(1).innerText()).toContain('エラー 部署!B3');
  expect(await frame.locator('#counts').innerText()).toBe('エラー 1 / 警告 1');
  // 区分の定義 (#25): the plan's labels with their meaning and definition, as text.
  expect(await frame.locator('#categories-heading').innerText()).toBe('区分の定義');
  expect(await frame.locator('#categories dt').first().innerText()).toBe('済');
  expect(await frame.locator('#categories dd').first().innerText()).toBe('当該活動が終了した。');
  await shot('01-validate');
  await page.locator('#side').screenshot({ path: join(SCREENSHOTS, 'sidebar.png') });

  await items.nth(1).getByRole('button').click();
  await hasText(page.locator('#active-range'), '部署!B3');
  await hasText(page.locator('td.active'), 'hoiku@@example');
  expect(await page.locator('td.active').getAttribute('data-cell')).toBe('B3');
  await shot('02-jump-to-cell');
});

test('regenerate makes the summary sheet appear with the right 進捗率', async () => {
  const frame = await open();
  await frame.getByRole('button', { name: '集計シートを作成・更新' }).click();
  await containsText(frame.locator('#status'), '集計シート「集計」を更新しました。エラーが 1 件残っています');
  await page.getByRole('button', { name: '集計', exact: true }).waitFor();
  await page.getByRole('button', { name: '集計', exact: true }).click();
  const table = page.locator('table[data-sheet="集計"]');
  for (const rate of ['91.4%', '98.1%', '100.0%', '97.9%', '91.6%']) await table.getByRole('cell', { name: rate, exact: true }).first().waitFor();
  await containsText(table, '4,698,997');
  await containsText(table, 'エラーが残っています');
  await shot('03-regenerated');
  await page.screenshot({ path: join(SCREENSHOTS, 'summary.png') });
});

test('switching the locale shows English', async () => {
  await open();
  await page.locator('#locale').selectOption('en');
  const reloaded = page.frame({ url: /\/sidebar$/ }) as Frame;
  await reloaded.getByRole('button', { name: 'Check entries' }).waitFor();
  await hasText(reloaded.locator('#digest-heading'), 'Monthly digest');
  await reloaded.getByRole('button', { name: 'Check entries' }).click();
  await containsText(reloaded.locator('#problems li').nth(1), 'E-mail address "hoiku@@example" is refused');
  await shot('04-english');
});

test('an invalid digest address is refused with the reason; a valid one installs the trigger', async () => {
  const frame = await open();
  preview.standIn.rt.now = () => new Date(Date.UTC(2024, 2, 5, 0));
  await frame.locator('#digest-enabled').check();
  await frame.locator('#digest-recipients').fill('gyokaku@example.jp\nfoo@bar');
  await frame.getByRole('button', { name: '設定を保存' }).click();
  await hasText(frame.locator('#digest-errors'), '「foo@bar」は使えません: 「@」の後のドメイン名が正しくありません（例: example.jp）');
  expect(preview.standIn.scriptApp.triggers).toHaveLength(0);
  await shot('05-digest-refused');
  await frame.locator('#digest-recipients').fill('gyokaku@example.jp');
  await frame.locator('#digest-day').selectOption('10');
  await frame.getByRole('button', { name: '設定を保存' }).click();
  await hasText(frame.locator('#digest-saved'), '設定を保存しました');
  expect(preview.standIn.scriptApp.triggers).toEqual([expect.objectContaining({ monthDay: 10, hour: 8 })]);
  await frame.getByRole('button', { name: '今すぐ送信' }).click();
  await containsText(frame.locator('#digest-saved'), '送信 2 通');
  await shot('06-digest-sent');
});

test('every button works from the keyboard alone', async () => {
  const frame = await open();
  const body = frame.locator('body');
  await body.focus();
  async function tabTo(id: string): Promise<void> {
    for (let i = 0; i < 80; i++) {
      if ((await frame.evaluate(() => document.activeElement?.id)) === id) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`could not reach #${id} with Tab`);
  }
  await tabTo('validate');
  await page.keyboard.press('Enter');
  await count(frame.locator('#problems li'), 2);
  await page.keyboard.press('Tab');
  await tabTo('regenerate');
  await page.keyboard.press('Space');
  await containsText(frame.locator('#status'), '集計');
  // Each problem's button, reached by Tab, selects its cell with Enter.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await frame.evaluate(() => document.activeElement?.closest('#problems') !== null)) break;
  }
  await page.keyboard.press('Enter');
  await eventually(async () => expect(await textOf(page.locator('#active-range'))).toMatch(/^取組活動!D\d+$/));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await hasText(page.locator('#active-range'), '部署!B3');
  await tabTo('digest-enabled');
  await page.keyboard.press('Space');
  await tabTo('digest-recipients');
  await page.keyboard.type('gyokaku@example.jp');
  await tabTo('digest-save');
  await page.keyboard.press('Enter');
  await hasText(frame.locator('#digest-saved'), '設定を保存しました');
  await tabTo('digest-send');
  await page.keyboard.press('Enter');
  // The outcome of the send is shown (today is after the example plan's end, so it says nothing was sent, and why).
  await containsText(frame.locator('#digest-saved'), '送');
  await shot('07-keyboard');
});

test('busy state while a call runs, a readable error when one fails, and 300 px without sideways scrolling', async () => {
  const frame = await open({ rpcDelayMs: 700 });
  const validate = frame.getByRole('button', { name: '入力チェック' });
  await validate.click();
  await eventually(async () => expect(await frame.locator('body').getAttribute('aria-busy')).toBe('true'));
  expect(await validate.isDisabled()).toBe(true);
  expect(await textOf(frame.locator('#status'))).toBe('処理中…');
  await shot('08-busy');
  await eventually(async () => expect(await frame.locator('body').getAttribute('aria-busy')).toBe('false'));
  expect(await validate.isEnabled()).toBe(true);

  preview.standIn.rt.onCall = (name) => {
    if (name === 'Spreadsheet.getId') {
      preview.standIn.rt.onCall = null;
      throw new Error('Service Spreadsheets failed while accessing document');
    }
  };
  await frame.getByRole('button', { name: '集計シートを作成・更新' }).click();
  await hasText(frame.locator('#error'), '処理に失敗しました: Service Spreadsheets failed while accessing document');
  await shot('09-error');
  const widths = await frame.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.client).toBe(300);
  expect(widths.scroll).toBeLessThanOrEqual(300);
});

test('the resulting workbook can be saved as .xlsx', async () => {
  const frame = await open();
  await frame.getByRole('button', { name: '集計シートを作成・更新' }).click();
  await containsText(frame.locator('#status'), '集計');
  await page.getByRole('button', { name: /Save \.xlsx/ }).click();
  await containsText(page.locator('#saved'), '.xlsx');
  const path = await page.locator('#saved').innerText();
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.readFile(path);
  expect(saved.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['取組活動', '集計', '入力チェック結果']));
});

test('workbook text with markup is shown as text in the sidebar: no script runs, no element is made', async () => {
  const input = exampleInput();
  const activities = sheet(input, '取組活動');
  activities.rows[1][3] = '<script>window.__pwned = 1</script>';
  activities.rows[2][3] = `"'><img src=x onerror="window.__pwned = 2">`;
  const path = join(tempDir(), 'markup.xlsx');
  await writeXlsx(path, input);
  const saved = workbook;
  workbook = path;
  try {
    const frame = await open();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await frame.getByRole('button', { name: '入力チェック' }).click();
    await count(frame.locator('#problems li'), 2);
    await containsText(frame.locator('#problems li').nth(0), '進捗状況「<script>window.__pwned = 1</script>」は使えません');
    await containsText(frame.locator('#problems li').nth(1), `進捗状況「"'><img src=x onerror="window.__pwned = 2">」は使えません`);
    expect(await frame.locator('#problems img, #problems script').count()).toBe(0);
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    await shot('10-markup-as-text');
  } finally {
    workbook = saved;
  }
});

test('google.script.run refuses a Date, a function or a DOM node, as the real one does', async () => {
  const frame = await open();
  const outcomes = await frame.evaluate(async () => {
    const run = (window as unknown as { google: { script: { run: Record<string, unknown> } } }).google.script.run;
    const attempt = (arg: unknown) =>
      new Promise<string>((resolve) => {
        const runner = run as unknown as {
          withSuccessHandler(fn: () => void): { withFailureHandler(fn: (e: Error) => void): { sidebarSelectCell(a: unknown, b: unknown): void } };
        };
        runner
          .withSuccessHandler(() => resolve('ok'))
          .withFailureHandler((error: Error) => resolve(error.message))
          .sidebarSelectCell(arg, 'A1');
      });
    return [
      await attempt(new Date()),
      await attempt(() => 1),
      await attempt(document.body),
      await attempt({ nested: [new Date()] }),
      await attempt('取組活動'),
    ];
  });
  expect(outcomes).toEqual([
    'google.script.run cannot pass a Date',
    'google.script.run cannot pass a function',
    'google.script.run cannot pass a DOM node',
    'google.script.run cannot pass a Date',
    'ok',
  ]);
});

describe('報告書を作成', () => {
  /** The text of a .docx, a table row a line, as the proof-reader reads it. */
  async function docxText(path: string): Promise<{ text: string; media: string[] }> {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    return { text: documentXmlToText(xml), media: Object.keys(zip.files).filter((name) => name.startsWith('word/media/')) };
  }

  test('opens a dialog that builds the .docx in the browser and downloads it: the document the CLI writes', async () => {
    const frame = await open();
    await frame.getByRole('button', { name: '報告書を作成' }).click();
    // The dialog opens in Sheets' sandbox (downloads allowed), asks for the model and builds the file.
    await eventually(async () => expect(await page.locator('#dialog').getAttribute('open')).not.toBeNull());
    expect(await page.locator('#dialog-frame').getAttribute('sandbox')).toContain('allow-downloads');
    // The dialog sits inside an outer frame of another origin (as in Sheets), which loads it a moment later.
    const findDialog = () => page.frame({ url: /\/report$/ });
    await eventually(async () => expect(findDialog()).not.toBeNull());
    const dialog = findDialog();
    if (!dialog) throw new Error('report dialog missing');
    const link = dialog.locator('#download');
    await link.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await link.innerText()).toBe('ダウンロード（平塚市行財政改革計画（2020-2023）_実績報告書.docx）');
    await shot('11-report-dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('平塚市行財政改革計画（2020-2023）_実績報告書.docx');
    const saved = join(tempDir(), 'from-dialog.docx');
    await download.saveAs(saved);

    // The CLI's report of the same workbook on the same day: the same words and figures, the same three charts.
    const cli = join(tempDir(), 'from-cli.docx');
    expect(runCli(['report', workbook, '--out', cli]).status).toBe(1);
    const fromDialog = await docxText(saved);
    const fromCli = await docxText(cli);
    expect(fromDialog.media).toHaveLength(3);
    expect(fromDialog.text).toContain('令和2年度\t827,080千円');
    expect(fromDialog.text).toContain('※入力にエラーが1件残っています。');
    expect(fromDialog.text).toBe(fromCli.text);
  });
});

test('the README picture of the report: its HTML rendering, first pages', async () => {
  const html = join(tempDir(), 'report.html');
  expect(runCli(['report', EXAMPLE, '--out', html, '--as-of', '2024-03-31']).status).toBe(0);
  page = await browser.newPage({ viewport: { width: 820, height: 1160 } });
  await page.goto(pathToFileURL(html).href);
  await page.locator('table').first().waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, 'report.png') });
  await page.evaluate(() => document.querySelectorAll('h1')[2]?.scrollIntoView());
  await page.screenshot({ path: join(SCREENSHOTS, 'report-progress.png') });
  // Print to A4 works: the PDF has pages.
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
