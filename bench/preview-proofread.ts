/**
 * `node scripts/run-ts.mjs bench/preview-proofread.ts` — not part of `npm test`.
 *
 * How long the preview (dev/preview/server.ts) is busy with one proof-read of
 * the largest draft it accepts (its request body limit, 1,000,000 bytes), in
 * hostile shapes: the proof-read runs on the request loop, so every other
 * request waits for it. Prints, for each shape, the proof-read's own time and
 * how long a GET /api/state sent 50 ms after it waited.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const LIMIT = 1_000_000;

/** `unit` repeated to just under the body limit once sent as JSON ("\\t" is two bytes there). */
const fill = (unit: string, head = '') =>
  head + unit.repeat(Math.floor((LIMIT - 200 - Buffer.byteLength(JSON.stringify(head))) / Buffer.byteLength(JSON.stringify(unit).slice(1, -1))));

async function main(): Promise<void> {
  // The preview as a user runs it (npm run preview), in its own process, on a free port.
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'run-ts.mjs'), join('dev', 'preview', 'server.ts'), '--port', '0'], { cwd: ROOT });
  const origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (url) resolve(url[0]);
    });
    child.on('exit', () => reject(new Error(`the preview did not start: ${out}`)));
  });
  const shapes: [string, string][] = [
    ['digits', fill('1')],
    ['digits and spaces', fill('1 ')],
    ['a sentence of figures', fill('1件', '令和2年度の進捗率は')],
    ['【 without 】', fill('【')],
    ['years and figures', fill('令和2年度1件')],
    ['a table of tabs', fill('1\t', '年度\t事業数\n')],
  ];
  console.log('| shape | draft (bytes) | proof-read (s) | another request waited (s) |');
  for (const [name, draft] of shapes) {
    const started = Date.now();
    const proofreading = fetch(`${origin}/rpc/sidebarProofread`, {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      body: JSON.stringify([draft]),
    }).then(async (response) => ({ status: response.status, body: await response.text(), at: Date.now() }));
    await new Promise((wait) => setTimeout(wait, 50));
    const asked = Date.now();
    const state = await fetch(`${origin}/api/state`).then(() => Date.now());
    const done = await proofreading;
    if (done.status !== 200 || !JSON.parse(done.body).ok) console.error(`${name}: ${done.body.slice(0, 200)}`);
    console.log(
      `| ${name} | ${Buffer.byteLength(JSON.stringify([draft]))} | ${((done.at - started) / 1000).toFixed(2)} | ${((state - asked) / 1000).toFixed(2)} |`,
    );
  }
  child.kill();
}

void main();
