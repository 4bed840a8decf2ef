// Runs a TypeScript tool script: bundles it with esbuild, then runs it with node.
// Usage: node scripts/run-ts.mjs scripts/make-example.ts [args...]

import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
mkdirSync('build/scripts', { recursive: true });
const outfile = `build/scripts/${basename(entry).replace(/\.ts$/, '')}.cjs`;
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  packages: 'external',
  logLevel: 'warning',
  sourcemap: 'inline',
});
const result = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
