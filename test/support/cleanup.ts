/**
 * Tests leave no trace: every folder made with tempDir() in a test file is
 * removed once that file's tests have run (jest setupFilesAfterEnv).
 */
import { rmSync } from 'node:fs';
import { TEMP_DIRS } from './xlsx';

afterAll(() => {
  for (const dir of TEMP_DIRS.splice(0)) rmSync(dir, { recursive: true, force: true });
});
