// `npm run cli -- <command>`: validate scenarios and simulate games in Node, with no browser.
import { checkPlayer, specName } from '../ai/registry';
import { createRules, type Rules } from '../engine';
import { formatProblem } from '../scenario/problem';
import { sideIds } from '../scenario/sides';
import { type Command, parseArgs, USAGE } from './args';
import { progressBar } from './progress';
import { formatSummary, formatTournament } from './report';
import { loadScenarioFile } from './scenario-file';
import { simulate } from './simulate';
import { contenders, tournament } from './tournament';

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
    case 'tournament':
      return runTournament(command);
  }
}

function validateFiles(files: readonly string[]): number {
  let status: number = EXIT.ok;
  for (const file of files) {
    const result = loadScenarioFile(file);
    if (result.ok) {
      process.stdout.write(`ok ${result.value.scenario.id} ${result.value.hash.slice(0, 12)}\n`);
      continue;
    }
    for (const p of result.error.problems) process.stderr.write(`${formatProblem(p)}\n`);
    const unreadable = result.error.problems.some((p) => p.code === 'read-failed');
    status = Math.max(status, unreadable ? EXIT.usage : EXIT.invalid);
  }
  return status;
}

/** Loads the scenario a command names, or says why not: exit 2 if unreadable, 1 if invalid. */
function loadRules(file: string): Rules | number {
  const loaded = loadScenarioFile(file);
  if (loaded.ok) return createRules(loaded.value.scenario, loaded.value.hash);
  for (const p of loaded.error.problems) process.stderr.write(`${formatProblem(p)}\n`);
  const unreadable = loaded.error.problems.some((p) => p.code === 'read-failed');
  if (unreadable) process.stderr.write(`\n${USAGE}\n`);
  return unreadable ? EXIT.usage : EXIT.invalid;
}

function runSimulation(command: Extract<Command, { kind: 'simulate' }>): number {
  const rules = loadRules(command.scenario);
  if (typeof rules === 'number') return rules;
  const [us, mx] = sideIds(rules.scenario);
  for (const [side, spec] of [
    [us, command.us],
    [mx, command.mx],
  ] as const) {
    const problem = checkPlayer(spec, rules.scenario, side);
    if (problem) {
      process.stderr.write(`error: --${side}: ${problem}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
  }
  const total = command.seeds.to - command.seeds.from + 1;
  const bar = progressBar(total, process.stderr, 'simulating');
  const { summary, games } = simulate(rules, command.us, command.mx, command.seeds, (done) => bar.tick(done));
  bar.finish();
  if (command.json) {
    process.stdout.write(`${JSON.stringify({ summary, games })}\n`);
  } else {
    const title = `${rules.scenario.id} (${rules.scenarioHash.slice(0, 12)}): US ${specName(command.us)} vs Mexico ${specName(command.mx)}, seeds ${command.seeds.from}..${command.seeds.to}`;
    process.stdout.write(`${formatSummary(title, summary, rules.rounds)}\n`);
  }
  return EXIT.ok;
}

function runTournament(command: Extract<Command, { kind: 'tournament' }>): number {
  const rules = loadRules(command.scenario);
  if (typeof rules === 'number') return rules;
  const [us, mx] = sideIds(rules.scenario);
  const pairs = contenders(rules, us).length * contenders(rules, mx).length;
  const bar = progressBar(pairs * (command.seeds.to - command.seeds.from + 1), process.stderr, 'tournament');
  const rows = tournament(rules, command.seeds, command.difficulty, (done) => bar.tick(done));
  bar.finish();
  if (command.json) {
    process.stdout.write(
      `${JSON.stringify({ scenario: rules.scenario.id, seeds: command.seeds, difficulty: command.difficulty, rows })}\n`,
    );
  } else {
    const title = `${rules.scenario.id} (${rules.scenarioHash.slice(0, 12)}): tournament at ${command.difficulty}, seeds ${command.seeds.from}..${command.seeds.to}`;
    process.stdout.write(`${formatTournament(title, rows)}\n`);
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
