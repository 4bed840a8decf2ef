/**
 * src/core's stage folders (#24), each importing only its own stage and the stages below it:
 * base → contract → words → read → compute → present and proofread → round (the annual 照会, which routes as the digest does). A new file goes in the
 * stage whose words it needs and no higher; this test names any import that climbs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../support/cli';

const CORE = join(ROOT, 'src', 'core');
const STAGES = ['base', 'contract', 'words', 'read', 'compute', 'present', 'proofread', 'round'] as const;
const RANK: Record<string, number> = { base: 0, contract: 1, words: 2, read: 3, compute: 4, present: 5, proofread: 5, round: 6 };

/** The one import that still climbs: the mark for a figure that cannot be shown is a word (labels), used by base/numbers.ts. */
const KNOWN_CLIMBS = ['base/numbers.ts → words/messages.ts'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const stageOf = (path: string) => relative(CORE, path).split('/')[0];

test('every file of src/core stands in a stage folder', () => {
  const loose = files(CORE).filter((file) => !(STAGES as readonly string[]).includes(stageOf(file)));
  expect(loose.map((file) => relative(CORE, file))).toEqual([]);
});

test('no file imports from a higher stage (but the one known climb)', () => {
  const climbs: string[] = [];
  for (const file of files(CORE)) {
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const target = `${resolve(dirname(file), spec)}.ts`;
      if (RANK[stageOf(target)] > RANK[stageOf(file)]) climbs.push(`${relative(CORE, file)} → ${relative(CORE, target)}`);
    }
  }
  expect(climbs.sort()).toEqual(KNOWN_CLIMBS);
});
