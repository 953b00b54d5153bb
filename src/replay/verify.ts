// A replay re-run by the engine: from the seed, every action applied in order, the state's hash at
// the close of every round compared with the file's checkpoint, the end compared with the file's
// outcome, and the last state sent back through `restoreState` as any state from outside would be.
// What comes out is every state of the game, which the viewer seeks in.
import { type Action, type GameState, type Rules, stateHash } from '../engine';
import { err, ok, type Result } from '../result';
import { isSideId, sideIds } from '../scenario/sides';
import { type ReplayError, replayError } from './errors';
import type { Checkpoint, ReplayFile } from './format';

export interface VerifiedReplay {
  readonly file: ReplayFile;
  readonly rules: Rules;
  /** `states[i]` is the game after `i` actions: `states[0]` is the start, the last is the end. */
  readonly states: readonly GameState[];
}

/** The rules of a scenario this game has, by id; null when it has none of that id. */
export type RulesFor = (scenarioId: string) => Rules | null;

export function verifyReplay(file: ReplayFile, rulesFor: RulesFor): Result<VerifiedReplay, ReplayError> {
  const h = file.header;
  const rules = rulesFor(h.scenarioId);
  if (!rules) {
    return err(
      replayError(
        'REPLAY_UNKNOWN_SCENARIO',
        `the replay is of the scenario "${h.scenarioId}", which this game does not have`,
      ),
    );
  }
  if (rules.scenarioHash !== h.scenarioHash) {
    return err(
      replayError(
        'REPLAY_SCENARIO_CHANGED',
        `the replay was played on another version of "${h.scenarioId}" (scenario hash ${h.scenarioHash.slice(0, 12)}, this game has ${rules.scenarioHash.slice(0, 12)}), so its moves would not mean the same`,
      ),
    );
  }
  const sides = sidesProblem(file, rules);
  if (sides) return err(replayError('REPLAY_MALFORMED', sides));
  const states: GameState[] = [rules.newGame({ seed: h.seed })];
  let state = states[0] as GameState;
  let nextCheckpoint = 0;
  for (let i = 0; i < file.actions.length; i++) {
    const recorded = file.actions[i] as ReplayFile['actions'][number];
    if (state.phase === 'over') {
      return err(
        replayError(
          'REPLAY_ACTION_OUT_OF_PLACE',
          `actions[${i}]: the game was already over after ${i} actions, yet the file has ${file.actions.length}`,
        ),
      );
    }
    if (recorded.round !== state.round || recorded.date !== state.date) {
      return err(
        replayError(
          'REPLAY_ACTION_OUT_OF_PLACE',
          `actions[${i}]: dated round ${recorded.round} (${recorded.date}), but the game was then at round ${state.round} (${state.date})`,
        ),
      );
    }
    // The rules read an action as untrusted data whatever its type says, and refuse what is wrong.
    const applied = rules.apply(state, recorded.action as Action);
    if (!applied.ok) {
      return err(
        replayError(
          'REPLAY_ACTION_REFUSED',
          `actions[${i}]: the rules refuse this action (${applied.error.code}: ${applied.error.message})`,
        ),
      );
    }
    const before = state;
    state = applied.value;
    states.push(state);
    if (state.round === before.round && state.phase !== 'over') continue;
    const wrong = checkpointProblem(
      file.checkpoints[nextCheckpoint],
      nextCheckpoint,
      before.round,
      i + 1,
      state,
    );
    if (wrong) return err(wrong);
    nextCheckpoint++;
  }
  if (nextCheckpoint < file.checkpoints.length) {
    const extra = file.checkpoints[nextCheckpoint] as Checkpoint;
    return err(
      replayError(
        'REPLAY_CHECKPOINT',
        `checkpoints[${nextCheckpoint}]: a checkpoint for round ${extra.round} after ${extra.actions} actions, but the game's actions close only ${nextCheckpoint} rounds`,
      ),
    );
  }
  const end = endProblem(file, rules, state);
  return end ? err(end) : ok({ file, rules, states });
}

/** The header's sides and players against the scenario's, or what is wrong with them. */
function sidesProblem(file: ReplayFile, rules: Rules): string | null {
  const [a, b] = sideIds(rules.scenario);
  const { sides, players } = file.header;
  if (sides[0] !== a || sides[1] !== b) {
    return `header.sides: expected ["${a}", "${b}"], the sides of ${file.header.scenarioId}, got ${JSON.stringify(sides)}`;
  }
  const keys = Object.keys(players);
  if (keys.length !== 2 || !keys.every((k) => isSideId(rules.scenario, k))) {
    return `header.players: expected a player for each of "${a}" and "${b}", got ${JSON.stringify(keys)}`;
  }
  return null;
}

function checkpointProblem(
  given: Checkpoint | undefined,
  index: number,
  round: number,
  actions: number,
  state: GameState,
): ReplayError | null {
  const where = `checkpoints[${index}]`;
  if (!given) {
    return replayError(
      'REPLAY_CHECKPOINT',
      `${where}: missing; action ${actions} closed round ${round}, and every closed round has its checkpoint`,
    );
  }
  if (given.round !== round || given.actions !== actions) {
    return replayError(
      'REPLAY_CHECKPOINT',
      `${where}: says round ${given.round} closed after ${given.actions} actions, but round ${round} closed after ${actions}`,
    );
  }
  const hash = stateHash(state);
  if (given.hash !== hash) {
    return replayError(
      'REPLAY_CHECKPOINT',
      `${where}: the state after round ${round} differs from the recorded game (hash ${hash}, the file says ${given.hash}): an action or the seed was changed`,
    );
  }
  return null;
}

function endProblem(file: ReplayFile, rules: Rules, state: GameState): ReplayError | null {
  const hash = stateHash(state);
  if (file.final.hash !== hash) {
    return replayError(
      'REPLAY_FINAL',
      `final.hash: the game ends in state ${hash}, the file says ${file.final.hash}`,
    );
  }
  if (canonical(file.final.outcome) !== canonical(state.outcome)) {
    return replayError(
      'REPLAY_FINAL',
      `final.outcome: the game ends ${describeOutcome(state.outcome)}, the file says ${describeOutcome(file.final.outcome)}`,
    );
  }
  // The last state passes the checks any state from outside passes (restoreState reads it as
  // untrusted data and copies it), so what the viewer and a resumed game hold is a state it accepts.
  const restored = rules.restoreState(state);
  if (!restored.ok || stateHash(restored.value) !== hash) {
    return replayError(
      'REPLAY_FINAL',
      `the game's last state does not come back through restoreState${restored.ok ? ' unchanged' : ` (${restored.error.code}: ${restored.error.message})`}`,
    );
  }
  return null;
}

function describeOutcome(outcome: ReplayFile['final']['outcome']): string {
  const o = outcome as { kind?: unknown; round?: unknown };
  return typeof o.round === 'number'
    ? `as "${String(o.kind)}" in round ${o.round}`
    : `as "${String(o.kind)}"`;
}

/** JSON with sorted keys: the same outcome however its keys were ordered. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
