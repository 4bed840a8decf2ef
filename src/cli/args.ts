/** The command line read: each command's options, the usage error, and the language asked for. */

import { type Lang, label } from '../core/words/messages';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stderrIsTTY: boolean;
}

export interface Args {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
  /** --help or -h after a command: that command's usage, whatever else was typed. */
  help: boolean;
}

export class UsageError extends Error {}

/** The flags each command takes: anything else (a typo such as --jsno, or -o) is a usage error, never ignored. */
const COMMAND_FLAGS: Record<string, { valued: string[]; switches: string[] }> = {
  summarize: { valued: ['--out', '--lang', '--as-of', '--baseline'], switches: ['--json', '--force'] },
  validate: { valued: ['--lang', '--as-of'], switches: ['--json'] },
  template: { valued: ['--plan'], switches: ['--force'] },
  digest: { valued: ['--month', '--previous', '--out', '--lang', '--from', '--as-of'], switches: ['--force'] },
  freeze: { valued: ['--date'], switches: [] },
  proofread: { valued: ['--workbook', '--lang', '--as-of', '--out'], switches: ['--json', '--force'] },
  report: { valued: ['--out', '--format', '--lang', '--as-of', '--baseline'], switches: ['--force'] },
  // Every flag of round's three subcommands; src/cli/round.ts refuses those its subcommand does not take.
  round: { valued: ['--year', '--due', '--out', '--lang', '--from'], switches: ['--force', '--json'] },
};

/** Flags whose value is a word, never a path (a path may begin or end with a space). */
const WORD_FLAGS = new Set(['--date', '--as-of', '--baseline', '--month', '--lang', '--format']);

export function parseArgs(argv: string[]): Args {
  const [command = '', ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const known = COMMAND_FLAGS[command] ?? { valued: [], switches: [] };
  // Asked before anything is checked: `summarize --help` (or a half-typed line with --help in it) is help, never a usage error.
  if (COMMAND_FLAGS[command] && rest.some((arg) => arg === '--help' || arg === '-h')) return { command, positional: [], flags, help: true };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg.startsWith('-') && arg.length > 1) {
      const [name, inline] = arg.split('=', 2);
      if (known.valued.includes(name)) {
        const value = inline ?? rest[++i];
        if (value === undefined || value.trim() === '') throw new UsageError(`${name} には値が必要です / ${name} needs a value`);
        // Given twice (--year 2024 --year 2025): which one was meant cannot be told, so neither is taken (r27f F13).
        const earlier = flags.get(name);
        if (earlier !== undefined) {
          const params = (lang: Lang) => ({ name, values: [String(earlier), value].join(label('joinList', lang)) });
          throw new UsageError(`${label('cliOptionRepeated', 'ja', params('ja'))} / ${label('cliOptionRepeated', 'en', params('en'))}`);
        }
        // A date, month, language or format is a word: spaces around it (a pasted " 2024-03-31") are not part of it. Without
        // this, freeze --date "2024-03-31 " wrote in.baseline-2024-03-31 .json, which every later command refused to read.
        flags.set(name, WORD_FLAGS.has(name) ? value.trim() : value);
      } else if (known.switches.includes(name) && inline === undefined) flags.set(name, true);
      else throw new UsageError(`${command} に ${name} というオプションはありません / ${command} has no option ${name}`);
    } else positional.push(arg);
  }
  // Each command takes one file: a second one would be ignored silently, so it is refused.
  // round takes a subcommand and, for merge, several files: src/cli/round.ts counts its own arguments.
  if (positional.length > 1 && command !== 'round')
    throw new UsageError(`余分な引数があります: ${positional.slice(1).join(' ')} / unexpected arguments: ${positional.slice(1).join(' ')}`);
  return { command, positional, flags, help: false };
}

export function langOf(args: Args): Lang {
  const lang = args.flags.get('--lang');
  if (lang === undefined) return 'ja';
  if (lang === 'ja' || lang === 'en') return lang;
  throw new UsageError(`--lang は ja か en です（「${String(lang)}」は使えません）/ --lang must be ja or en, not ${String(lang)}`);
}
