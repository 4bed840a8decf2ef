/**
 * The draft corpus (test/fixtures/drafts/injected-errors.json), shared by the
 * core's proof-reading test and the CLI's: three layouts of a report, each
 * with its own errors, how many figures it has checked, and one error of
 * every kind to inject.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli';

export interface CorpusFinding {
  line: number;
  stated: string;
  expected: string;
}

export interface CorpusEdit {
  kind: string;
  line: number;
  from: string;
  to: string;
  finding: { stated: string; expected: string };
}

export interface CorpusDraft {
  name: string;
  draft: string;
  workbook: string;
  asOf?: string;
  native: CorpusFinding[];
  checked: { figures: number; labels: number };
  edits: CorpusEdit[];
}

export function draftCorpus(): CorpusDraft[] {
  return (JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'drafts', 'injected-errors.json'), 'utf8')) as { drafts: CorpusDraft[] }).drafts;
}
