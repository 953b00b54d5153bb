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
      /** A directory to write every game into as a replay file; null without `--replays`. */
      replays: string | null;
    }
  | {
      /** `replay record`: one game, written as a replay file. */
      kind: 'replay-record';
      scenario: string;
      players: SideFlag[];
      seed: number;
      out: string;
    }
  | {
      /** `replay verify`: each file re-run by the engine, against the shipped scenarios. */
      kind: 'replay-verify';
      files: string[];
      /** One more scenario file to look the replays' scenarios up in. */
      scenario: string | null;
    }
  | {
      /** `class-report`: many replays (files, or directories of them) as one table and one page. */
      kind: 'class-report';
      inputs: string[];
      out: string;
      scenario: string | null;
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
  npm run cli -- simulate --scenario <file> --<side> <player> --<side> <player> --seeds <from>..<to> [--json] [--replays <dir>]
      Play one game per seed and print a summary (or JSON with every game).
      Each side of the scenario takes a player, named by its side id
      (june-2019: --us <player> --mx <player>). With --replays (with or
      without --json), every game is also written to <dir> as a replay file
      named <scenario-id>-<seed>.json (the directory is created; files of the
      same name are replaced).
  npm run cli -- replay record --scenario <file> --<side> <player> --<side> <player> --seed <n> --out <file>
      Play one game and write it as a replay file: the same arguments give the
      same file, byte for byte. Prints "wrote <file>: <n> actions, final hash <hash>".
  npm run cli -- replay verify <file>... [--scenario <file>]
      Re-run each replay with the engine and check every recorded hash. Prints
      "verified <n> actions <final-hash> <file>" per good file; for a bad one,
      "<file>: CODE: message" and, for a damaged field, "<file>:line:col path:
      message" (exit 1). The replay's scenario is found by its id among the
      scenarios shipped with the game, or in the --scenario file.
  npm run cli -- class-report <file-or-dir>... --out <dir> [--scenario <file>]
      Verify many replays (a directory stands for every *.json file in it) and
      write <dir>/class-results.csv (a row per game) and <dir>/class-report.html
      (a chart of every outcome over the Pareto frontier, the games, and
      outcomes by player and by opponent; one page, no scripts). A bad replay
      is reported and left out, the report is still written, and the exit
      status is 1.
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
Exit codes: 0 success, 1 invalid scenario or replay, 2 bad arguments or a file
that cannot be read (missing, a directory) or written, 3 internal error.`;

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
  if (name === 'replay') return parseReplay(rest);
  if (name === 'class-report') return parseClassReport(rest);
  return fail(`unknown command "${name}"`);
}

interface Options {
  values: Map<string, string>;
  flags: Set<string>;
  /** The arguments that are not options (file names), in order. */
  positional: string[];
}

interface OptionRules {
  /** Keep any other `--name value` too, for the caller to check (side flags). */
  open?: boolean;
  /** Take arguments that do not start with `--` as file names rather than refusing them. */
  positional?: boolean;
}

/**
 * Options as `--name value` pairs plus boolean flags. Every name must be one of `known`, unless
 * `open` is set.
 */
function readOptions(
  args: readonly string[],
  known: readonly string[],
  flags: readonly string[],
  { open = false, positional = false }: OptionRules = {},
): Result<Options, UsageError> {
  const values = new Map<string, string>();
  const set = new Set<string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (positional && !arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
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
  return ok({ values, flags: set, positional: files });
}

function parseSimulate(args: readonly string[]): Result<Command, UsageError> {
  const known = ['--scenario', '--seeds', '--replays'];
  const read = readOptions(args, known, ['--json'], { open: true });
  if (!read.ok) return read;
  const { values, flags } = read.value;
  for (const required of ['--scenario', '--seeds']) {
    if (!values.has(required)) return fail(`simulate needs ${required}`);
  }
  const seeds = parseSeeds(values.get('--seeds') as string);
  if (!seeds.ok) return seeds;
  return ok({
    kind: 'simulate',
    scenario: values.get('--scenario') as string,
    players: sideFlags(values, known),
    seeds: seeds.value,
    json: flags.has('--json'),
    replays: values.get('--replays') ?? null,
  });
}

/** The `--<side> <player>` pairs among the options: every one that is not a known option. */
function sideFlags(values: Map<string, string>, known: readonly string[]): SideFlag[] {
  return [...values].filter(([flag]) => !known.includes(flag)).map(([flag, player]) => ({ flag, player }));
}

function parseReplay(args: readonly string[]): Result<Command, UsageError> {
  const [sub, ...rest] = args;
  if (sub === 'record') return parseReplayRecord(rest);
  if (sub === 'verify') return parseReplayVerify(rest);
  return fail(
    sub === undefined
      ? 'replay needs a subcommand: record or verify'
      : `unknown replay subcommand "${sub}" (replay record, or replay verify)`,
  );
}

function parseReplayRecord(args: readonly string[]): Result<Command, UsageError> {
  const known = ['--scenario', '--seed', '--out'];
  const read = readOptions(args, known, [], { open: true });
  if (!read.ok) return read;
  const { values } = read.value;
  for (const required of known) {
    if (!values.has(required)) return fail(`replay record needs ${required}`);
  }
  const seed = parseSeed(values.get('--seed') as string);
  if (!seed.ok) return seed;
  return ok({
    kind: 'replay-record',
    scenario: values.get('--scenario') as string,
    players: sideFlags(values, known),
    seed: seed.value,
    out: values.get('--out') as string,
  });
}

function parseReplayVerify(args: readonly string[]): Result<Command, UsageError> {
  const read = readOptions(args, ['--scenario'], [], { positional: true });
  if (!read.ok) return read;
  const { values, positional } = read.value;
  if (positional.length === 0) return fail('replay verify needs at least one replay file');
  return ok({ kind: 'replay-verify', files: positional, scenario: values.get('--scenario') ?? null });
}

function parseClassReport(args: readonly string[]): Result<Command, UsageError> {
  const read = readOptions(args, ['--out', '--scenario'], [], { positional: true });
  if (!read.ok) return read;
  const { values, positional } = read.value;
  if (positional.length === 0) return fail('class-report needs at least one replay file or directory');
  const out = values.get('--out');
  if (out === undefined) return fail('class-report needs --out <dir>: where to write the report');
  return ok({ kind: 'class-report', inputs: positional, out, scenario: values.get('--scenario') ?? null });
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

function parseSeed(text: string): Result<number, UsageError> {
  const seed = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(seed) || seed > 0xffffffff) {
    return fail(`--seed: expected a whole number from 0 to ${0xffffffff}, not "${text}"`);
  }
  return ok(seed);
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
