// `npm run cli -- <command>`: validate scenarios and simulate games in Node, with no browser.
import { createRules } from '../engine';
import { formatProblem } from '../scenario/problem';
import { type Command, parseArgs, USAGE } from './args';
import { progressBar } from './progress';
import { formatSummary } from './report';
import { loadScenarioFile } from './scenario-file';
import { simulate } from './simulate';

const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

function run(argv: readonly string[]): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`error: ${parsed.message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  return execute(parsed.command);
}

function execute(command: Command): number {
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    case 'validate':
      return validateFiles(command.files);
    case 'simulate':
      return runSimulation(command);
  }
}

function validateFiles(files: readonly string[]): number {
  let status: number = EXIT.ok;
  for (const file of files) {
    const result = loadScenarioFile(file);
    if (result.ok) {
      process.stdout.write(`ok ${result.scenario.id} ${result.hash.slice(0, 12)}\n`);
      continue;
    }
    for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`);
    const unreadable = result.problems.some((p) => p.code === 'read-failed');
    status = Math.max(status, unreadable ? EXIT.usage : EXIT.invalid);
  }
  return status;
}

function runSimulation(command: Extract<Command, { kind: 'simulate' }>): number {
  const loaded = loadScenarioFile(command.scenario);
  if (!loaded.ok) {
    for (const p of loaded.problems) process.stderr.write(`${formatProblem(p)}\n`);
    const unreadable = loaded.problems.some((p) => p.code === 'read-failed');
    if (unreadable) process.stderr.write(`\n${USAGE}\n`);
    return unreadable ? EXIT.usage : EXIT.invalid;
  }
  const rules = createRules(loaded.scenario, loaded.hash);
  const total = command.seeds.to - command.seeds.from + 1;
  const bar = progressBar(total, process.stderr, 'simulating');
  const { summary, games } = simulate(rules, command.us, command.mx, command.seeds, (done) => bar.tick(done));
  bar.finish();
  if (command.json) {
    process.stdout.write(`${JSON.stringify({ summary, games })}\n`);
  } else {
    const title = `${loaded.scenario.id} (${loaded.hash.slice(0, 12)}): US ${command.us} vs Mexico ${command.mx}, seeds ${command.seeds.from}..${command.seeds.to}`;
    process.stdout.write(`${formatSummary(title, summary, rules.rounds)}\n`);
  }
  return EXIT.ok;
}

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  // A bug should still read as a message, not a stack trace; the trace is one flag away.
  process.stderr.write(`internal error: ${(error as Error).message}\nRun with DEBUG=1 for details.\n`);
  if (process.env.DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 3;
}
