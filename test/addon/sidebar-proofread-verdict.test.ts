import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, runCli } from '../support/cli';
import { standInWith } from '../support/standin';
import { tempDir } from '../support/xlsx';

/**
 * The sidebar's proof-read gives the CLI's verdict (issue #24): a draft the CLI
 * refuses is refused in the sidebar with the same words, in the user's
 * language, never "0 figures checked; 0 found wrong".
 */
const ENGLISH = 'The progress of the reform plan was reviewed this year and the departments reported their results: 12 projects, 3 finished.\n'.repeat(4);
const NO_FIGURE = '本年度も行財政改革を進めました。来年度は３件の事業を見直します。\n';

function cliRefusal(draft: string): string {
  const dir = tempDir('shinchoku-verdict-');
  const path = join(dir, 'draft.txt');
  writeFileSync(path, draft);
  const run = runCli(['proofread', path, '--workbook', EXAMPLE]);
  // Nothing placed is a verdict (exit 1, its first line on stdout, issue #26); not Japanese is a refusal (exit 2).
  if (run.status === 1) {
    const english = runCli(['proofread', path, '--workbook', EXAMPLE, '--lang', 'en']);
    return `${run.stdout.split('\n')[0]} / ${english.stdout.split('\n')[0]}`;
  }
  expect(run.status).toBe(2);
  // "shinchoku: 原稿を読めません / cannot read the draft: <path>: <ja> / <en>"
  const said = run.stderr.trim().split(`${path}: `)[1];
  return said;
}

describe('sidebarProofread says what the CLI says', () => {
  test.each([
    ['an English draft', ENGLISH, /^原稿の大部分が日本語ではありません/],
    ['a draft with no figure', NO_FIGURE, /^照合できる数値がありませんでした/],
  ])('%s: refused, in Japanese and in English as the CLI', (_, draft, start) => {
    const [ja, en] = cliRefusal(draft).split(' / ');
    expect(ja).toMatch(start);
    const japanese = standInWith().run<{ message: string; lines: string[]; notes: string[] }>('sidebarProofread', [draft]);
    expect(japanese).toEqual({ message: ja, lines: [], notes: [] });
    const english = standInWith(undefined, 'en').run<{ message: string; lines: string[]; notes: string[] }>('sidebarProofread', [draft]);
    expect(english).toEqual({ message: en, lines: [], notes: [] });
  });

  test("few figures checked of many numbers: the CLI's note, under the count", () => {
    const draft = `■ 財政健全化効果額\n${Array.from({ length: 200 }, (_, i) => `番号${i + 1}`).join('\n')}\n`;
    const outcome = standInWith().run<{ message: string; notes: string[] }>('sidebarProofread', [
      require('node:fs').readFileSync(join(__dirname, '..', 'fixtures', 'hiratsuka-reform-report-2020-2023.txt'), 'utf8') + draft.repeat(40),
    ]);
    expect(outcome.message).toMatch(/個の数値を照合し/);
    expect(outcome.notes).toEqual(['注意: 照合できたのは原稿の数値のごく一部です（日本語でない原稿や、見出しのない表は読み取れません）。']);
  });
});
