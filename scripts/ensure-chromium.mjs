// What the tests need from Debian, installed with apt-get when missing (as root on a fresh machine):
// - Chromium for the browser tests (/usr/bin/chromium, never a downloaded browser), with CJK fonts;
// - python3-openpyxl, a second, stricter reader of the .xlsx files `summarize --out` writes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.SHINCHOKU_CHROMIUM ?? '/usr/bin/chromium';

const missing = [];
if (!existsSync(CHROMIUM)) missing.push('chromium', 'fonts-noto-cjk');
// Debian's own Python (a pyenv or venv python3 on PATH would not see Debian's package).
export const PYTHON = '/usr/bin/python3';
const openpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' });
if (openpyxl.status !== 0) missing.push('python3-openpyxl');

if (missing.length === 0) {
  console.log(`chromium: ${CHROMIUM}; python3-openpyxl: present`);
} else {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    console.error(`Missing Debian packages: ${missing.join(' ')}. Install them: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`installing Debian packages (apt-get): ${missing.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM) || spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status !== 0) {
    console.error(`apt-get finished but ${CHROMIUM} or ${PYTHON}'s openpyxl is still missing`);
    process.exit(1);
  }
}
