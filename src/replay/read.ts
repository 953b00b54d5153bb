// A replay file's text into a checked `ReplayFile`, or the reason it is not one, with every field
// problem at its line and column. Nothing here runs the rules (verify.ts does): this is the shape.
import { checks, ENGINE_VERSION, type Outcome } from '../engine';
import { err, ok, type Result } from '../result';
import type { SideId } from '../scenario/sides';
import { type ReplayError, type ReplayProblem, replayError } from './errors';
import {
  type Checkpoint,
  MAX_REPLAY_BYTES,
  REPLAY_FORMAT,
  REPLAY_FORMAT_VERSION,
  type RecordedAction,
  type ReplayFile,
  type ReplayHeader,
  type ReplayPlayer,
  type ReplaySettings,
} from './format';
import { jsonSyntaxFault, locateJsonPath, positionOf } from './json-locate';

const { count, literal, list, object, oneOf, record, refine, str, tagged, uint32, isPlainObject } = checks;
type Check<T> = checks.Check<T>;

/** Problems listed one by one; the rest are counted in the message. */
const SHOWN_PROBLEMS = 8;
const NOT_IN_A_REPLAY = 'is not part of a replay file';

const isoDate = refine(str, (v) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'expected a date like 2019-06-05',
);
const hash = refine(str, (v) => (/^[0-9a-f]{8,64}$/.test(v) ? null : 'expected a hex hash'));
// A side id in form only: verify.ts checks it against the scenario before anything relies on it.
const sideId = refine(str, (v) =>
  /^[a-z0-9][a-z0-9-]*$/.test(v) ? null : 'expected a side id',
) as unknown as Check<SideId>;

/** Any JSON object: what it means is for the engine to say when the replay is verified. */
const jsonObject =
  <T>(what: string): Check<T> =>
  (value, path, problems) =>
    isPlainObject(value) ? (value as T) : checks.problem(problems, path, `expected ${what}`);

const player: Check<ReplayPlayer> = tagged<ReplayPlayer>('kind', {
  person: object<ReplayPlayer>({ kind: literal('person') } as checks.Shape<ReplayPlayer>, NOT_IN_A_REPLAY),
  ai: object<ReplayPlayer>(
    { kind: literal('ai'), player: str } as checks.Shape<ReplayPlayer>,
    NOT_IN_A_REPLAY,
  ),
});

const settings: Check<ReplaySettings> = object<ReplaySettings>(
  { mode: oneOf(['vs-ai', 'hotseat', 'simulated'] as const, 'a mode') },
  NOT_IN_A_REPLAY,
);

const header: Check<ReplayHeader> = object<ReplayHeader>(
  {
    format: literal(REPLAY_FORMAT),
    formatVersion: ((v, path, problems) =>
      v === REPLAY_FORMAT_VERSION
        ? REPLAY_FORMAT_VERSION
        : checks.problem(problems, path, `expected ${REPLAY_FORMAT_VERSION}`)) as Check<
      typeof REPLAY_FORMAT_VERSION
    >,
    engineVersion: str,
    scenarioId: str,
    scenarioHash: hash,
    seed: uint32,
    sides: list(sideId, { length: 2 }) as unknown as Check<readonly [SideId, SideId]>,
    players: record(() => player, 'a side') as Check<Readonly<Record<string, ReplayPlayer>>>,
    settings,
  },
  NOT_IN_A_REPLAY,
);

const recorded: Check<RecordedAction> = object<RecordedAction>(
  { round: count, date: isoDate, action: jsonObject('an action (an object with its side and type)') },
  NOT_IN_A_REPLAY,
);

const checkpoint: Check<Checkpoint> = object<Checkpoint>(
  { round: count, actions: count, hash },
  NOT_IN_A_REPLAY,
);

const replay: Check<ReplayFile> = object<ReplayFile>(
  {
    header,
    actions: list(recorded),
    checkpoints: list(checkpoint),
    final: object<ReplayFile['final']>(
      { outcome: jsonObject<Outcome>('an outcome (an object with its kind)'), hash },
      NOT_IN_A_REPLAY,
    ),
  },
  NOT_IN_A_REPLAY,
);

/** The size of the text in UTF-8 bytes, without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function tooLarge(bytes: number): ReplayError {
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
  return replayError(
    'REPLAY_TOO_LARGE',
    `the file is ${mb(bytes)}; a replay is at most ${mb(MAX_REPLAY_BYTES)} (a whole game is well under 1 MB), so this is not one`,
  );
}

export function readReplay(text: string): Result<ReplayFile, ReplayError> {
  // Checked before parsing: a huge file is refused without the cost of reading it.
  if (text.length > MAX_REPLAY_BYTES || utf8Bytes(text) > MAX_REPLAY_BYTES)
    return err(tooLarge(utf8Bytes(text)));
  if (text.trim() === '')
    return err(replayError('REPLAY_EMPTY', 'the file is empty: there is no replay in it'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err(notJson(text));
  }
  if (!isPlainObject(json) || !isPlainObject(json.header) || json.header.format !== REPLAY_FORMAT) {
    return err(
      replayError(
        'REPLAY_NOT_A_REPLAY',
        `this is JSON but not a replay file (a replay's header says "format": "${REPLAY_FORMAT}")`,
      ),
    );
  }
  const version = json.header.formatVersion;
  if (version !== REPLAY_FORMAT_VERSION) {
    return err(
      replayError(
        'REPLAY_FORMAT_VERSION',
        `the file is replay format version ${JSON.stringify(version) ?? 'none'}; this game reads version ${REPLAY_FORMAT_VERSION}`,
      ),
    );
  }
  const engine = json.header.engineVersion;
  if (engine !== ENGINE_VERSION) {
    return err(
      replayError(
        'REPLAY_ENGINE_VERSION',
        `the game was played with engine ${JSON.stringify(engine) ?? 'none'}; this is engine ${ENGINE_VERSION}, whose rules may differ, so it cannot be re-run`,
      ),
    );
  }
  const problems: checks.Problem[] = [];
  const file = replay(json, '', problems);
  if (file === checks.FAIL) return err(malformed(text, problems));
  return ok(file);
}

function malformed(text: string, problems: readonly checks.Problem[]): ReplayError {
  const located: ReplayProblem[] = problems
    .slice(0, SHOWN_PROBLEMS)
    .map((p) => ({ ...p, ...locateJsonPath(text, p.path) }));
  const more = problems.length > SHOWN_PROBLEMS ? ` (the first ${SHOWN_PROBLEMS} are listed)` : '';
  const n = problems.length;
  return replayError(
    'REPLAY_MALFORMED',
    `the replay file is damaged or was edited: ${n} problem${n === 1 ? '' : 's'}${more}`,
    located,
  );
}

/** Where the text stops being JSON; text that simply runs out is a file cut short. */
function notJson(text: string): ReplayError {
  const fault = jsonSyntaxFault(text) ?? { offset: 0, truncated: false, found: 'something else' };
  const { line, col } = positionOf(text, fault.offset);
  if (fault.truncated) {
    return replayError(
      'REPLAY_TRUNCATED',
      `the file stops in the middle (line ${line}, column ${col}): it was cut short, perhaps while downloading`,
    );
  }
  const reason = `unexpected ${fault.found}`;
  return replayError('REPLAY_NOT_JSON', `the file is not JSON: ${reason} at line ${line}, column ${col}`, [
    { path: '', line, col, message: reason },
  ]);
}
