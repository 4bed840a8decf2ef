/**
 * dist/ as clasp would push it: plain top-level functions for every entry
 * point, custom functions with their JSDoc, the manifest, the sidebar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppsScriptStandIn } from '../../dev/standin';
import { ENTRY_POINTS } from '../../src/entryPoints';
import { ROOT } from '../support/cli';

const code = readFileSync(join(ROOT, 'dist', 'Code.js'), 'utf8');

test.each(ENTRY_POINTS.map((e) => [e.name, e.kind]))('%s is a top-level function declaration', (name) => {
  expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  const context = new AppsScriptStandIn().load();
  expect(typeof context[name]).toBe('function');
});

test.each(ENTRY_POINTS.filter((e) => e.kind === 'custom').map((e) => [e.name, e]))('%s keeps its JSDoc with @customfunction', (name, entry) => {
  const block = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(`).exec(code);
  expect(block).not.toBeNull();
  const doc = block?.[1] ?? '';
  expect(doc).toContain('@customfunction');
  // Sheets reads no [name] optional syntax and shows no @return (#23): an optional parameter says so in its description.
  for (const param of entry.params) expect(doc).toContain(` ${param.name} ${param.optional ? '省略可 (optional). ' : ''}`);
  expect(doc).not.toMatch(/@param \{[^}]*\} \[/);
  expect(doc.split('@param')[0]).toMatch(/returns /);
});

test('the bundle exposes exactly one global besides the entry points', () => {
  const context = new AppsScriptStandIn().load();
  const globals = Object.keys(context).filter((key) => !(key in new AppsScriptStandIn().globals()));
  expect(globals.sort()).toEqual(['Shinchoku', ...ENTRY_POINTS.map((e) => e.name)].sort());
});

test('no service is touched when the bundle loads (global scope needs no authorization)', () => {
  const standIn = new AppsScriptStandIn();
  standIn.rt.authMode = 'NONE';
  standIn.load();
  expect(standIn.rt.total).toBe(0);
});

test('the manifest: V8, Asia/Tokyo, Stackdriver, and exactly the scopes the README justifies', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'appsscript.json'), 'utf8'));
  expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Tokyo', exceptionLogging: 'STACKDRIVER' });
  expect([...manifest.oauthScopes].sort()).toEqual([
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/script.scriptapp',
    'https://www.googleapis.com/auth/script.send_mail',
    'https://www.googleapis.com/auth/spreadsheets',
    'https://www.googleapis.com/auth/userinfo.email',
  ]);
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const scope of manifest.oauthScopes) {
    const short = scope.replace('https://www.googleapis.com/auth/', '').replace(/\./g, '\\.');
    expect(readme).toMatch(new RegExp(`\\|\\s*\`${short}\`\\s*\\|`));
  }
});

test('.clasp.json pushes dist/', () => {
  expect(JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8')).rootDir).toBe('dist');
});

test('the sidebar is one self-contained HTML file', () => {
  const html = readFileSync(join(ROOT, 'dist', 'Sidebar.html'), 'utf8');
  expect(html).toContain('google.script.run');
  expect(html).not.toMatch(/<script[^>]+src=/i);
  expect(html).not.toMatch(/<link[^>]+href=/i);
  expect(html).not.toContain('/*SCRIPT*/');
  expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
});
