/**
 * Tests leave no trace: every folder made with tempDir() in a test file is
 * removed once that file's tests have run (jest setupFilesAfterEnv).
 */
import { rmSync } from 'node:fs';
import fc from 'fast-check';
import { TEMP_DIRS } from './xlsx';

// Property tests run from a fixed seed, so a run fails or passes the same way every time;
// `npm run fuzz` (FC_SEED=random) explores further, and fast-check prints the seed of any failure.
const seed = process.env.FC_SEED;
fc.configureGlobal({
  ...(seed === 'random' ? {} : { seed: Number(seed ?? 20261127) }),
  numRuns: Number(process.env.FC_RUNS ?? 100),
});

afterAll(() => {
  for (const dir of TEMP_DIRS.splice(0)) rmSync(dir, { recursive: true, force: true });
});
