import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const EXAMPLE = join(ROOT, 'examples', 'hiratsuka-2020-2023.xlsx');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command line (bin/shinchoku.cjs → build/cli.cjs), as a user would. */
export function runCli(args: string[], cwd = ROOT, env: Record<string, string> = {}): CliResult {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'shinchoku.cjs'), ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runJson<T = unknown>(args: string[]): { status: number | null; json: T; stderr: string } {
  const result = runCli([...args, '--json']);
  if (result.stdout.trim() === '') throw new Error(`no JSON on stdout; stderr: ${result.stderr}`);
  return { status: result.status, json: JSON.parse(result.stdout) as T, stderr: result.stderr };
}
