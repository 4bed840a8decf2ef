import { type Io, parseArgs, UsageError } from './args';
import { commandDigest } from './commands/digest';
import { commandFreeze } from './commands/freeze';
import { commandProofread } from './commands/proofread';
import { commandReport } from './commands/report';
import { commandSummarize } from './commands/summarize';
import { commandTemplate } from './commands/template';
import { DraftError } from './drafttext';
import { OutputError } from './output';
import { commandRound } from './round';
import { terminalSafe } from './terminal';
import { COMMANDS, commandUsage, USAGE, unknownCommand } from './usage';
import { UnreadableWorkbookError } from './xlsx';

export type { Io } from './args';

/**
 * Runs one command. Every line it prints, on stdout and stderr, passes through terminalSafe here:
 * workbook text (names, titles, problems), file names and option values alike, so no command can forget it.
 */
export async function run(argv: string[], terminal: Io): Promise<number> {
  const io: Io = {
    stdout: (text) => terminal.stdout(terminalSafe(text)),
    stderr: (text) => terminal.stderr(terminalSafe(text)),
    stderrIsTTY: terminal.stderrIsTTY,
  };
  try {
    const args = parseArgs(argv);
    if (args.help) {
      io.stdout(commandUsage(args.command));
      return 0;
    }
    switch (args.command) {
      case 'summarize':
        return await commandSummarize(args, io, false);
      case 'validate':
        return await commandSummarize(args, io, true);
      case 'template':
        return await commandTemplate(args, io);
      case 'digest':
        return await commandDigest(args, io);
      case 'freeze':
        return await commandFreeze(args, io);
      case 'proofread':
        return await commandProofread(args, io);
      case 'report':
        return await commandReport(args, io);
      case 'round':
        return await commandRound(args.positional, args.flags, io);
      case '--help':
      case '-h':
      case 'help': {
        // help <command>: that command's usage; an unknown one is said as for any unknown command.
        const topic = args.positional[0];
        if (topic === undefined) io.stdout(USAGE);
        else if (COMMANDS.includes(topic)) io.stdout(commandUsage(topic));
        else throw new UsageError(unknownCommand(topic));
        return 0;
      }
      default:
        throw new UsageError(args.command ? unknownCommand(args.command) : 'コマンドがありません / no command given');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`shinchoku: ${error.message}\n使い方は shinchoku --help で表示します / run shinchoku --help for usage`);
      return 2;
    }
    if (error instanceof DraftError) {
      io.stderr(`shinchoku: 原稿を読めません / cannot read the draft: ${error.message}`);
      return 2;
    }
    if (error instanceof OutputError) {
      io.stderr(`shinchoku: ${error.message}`);
      return 2;
    }
    if (error instanceof UnreadableWorkbookError) {
      io.stderr(`shinchoku: ブックを読めません / cannot read the workbook: ${error.message}`);
      return 2;
    }
    // Anything else: one line through the same sanitised io (a library's message may quote workbook text); the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    const detail = process.env.SHINCHOKU_DEBUG === '1' && error instanceof Error ? `\n${error.stack}` : '';
    io.stderr(`shinchoku: 予期しないエラーです / unexpected error: ${message.split('\n')[0]}${detail}`);
    return 2;
  }
}

if (require.main === module) {
  run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Only the terminal itself failing gets here (run() answers every other error): no text from the workbook.
      process.stderr.write(
        `shinchoku: 出力できませんでした / could not write to the terminal: ${terminalSafe(String(error instanceof Error ? error.message : error))}\n`,
      );
      process.exitCode = 2;
    },
  );
}
