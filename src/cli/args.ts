// Command-line parsing into a typed command, or a usage error that names what is wrong.
import { isPlayerName, PLAYER_NAMES, type PlayerName } from '../ai/registry';

export type Command =
  | { kind: 'help' }
  | { kind: 'validate'; files: string[] }
  | {
      kind: 'simulate';
      scenario: string;
      us: PlayerName;
      mx: PlayerName;
      seeds: { from: number; to: number };
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
  npm run cli -- help

Players: ${PLAYER_NAMES.join(', ')}
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
  return fail(`unknown command "${name}"`);
}

function parseSimulate(args: readonly string[]): ParseResult {
  const values = new Map<string, string>();
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (!['--scenario', '--us', '--mx', '--seeds'].includes(arg)) return fail(`unknown option "${arg}"`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) return fail(`${arg} needs a value`);
    if (values.has(arg)) return fail(`${arg} is given twice`);
    values.set(arg, value);
    i++;
  }
  for (const required of ['--scenario', '--us', '--mx', '--seeds']) {
    if (!values.has(required)) return fail(`simulate needs ${required}`);
  }
  const us = values.get('--us') as string;
  const mx = values.get('--mx') as string;
  for (const [flag, player] of [
    ['--us', us],
    ['--mx', mx],
  ] as const) {
    if (!isPlayerName(player))
      return fail(`${flag}: unknown player "${player}" (players: ${PLAYER_NAMES.join(', ')})`);
  }
  const seeds = parseSeeds(values.get('--seeds') as string);
  if (typeof seeds === 'string') return fail(seeds);
  return ok({
    kind: 'simulate',
    scenario: values.get('--scenario') as string,
    us: us as PlayerName,
    mx: mx as PlayerName,
    seeds,
    json,
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
