/**
 * The sidebar's 照会 tab as people use it (issue #27): Debian's Chromium driven by playwright-core against
 * the preview's server (the real bundle in the stand-in), on the example workbook (令和5年度 round).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { type Preview, startPreview } from '../../dev/preview/server';
import { columnLetters } from '../../src/core/base/cells';
import { roundRequests } from '../../src/core/round/round';
import { EXAMPLE, ROOT } from '../support/cli';
import { exampleInput } from '../support/example';
import { tempDir } from '../support/xlsx';

jest.setTimeout(120_000);

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

const CHROMIUM = process.env.SHINCHOKU_CHROMIUM ?? '/usr/bin/chromium';
const RESULTS = join(ROOT, 'test-results');
let browser: Browser;
let preview: Preview;
let page: Page;

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
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
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await page?.close();
  await preview?.close();
});

/** The example's plan ends in FY2023: its round runs as of 2024-04-01 09:00 JST, before its deadline (a past one is refused). */
const AS_OF = new Date(Date.UTC(2024, 3, 1, 0));

async function open(round?: { year: string; due: string }): Promise<Frame> {
  preview = await startPreview({ workbook: EXAMPLE, outDir: join(tempDir(), 'out'), round, now: AS_OF });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(preview.url);
  const frame = page.frame({ url: /\/sidebar$/ });
  if (!frame) throw new Error('sidebar frame missing');
  await frame.locator('#last-built').filter({ hasText: /./ }).waitFor();
  return frame;
}

test('the 照会 tab: no round yet, then each department’s completion, its change after an edit, and back to the main tab', async () => {
  const frame = await open();
  await frame.getByRole('tab', { name: '照会' }).click();
  await eventually(async () => expect(await frame.locator('#round-line').innerText()).toContain('開始されている照会はありません'));
  // The main tab's buttons are out of sight while the 照会 tab is shown.
  expect(await frame.locator('#validate').isVisible()).toBe(false);

  const opened = preview.standIn.run<{ ok: boolean; message: string }>('roundOpen', ['2023', '2024-04-30']);
  expect(opened.ok).toBe(true);
  const plan = roundRequests(exampleInput(), { year: 2023, due: '2024-04-30' });
  await frame.getByRole('button', { name: '最新の状況' }).click();
  const rows = frame.locator('#round-rows tr');
  await eventually(async () => expect(await rows.count()).toBe(plan.departments.length));
  expect(await frame.locator('#round-line').innerText()).toContain('令和5年度の照会（期限 2024-04-30');
  const first = plan.departments[0];
  const firstCells = rows.nth(0).locator('td');
  expect(await firstCells.nth(0).innerText()).toContain(first.department);
  const requested = Number(await firstCells.nth(1).innerText());
  const filled = Number(await firstCells.nth(2).innerText());
  expect(requested).toBeGreaterThan(0);
  expect(await firstCells.nth(4).innerText()).toBe('—');
  // When the figures were read, so that a time in the last column is not taken for more than it is.
  expect(await frame.locator('#round-measured').innerText()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} JST 時点の状況です/);

  // The office empties one answered 進捗状況 of the first department: the tab shows one fewer filled, and when.
  const layout = plan.layouts.activities;
  const row = first.rows.find((r) => r.sheet === 'activities');
  if (!layout || row === undefined || layout.columns.status === undefined) throw new Error('no activity row');
  const typed = preview.standIn.typeAs('installer@example.jp', layout.name, `${columnLetters(layout.columns.status)}${row.row + 1}`, '');
  expect(typed).toEqual({ ok: true });
  await frame.getByRole('button', { name: '最新の状況' }).click();
  await eventually(async () => expect(Number(await rows.nth(0).locator('td').nth(2).innerText())).toBe(filled - 1));
  expect(await rows.nth(0).locator('td').nth(4).innerText()).toMatch(/JST$/);
  await eventually(async () => expect(await frame.locator('#round-progress').innerText()).toMatch(/^全体: \d+ \/ \d+ セル入力済/));
  await frame.locator('body').screenshot({ path: join(RESULTS, 'round-tab.png') });

  await frame.getByRole('tab', { name: 'メイン' }).click();
  expect(await frame.locator('#validate').isVisible()).toBe(true);
  expect(await frame.locator('#round-panel').isVisible()).toBe(false);
});

test('the preview opened with a round (npm run preview -- --round 2023:2024-04-30) shows it in the 照会 tab at once', async () => {
  const frame = await open({ year: '2023', due: '2024-04-30' });
  await frame.getByRole('tab', { name: '照会' }).click();
  await eventually(async () => expect(await frame.locator('#round-line').innerText()).toContain('令和5年度の照会'));
  const plan = roundRequests(exampleInput(), { year: 2023, due: '2024-04-30' });
  await eventually(async () => expect(await frame.locator('#round-rows tr').count()).toBe(plan.departments.length));
  // The request mails went out as the round opened, one per department with an address.
  expect(preview.standIn.mail.sent).toHaveLength(plan.departments.filter((d) => d.emails.length > 0).length);
});
