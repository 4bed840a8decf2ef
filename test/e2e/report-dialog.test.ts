/**
 * The report dialog as Sheets nests it: the page on one origin, the dialog's outer frame on
 * another, the dialog inside it, every frame sandboxed as Apps Script sandboxes its pages (no top
 * navigation, downloads allowed: https://developers.google.com/apps-script/guides/html/restrictions).
 * And google.script.run failing as it does when the browser is signed in to several Google
 * accounts (https://developers.google.com/apps-script/guides/support/troubleshooting).
 * Debian's Chromium driven by playwright-core, against the preview server (the real bundle in the stand-in).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { type Preview, startPreview } from '../../dev/preview/server';
import { EXAMPLE } from '../support/cli';
import { tempDir } from '../support/xlsx';

jest.setTimeout(120_000);

const CHROMIUM = process.env.SHINCHOKU_CHROMIUM ?? '/usr/bin/chromium';
const FILE = '平塚市行財政改革計画（2020-2023）_実績報告書.docx';
const MULTIPLE_ACCOUNTS = '複数の Google アカウントに同時にログインしているため、アドオンが動けません。';

let browser: Browser;
let preview: Preview | null = null;
let page: Page | null = null;

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

async function open(options: { multipleAccounts?: boolean } = {}): Promise<{ page: Page; sidebar: Frame }> {
  preview = await startPreview({ workbook: EXAMPLE, outDir: join(tempDir(), 'out'), ...options });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, locale: 'ja-JP' });
  await page.goto(preview.url);
  const sidebar = page.frame({ url: /\/sidebar$/ });
  if (!sidebar) throw new Error('sidebar frame missing');
  return { page, sidebar };
}

/** The report dialog's own frame, once the page has opened it. */
async function reportFrame(target: Page): Promise<Frame> {
  let found: Frame | null = null;
  await eventually(async () => {
    found = target.frame({ url: /\/report$/ });
    expect(found).not.toBeNull();
  });
  return found as unknown as Frame;
}

beforeAll(async () => {
  expect(existsSync(CHROMIUM)).toBe(true);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await page?.close();
  await preview?.close();
  page = null;
  preview = null;
});

test('the dialog sits in sandboxed frames of another origin, relies on no top navigation, and its download works', async () => {
  const { page, sidebar } = await open();
  await sidebar.locator('#last-built').filter({ hasText: /./ }).waitFor();
  await sidebar.getByRole('button', { name: '報告書を作成' }).click();
  const dialog = await reportFrame(page);

  // Nested as in Sheets: page (127.0.0.1) → outer frame (localhost) → the dialog, every frame sandboxed.
  const top = new URL(page.url()).origin;
  const outer = dialog.parentFrame();
  if (!outer) throw new Error('the dialog has no outer frame');
  expect(outer.parentFrame()).toBe(page.mainFrame());
  expect(new URL(outer.url()).origin).not.toBe(top);
  expect(new URL(dialog.url()).origin).toBe(new URL(outer.url()).origin);
  expect(new URL(outer.url()).pathname).toBe('/dialog-host');
  for (const selector of ['#dialog-frame']) {
    const sandbox = (await page.locator(selector).getAttribute('sandbox')) ?? '';
    expect(sandbox).toContain('allow-downloads');
    expect(sandbox).not.toContain('allow-top-navigation');
  }
  const innerSandbox = (await outer.locator('#userHtmlFrame').getAttribute('sandbox')) ?? '';
  expect(innerSandbox).toContain('allow-downloads');
  expect(innerSandbox).not.toContain('allow-top-navigation');
  // The top window is out of the dialog's reach: another origin.
  expect(
    await dialog.evaluate(() => {
      try {
        return String(window.top?.location.href);
      } catch (_error) {
        return 'cross-origin';
      }
    }),
  ).toBe('cross-origin');

  // No <base target="_top">, and the link downloads in its own frame: a blob: URL with a file name.
  const link = dialog.locator('#download');
  await link.waitFor({ state: 'visible', timeout: 60_000 });
  expect(await dialog.locator('base').count()).toBe(0);
  expect(await link.getAttribute('target')).toBeNull();
  expect(await link.getAttribute('href')).toMatch(/^blob:/);
  expect(await link.getAttribute('download')).toBe(FILE);
  expect(await dialog.locator('#save-hint').innerText()).toBe(
    'ダウンロードが始まらないときは、上のリンクを右クリックして「名前を付けてリンク先を保存」を選んでください。',
  );
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(FILE);
  const saved = join(tempDir(), 'nested.docx');
  await download.saveAs(saved);
  const zip = await JSZip.loadAsync(readFileSync(saved));
  expect(await zip.file('word/document.xml')?.async('string')).toContain('令和2年度');

  // 閉じる reaches the page through the outer frame.
  await dialog.getByRole('button', { name: '閉じる' }).click();
  await eventually(async () => expect(await page.locator('#dialog').getAttribute('open')).toBeNull());
});

test('several Google accounts signed in: the sidebar says to sign out of the others, not 処理に失敗しました', async () => {
  const { sidebar } = await open({ multipleAccounts: true });
  const error = sidebar.locator('#error');
  await eventually(async () => expect(await error.innerText()).toContain(MULTIPLE_ACCOUNTS));
  expect(await error.innerText()).not.toContain('処理に失敗しました');
  expect(await error.innerText()).not.toContain('Authorization is required');
  await sidebar.getByRole('button', { name: '入力チェック' }).click();
  await eventually(async () => expect(await error.innerText()).toContain('他のアカウントからログアウトするか'));
});

test('several Google accounts signed in while the report dialog asks for the report: the dialog says what to do', async () => {
  const { page, sidebar } = await open();
  await sidebar.locator('#last-built').filter({ hasText: /./ }).waitFor();
  const standIn = (preview as Preview).standIn;
  // Another account signs in once the dialog is open, before it asks for the report.
  standIn.rt.onCall = (name) => {
    if (name === 'Ui.showModalDialog') standIn.rt.multipleAccounts = true;
  };
  await sidebar.getByRole('button', { name: '報告書を作成' }).click();
  const dialog = await reportFrame(page);
  const error = dialog.locator('#error');
  await eventually(async () => expect(await error.innerText()).toContain(MULTIPLE_ACCOUNTS));
  expect(await error.innerText()).not.toContain('Authorization is required');
  expect(await dialog.locator('#download').isHidden()).toBe(true);
});
