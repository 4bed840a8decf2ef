#!/usr/bin/env node
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'build', 'cli.cjs');
if (!existsSync(built)) {
  process.stderr.write('shinchoku: build/cli.cjs がありません。先に npm run build を実行してください / not built yet: run npm run build\n');
  process.exit(2);
}
require(built)
  .run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  })
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      // One readable line; the stack only when asked for (SHINCHOKU_DEBUG=1).
      const message = String(error?.message ?? error).split('\n')[0];
      const detail = process.env.SHINCHOKU_DEBUG === '1' && error?.stack ? `\n${error.stack}` : '';
      process.stderr.write(`shinchoku: 予期しないエラーです / unexpected error: ${message}${detail}\n`);
      process.exitCode = 2;
    },
  );
