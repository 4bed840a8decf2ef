// Every Jest run — `npm test`, `npm run test:unit`, one file — first builds build/ and dist/
// from src/ (esbuild, about a second), so no test can pass against a stale bundle or CLI.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = () => {
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
};
