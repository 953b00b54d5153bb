// Command-line parsing into a typed command, or a usage error that names what is wrong. This module
// is loaded for every command, `help` included, so it imports nothing heavy: player names and side
// flags are only read here, and checked against the scenario once the command has loaded it.
import { DIFFICULTIES, type Difficulty, isDifficulty } from '../ai/difficulty';
import { HUMAN_LIKE_PLAYERS } from '../ai/people/names';
import { err, ok, type Result } from '../result';

export interface SeedRange {
  from: number;
  to: number;
}

/** `--<side-id> <player>` as typed; which flags are sides is up to the scenario. */
export interface SideFlag {
  flag: string;
  player: string;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'validate'; files: string[] }
  | {
      kind: 'simulate';
      scenario: string;
      players: SideFlag[];
      seeds: SeedRange;
      json: boolean;
    }
  | {
      kind: 'tournament';
      scenario: string;
      seeds: SeedRange;
      difficulty: Difficulty;
      json: boolean;
    }
  | {
      /** `tournament --gauntlet`: every persona against every human-like player, both seats. */
      kind: 'gauntlet';
      scenario: string;
      seeds: SeedRange;
      /** Every difficulty unless `--difficulty` names one. */
      difficulties: Difficulty[];
      json: boolean;
    };

/** Wrong arguments: the command line prints the message and the usage, and exits 2. */
export interface UsageError {
  code: 'usage';
  message: string;
}

export const usageError = (message: string): UsageError => ({ code: 'usage', message });

const HUMAN_LIKE_NAMES = HUMAN_LIKE_PLAYERS.join(', ');

export const USAGE = `Deadline Diplomacy: command line

Usage:
  npm run cli -- validate <file>...
      Check scenario files. Prints "ok <scenario-id> <hash-prefix>" per file,
      or every problem as "file:line:col path: message" (exit 1).
  npm run cli -- simulate --scenario <file> --<side> <player> --<side> <player> --seeds <from>..<to> [--json]
      Play one game per seed and print a summary (or JSON with every game).
      Each side of the scenario takes a player, named by its side id
      (june-2019: --us <player> --mx <player>).
  npm run cli -- tournament --scenario <file> --seeds <from>..<to> [--difficulty <level>] [--json]
      Every persona of one side (and random) against every persona of the other
      (and random): a row per pair.
  npm run cli -- tournament --scenario <file> --seeds <from>..<to> --gauntlet [--difficulty <level>] [--json]
      The gauntlet: every persona, at every difficulty (or only --difficulty),
      against each human-like player in the other seat: a row per persona,
      difficulty and player, with deals, walk-outs, scores and the AI's
      retractions (offers worse for the other side than its last).
  npm run cli -- help

The installed command is the same program: deadline-diplomacy <command> ...
Players: random, history, a human-like player (${HUMAN_LIKE_NAMES}),
         or a persona of the scenario as <persona> or <persona>:<difficulty>
         (difficulties: ${DIFFICULTIES.join(', ')}; medium when omitted)
Exit codes: 0 success, 1 invalid scenario, 2 bad arguments.`;

const MAX_GAMES = 10_000_000;

/** What a side flag can look like before the scenario says which sides exist. */
const SIDE_FLAG = /^--[a-z0-9][a-z0-9-]*$/;

export function parseArgs(argv: readonly string[]): Result<Command, UsageError> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h')
    return ok({ kind: 'help' });
  if (name === 'validate') {
    if (rest.length === 0) return fail('validate needs at least one scenario file');
    const flag = rest.find((a) => a.startsWith('--'));
    if (flag) return fail(`validate takes file names only, not ${flag}`);
    return ok({ kind: 'validate', files: [...rest] });
  }
  if (name === 'simulate') return parseSimulate(rest);
  if (name === 'tournament') return parseTournament(rest);
  return fail(`unknown command "${name}"`);
}

interface Options {
  values: Map<string, string>;
  flags: Set<string>;
}

/**
 * Options as `--name value` pairs plus boolean flags. Every name must be one of `known`, unless
 * `open` is set: then any other `--name value` is kept too, for the caller to check.
 */
function readOptions(
  args: readonly string[],
  known: readonly string[],
  flags: readonly string[],
  open = false,
): Result<Options, UsageError> {
  const values = new Map<string, string>();
  const set = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (flags.includes(arg)) {
      if (set.has(arg)) return fail(`${arg} is given twice`);
      set.add(arg);
      continue;
    }
    if (!known.includes(arg) && !(open && SIDE_FLAG.test(arg))) return fail(`unknown option "${arg}"`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) return fail(`${arg} needs a value`);
    if (values.has(arg)) return fail(`${arg} is given twice`);
    values.set(arg, value);
    i++;
  }
  return ok({ values, flags: set });
}

function parseSimulate(args: readonly string[]): Result<Command, UsageError> {
  const known = ['--scenario', '--seeds'];
  const read = readOptions(args, known, ['--json'], true);
  if (!read.ok) return read;
  const { values, flags } = read.value;
  for (const required of known) {
    if (!values.has(required)) return fail(`simulate needs ${required}`);
  }
  const seeds = parseSeeds(values.get('--seeds') as string);
  if (!seeds.ok) return seeds;
  const players = [...values]
    .filter(([flag]) => !known.includes(flag))
    .map(([flag, player]) => ({ flag, player }));
  return ok({
    kind: 'simulate',
    scenario: values.get('--scenario') as string,
    players,
    seeds: seeds.value,
    json: flags.has('--json'),
  });
}

function parseTournament(args: readonly string[]): Result<Command, UsageError> {
  const read = readOptions(args, ['--scenario', '--seeds', '--difficulty'], ['--json', '--gauntlet']);
  if (!read.ok) return read;
  const { values, flags } = read.value;
  for (const required of ['--scenario', '--seeds']) {
    if (!values.has(required)) return fail(`tournament needs ${required}`);
  }
  const given = values.get('--difficulty');
  const difficulty = given ?? 'medium';
  if (!isDifficulty(difficulty)) {
    return fail(
      `--difficulty: unknown difficulty "${difficulty}" (difficulties: ${DIFFICULTIES.join(', ')})`,
    );
  }
  const seeds = parseSeeds(values.get('--seeds') as string);
  if (!seeds.ok) return seeds;
  if (flags.has('--gauntlet')) {
    return ok({
      kind: 'gauntlet',
      scenario: values.get('--scenario') as string,
      seeds: seeds.value,
      difficulties: given === undefined ? [...DIFFICULTIES] : [difficulty],
      json: flags.has('--json'),
    });
  }
  return ok({
    kind: 'tournament',
    scenario: values.get('--scenario') as string,
    seeds: seeds.value,
    difficulty,
    json: flags.has('--json'),
  });
}

function parseSeeds(text: string): Result<SeedRange, UsageError> {
  const m = /^(\d+)(?:\.\.(\d+))?$/.exec(text);
  if (!m) return fail(`--seeds: expected <from>..<to> with whole numbers, like 1..1000, not "${text}"`);
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || to > 0xffffffff) {
    return fail(`--seeds: seeds are whole numbers up to ${0xffffffff}`);
  }
  if (to < from) return fail(`--seeds: the range ${from}..${to} is reversed; write ${to}..${from}`);
  if (to - from + 1 > MAX_GAMES) return fail(`--seeds: at most ${MAX_GAMES} games at once`);
  return ok({ from, to });
}

const fail = (message: string) => err(usageError(message));
