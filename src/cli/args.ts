// Command-line parsing into a typed command, or a usage error that names what is wrong.
import { DIFFICULTIES, type Difficulty, isDifficulty } from '../ai/difficulty';
import { type PlayerSpec, parsePlayerSpec } from '../ai/registry';

export type Command =
  | { kind: 'help' }
  | { kind: 'validate'; files: string[] }
  | {
      kind: 'simulate';
      scenario: string;
      us: PlayerSpec;
      mx: PlayerSpec;
      seeds: { from: number; to: number };
      json: boolean;
    }
  | {
      kind: 'tournament';
      scenario: string;
      seeds: { from: number; to: number };
      difficulty: Difficulty;
      json: boolean;
    };

export type ParseResult = { ok: true; command: Command } | { ok: false; message: string };

export const USAGE = `Deadline Diplomacy: command line

Usage:
  npm run cli -- validate <file>...
      Check scenario files. Prints "ok <scenario-id> <hash-prefix>" per file,
      or every problem as "file:line:col path: message" (exit 1).
  npm run cli -- simulate --scenario <file> --us <player> --mx <player> --seeds <from>..<to> [--json]
      Play one game per seed and print a summary (or JSON with every game).
  npm run cli -- tournament --scenario <file> --seeds <from>..<to> [--difficulty <level>] [--json]
      Every US persona (and random) against every Mexico persona (and random): a row per pair.
  npm run cli -- help

Players: random, history, or a persona of the scenario as <persona> or <persona>:<difficulty>
         (difficulties: ${DIFFICULTIES.join(', ')}; medium when omitted)
Exit codes: 0 success, 1 invalid scenario, 2 bad arguments.`;

const MAX_GAMES = 10_000_000;

export function parseArgs(argv: readonly string[]): ParseResult {
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

/** Options as `--name value` pairs plus boolean flags; every name must be one of `known`. */
function readOptions(
  args: readonly string[],
  known: readonly string[],
  flags: readonly string[],
): { values: Map<string, string>; flags: Set<string> } | string {
  const values = new Map<string, string>();
  const set = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (flags.includes(arg)) {
      set.add(arg);
      continue;
    }
    if (!known.includes(arg)) return `unknown option "${arg}"`;
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
    if (values.has(arg)) return `${arg} is given twice`;
    values.set(arg, value);
    i++;
  }
  return { values, flags: set };
}

function parseSimulate(args: readonly string[]): ParseResult {
  const read = readOptions(args, ['--scenario', '--us', '--mx', '--seeds'], ['--json']);
  if (typeof read === 'string') return fail(read);
  const { values } = read;
  for (const required of ['--scenario', '--us', '--mx', '--seeds']) {
    if (!values.has(required)) return fail(`simulate needs ${required}`);
  }
  const specs: PlayerSpec[] = [];
  for (const flag of ['--us', '--mx']) {
    const spec = parsePlayerSpec(values.get(flag) as string);
    if ('error' in spec) return fail(`${flag}: ${spec.error}`);
    specs.push(spec);
  }
  const seeds = parseSeeds(values.get('--seeds') as string);
  if (typeof seeds === 'string') return fail(seeds);
  return ok({
    kind: 'simulate',
    scenario: values.get('--scenario') as string,
    us: specs[0] as PlayerSpec,
    mx: specs[1] as PlayerSpec,
    seeds,
    json: read.flags.has('--json'),
  });
}

function parseTournament(args: readonly string[]): ParseResult {
  const read = readOptions(args, ['--scenario', '--seeds', '--difficulty'], ['--json']);
  if (typeof read === 'string') return fail(read);
  const { values } = read;
  for (const required of ['--scenario', '--seeds']) {
    if (!values.has(required)) return fail(`tournament needs ${required}`);
  }
  const difficulty = values.get('--difficulty') ?? 'medium';
  if (!isDifficulty(difficulty)) {
    return fail(
      `--difficulty: unknown difficulty "${difficulty}" (difficulties: ${DIFFICULTIES.join(', ')})`,
    );
  }
  const seeds = parseSeeds(values.get('--seeds') as string);
  if (typeof seeds === 'string') return fail(seeds);
  return ok({
    kind: 'tournament',
    scenario: values.get('--scenario') as string,
    seeds,
    difficulty,
    json: read.flags.has('--json'),
  });
}

function parseSeeds(text: string): { from: number; to: number } | string {
  const m = /^(\d+)(?:\.\.(\d+))?$/.exec(text);
  if (!m) return `--seeds: expected <from>..<to> with whole numbers, like 1..1000, not "${text}"`;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || to > 0xffffffff) {
    return `--seeds: seeds are whole numbers up to ${0xffffffff}`;
  }
  if (to < from) return `--seeds: the range ${from}..${to} is reversed; write ${to}..${from}`;
  if (to - from + 1 > MAX_GAMES) return `--seeds: at most ${MAX_GAMES} games at once`;
  return { from, to };
}

const ok = (command: Command): ParseResult => ({ ok: true, command });
const fail = (message: string): ParseResult => ({ ok: false, message });
