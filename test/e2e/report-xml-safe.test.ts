/**
 * The report dialog in Chromium (the real dist/Report.html, against `npm run preview`'s
 * server): a workbook whose 計画名, a project, an activity and the 報告書 text hold
 * U+FFFF, U+FFFE, a lone surrogate and U+0001 still gives a .docx whose every part is
 * well-formed XML 1.0, each such character shown as U+FFFD.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type Preview, startPreview } from '../../dev/preview/server';
import { exampleInput, sheet } from '../support/example';
import { tempDir } from '../support/xlsx';
import { checkXmlParts, writeEscapedXlsx } from '../support/xml';

jest.setTimeout(120_000);

const CHROMIUM = process.env.SHINCHOKU_CHROMIUM ?? '/usr/bin/chromium';
const FORBIDDEN = '\uffff\ufffe\ud800\u0001';

let browser: Browser;
let preview: Preview | undefined;
let page: Page | undefined;

beforeAll(async () => {
  expect(existsSync(CHROMIUM)).toBe(true);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
});

afterAll(async () => {
  await page?.close();
  await preview?.close();
  await browser?.close();
});

test('the dialog’s .docx: every part well-formed, no forbidden character', async () => {
  const input = exampleInput();
  const name = sheet(input, '設定').rows.find((r) => r[0] === '計画名');
  if (name) name[1] = `計画${FORBIDDEN}名`;
  sheet(input, '事業').rows[1][1] = `事業${FORBIDDEN}名`;
  sheet(input, '取組活動').rows[1][2] = `活動${FORBIDDEN}一`;
  sheet(input, '報告書').rows[1][2] = `本文${FORBIDDEN}です。`;
  const workbook = join(tempDir(), 'forbidden.xlsx');
  await writeEscapedXlsx(workbook, input);

  preview = await startPreview({ workbook, outDir: join(tempDir(), 'out') });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(preview.url);
  const sidebar = page.frame({ url: /\/sidebar$/ });
  if (!sidebar) throw new Error('sidebar frame missing');
  await sidebar.getByRole('button', { name: '報告書を作成' }).click();
  const dialog = await (async () => {
    for (let i = 0; i < 200; i++) {
      const found = page?.frame({ url: /\/report$/ });
      if (found) return found;
      await new Promise((wait) => setTimeout(wait, 100));
    }
    throw new Error('report dialog missing');
  })();
  const link = dialog.locator('#download');
  await link.waitFor({ state: 'visible', timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const saved = join(tempDir(), 'from-dialog.docx');
  await download.saveAs(saved);

  const { parts, text } = await checkXmlParts(readFileSync(saved));
  expect(parts).toBeGreaterThanOrEqual(8);
  expect(text).toContain('計画\ufffd\ufffd\ufffd\ufffd名');
  expect(text).toContain('事業\ufffd\ufffd\ufffd\ufffd名');
  expect(text).toContain('本文\ufffd\ufffd\ufffd\ufffdです。');
});
