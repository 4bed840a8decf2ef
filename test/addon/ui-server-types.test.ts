/**
 * The sidebar's and the report dialog's scripts take the server's types from the server
 * (`import type` from src/gas), never a hand copy that drifts (#24: the sidebar's copy of
 * DigestState had lost owner and ownerIsYou). esbuild drops type-only imports, so the pages'
 * bundles stay free of server code (bundle.test.ts and the golden record check dist/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/cli';

const SERVER_TYPES = [
  'SidebarState',
  'ValidateOutcome',
  'RegenerateOutcome',
  'DigestState',
  'DigestSaveOutcome',
  'DigestRunOutcome',
  'SidebarProofreadOutcome',
  'ReportOutcome',
  'ProblemView',
  'ReportModel',
];

test.each(['sidebar.ts', 'report.ts'])('src/ui/%s declares none of the server types and imports them as types only', (file) => {
  const source = readFileSync(join(ROOT, 'src', 'ui', file), 'utf8');
  for (const name of SERVER_TYPES) expect(source).not.toMatch(new RegExp(`^\\s*(export\\s+)?interface\\s+${name}\\b`, 'm'));
  const gasImports = [...source.matchAll(/^import (type )?\{[^}]*\} from '\.\.\/gas\/[^']+';$/gm)];
  expect(gasImports.length).toBeGreaterThan(0);
  for (const m of gasImports) expect(m[1]).toBe('type ');
});
