#!/usr/bin/env node
// `deadline-diplomacy <command>` (or `npm run cli -- <command>`): validate scenarios, simulate
// games, and record, verify and report on replays in Node, with no browser. Only argument parsing is loaded up front; each command is imported
// when it runs, so `help` starts without yaml, zod, the engine or the AI.
import { type Command, parseArgs, USAGE } from './args';
import { EXIT, type ExitCode, usageFailure } from './exit';

// The scenarios that ship with the game, found from this file rather than the working directory:
// the entry is dist/cli/main.js when built and src/cli/main.ts from source, two levels below the
// package either way (the commands' own chunks live deeper, so they are handed this).
const SHIPPED_SCENARIOS = new URL('../../scenarios/', import.meta.url);

async function run(argv: readonly string[]): Promise<ExitCode> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return usageFailure(parsed.error);
  return execute(parsed.value);
}

async function execute(command: Command): Promise<ExitCode> {
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    case 'validate':
      return (await import('./run-validate')).runValidate(command.files);
    case 'simulate':
      return (await import('./run-simulate')).runSimulate(command);
    case 'tournament':
      return (await import('./run-tournament')).runTournament(command);
    case 'gauntlet':
      return (await import('./run-gauntlet')).runGauntlet(command);
    case 'replay-record':
      return (await import('./run-replay-record')).runReplayRecord(command);
    case 'replay-verify':
      return (await import('./run-replay-verify')).runReplayVerify(command, SHIPPED_SCENARIOS);
    case 'class-report':
      return (await import('./run-class-report')).runClassReport(command, SHIPPED_SCENARIOS);
  }
}

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  // A bug should still read as a message, not a stack trace; the trace is one flag away.
  process.stderr.write(`internal error: ${(error as Error).message}\nRun with DEBUG=1 for details.\n`);
  if (process.env.DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = EXIT.internal;
}
