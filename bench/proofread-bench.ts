/**
 * `node scripts/run-ts.mjs bench/proofread-bench.ts [--sizes 100000,1000000,2097152] [--only digits]`
 * — not part of `npm test`.
 *
 * Proof-reads drafts of hostile shapes (issue #22: long runs of digits, commas,
 * spaces, full-width digits, 年度 repeated, 【 without 】, sentences of figures,
 * < without >, <!-- without -->, &# without ;, unclosed <w:t>, nested tags) at
 * each size — 100 KB, 1 MB and 2 MB (the limit, MAX_DRAFT_TEXT_BYTES) by default
 * — and prints the seconds each takes: the text drafts through the core's
 * proofread, the HTML and .docx ones through their conversion to text and then
 * proofread. The target is under 2 s each; a quadratic form shows as seconds
 * growing 100 times from 100 KB to 1 MB. Figures go to bench/proofread-results.md.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { documentXmlToText } from '../src/cli/docx';
import { htmlToText } from '../src/cli/drafttext';
import { readWorkbookFile } from '../src/cli/xlsx';
import { runPipeline } from '../src/core/compute/pipeline';
import { MAX_DRAFT_TEXT_BYTES, proofread } from '../src/core/proofread/proofread';

const ROOT = join(__dirname, '..', '..');

/** A shape: its text for about `bytes` bytes of UTF-8, and how it is read. */
type Shape = { name: string; kind: 'text' | 'html' | 'docx'; make: (bytes: number) => string };

/** `unit` repeated to about `bytes` bytes (UTF-8), between `head` and `tail`. */
const fill = (unit: string, bytes: number, head = '', tail = '') =>
  head + unit.repeat(Math.max(1, Math.floor((bytes - Buffer.byteLength(head + tail)) / Buffer.byteLength(unit)))) + tail;

const SHAPES: Shape[] = [
  { name: 'digits', kind: 'text', make: (b) => fill('1', b) },
  { name: 'digits, one line each', kind: 'text', make: (b) => fill('1234567\n', b) },
  { name: 'commas', kind: 'text', make: (b) => fill('1,', b) },
  { name: 'digits and spaces', kind: 'text', make: (b) => fill('1 ', b) },
  { name: 'spaces after 令和2', kind: 'text', make: (b) => fill(' ', b, '令和2', 'x') },
  { name: 'full-width digits', kind: 'text', make: (b) => fill('１', b) },
  { name: '年度 repeated', kind: 'text', make: (b) => fill('年度', b) },
  { name: '令和2年度は repeated', kind: 'text', make: (b) => fill('令和2年度は', b) },
  { name: '【 without 】', kind: 'text', make: (b) => fill('【', b) },
  { name: '( without )', kind: 'text', make: (b) => fill('(', b, '年度\t') },
  { name: 'a sentence of figures', kind: 'text', make: (b) => fill('1件', b, '令和2年度の進捗率は') },
  { name: 'labels and figures', kind: 'text', make: (b) => fill('進捗率1%取組活動2件', b) },
  { name: 'years and figures', kind: 'text', make: (b) => fill('令和2年度1件', b) },
  { name: '前年度 then figures', kind: 'text', make: (b) => fill('1件', b, `令和2年度${'あ'.repeat(1000)}前年度`) },
  { name: 'an amount before 千円の', kind: 'text', make: (b) => fill('1,', b, '', '千円の') },
  { name: 'a table of tabs', kind: 'text', make: (b) => fill('1\t', b, '年度\t事業数\n') },
  { name: 'progress rows', kind: 'text', make: (b) => fill('令和2年度 1 2 3\n', b, '【進捗状況】\n') },
  { name: 'a list heading, then items', kind: 'text', make: (b) => fill('(1) あ\n', b, `【${'あ'.repeat(1000)}の事項】\n`) },
  { name: '<!-- without -->', kind: 'html', make: (b) => fill('<!--', b, '<html><body>') },
  { name: '< without >', kind: 'html', make: (b) => fill('<', b, '<html><body>') },
  { name: '&# without ;', kind: 'html', make: (b) => fill('&#', b, '<html><body>') },
  { name: '<p without >', kind: 'html', make: (b) => fill('<p ', b, '<html><body>') },
  { name: '<script without </script>', kind: 'html', make: (b) => fill('<script>', b, '<html><body>') },
  { name: '<body without </body>', kind: 'html', make: (b) => fill('<body>', b, '<html>') },
  { name: 'nested tags', kind: 'html', make: (b) => fill('<div><span>1</span>', b, '<html><body>') },
  { name: 'unclosed <w:t>', kind: 'docx', make: (b) => fill('<w:t>', b, '<w:body><w:p>', '</w:p></w:body>') },
  { name: 'unclosed <w:p>', kind: 'docx', make: (b) => fill('<w:p>', b, '<w:body>', '</w:body>') },
  { name: 'unclosed <w:tbl>', kind: 'docx', make: (b) => fill('<w:tbl>', b, '<w:body>', '</w:body>') },
  { name: '<w:t without >', kind: 'docx', make: (b) => fill('<w:t ', b, '<w:body><w:p>', '</w:p></w:body>') },
  { name: 'unclosed <w:tc>', kind: 'docx', make: (b) => fill('<w:tc>', b, '<w:body><w:tbl><w:tr>', '</w:tr></w:tbl></w:body>') },
  { name: '<w:body> without its end', kind: 'docx', make: (b) => fill('<w:body>', b) },
];

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const sizes = (argument('--sizes') ?? `100000,1000000,${MAX_DRAFT_TEXT_BYTES}`).split(',').map(Number);
  const only = argument('--only');
  const { summary } = runPipeline(await readWorkbookFile(join(ROOT, 'examples', 'hiratsuka-2020-2023.xlsx')), { asOf: '2024-03-31' });
  const rows: string[] = [];
  const header = `| shape | kind | ${sizes.map((s) => `${Math.round(s / 1000)} KB (s)`).join(' | ')} |`;
  rows.push(header, `|---|---|${sizes.map(() => '---:').join('|')}|`);
  console.log(header);
  let worst = 0;
  for (const shape of SHAPES) {
    if (only && !shape.name.includes(only)) continue;
    const seconds: string[] = [];
    for (const size of sizes) {
      const input = shape.make(size);
      const started = process.hrtime.bigint();
      const text = shape.kind === 'html' ? htmlToText(input) : shape.kind === 'docx' ? documentXmlToText(input) : input;
      proofread(text, summary);
      const s = Number(process.hrtime.bigint() - started) / 1e9;
      worst = Math.max(worst, s);
      seconds.push(s.toFixed(2));
    }
    const row = `| ${shape.name} | ${shape.kind} | ${seconds.join(' | ')} |`;
    rows.push(row);
    console.log(row);
  }
  console.log(`slowest: ${worst.toFixed(2)} s`);
  if (!only) {
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
    const file = join(ROOT, 'bench', 'proofread-results.md');
    writeFileSync(
      file,
      `# Proof-reading hostile drafts (bench/proofread-bench.ts)\n\n${new Date().toISOString().slice(0, 10)}, ${machine}. Seconds to read each draft as text (HTML and .docx through their conversion) and proof-read it against examples/hiratsuka-2020-2023.xlsx. Slowest: ${worst.toFixed(2)} s.\n\n${rows.join('\n')}\n`,
    );
    // Formatted as Biome would (npm test lints every tracked .md), as bench.ts does with results.md.
    spawnSync(process.execPath, [join(ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome'), 'format', '--write', file], { stdio: 'ignore' });
  }
}

void main();
