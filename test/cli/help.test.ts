/**
 * `shinchoku <command> --help` (and -h, and `shinchoku help <command>`): that command's usage on
 * stdout, exit 0, nothing written — never the usage error `template --help` gave before (exit 2).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { tempDir } from '../support/xlsx';

const COMMANDS = ['summarize', 'validate', 'template', 'freeze', 'report', 'proofread', 'digest'];

let whole: string[] | null = null;

/** The command's line of the whole usage, without the padding that aligns the list. */
function usageLine(command: string): string {
  whole ??= runCli(['--help']).stdout.split('\n');
  const all = whole;
  const line = all.find((l) => l.trimStart().startsWith(`shinchoku ${command} `));
  if (!line) throw new Error(`shinchoku --help lists no ${command}`);
  return line.replace(/^( {2}shinchoku \S+) +/, '$1 ');
}

describe.each(COMMANDS)('%s', (command) => {
  test.each(['--help', '-h'])(`${command} %s prints its usage and exits 0`, (flag) => {
    const result = runCli([command, flag]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('使い方 / Usage:');
    expect(lines[1]).toBe(usageLine(command));
    // Only this command: no other command's line.
    for (const other of COMMANDS.filter((c) => c !== command)) expect(result.stdout).not.toContain(`shinchoku ${other} `);
    // What it does, in Japanese then English, and the exit codes.
    expect(lines[3]).toMatch(/[ぁ-んァ-ヶ一-龯]/);
    expect(lines[4]).toMatch(/^[A-Z][\x20-\x7e]+$/);
    expect(lines[lines.length - 1]).toMatch(/^終了コード \/ Exit status: 0 /);
  });

  test(`help ${command} prints the same`, () => {
    const result = runCli(['help', command]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(runCli([command, '--help']).stdout);
  });
});

test('--help with other arguments is still help, and writes nothing', () => {
  const dir = tempDir();
  const out = join(dir, 'new.xlsx');
  const template = runCli(['template', out, '--force', '--help']);
  expect(template.status).toBe(0);
  expect(template.stdout).toContain('shinchoku template <file.xlsx>');
  expect(existsSync(out)).toBe(false);
  // Even beside an option the command does not take (which alone is a usage error, exit 2).
  expect(runCli(['summarize', 'x.xlsx', '--jsno']).status).toBe(2);
  expect(runCli(['summarize', 'x.xlsx', '--jsno', '-h']).status).toBe(0);
  expect(readdirSync(dir)).toEqual([]);
});

test('help of an unknown command is the unknown-command error (exit 2), with the likely command', () => {
  const result = runCli(['help', 'valdate']);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain('valdate');
  expect(result.stderr).toContain('validate');
});
