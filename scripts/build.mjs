// Builds everything the project ships: the command line (build/cli.cjs).
// The add-on bundle (dist/) is added by scripts/build-gas.mjs.

import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('build', { recursive: true });
await build({
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'build/cli.cjs',
  external: ['exceljs'],
  sourcemap: true,
  logLevel: 'warning',
});
console.log('built build/cli.cjs');
