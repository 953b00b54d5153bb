// A game as a replay file: its actions are read from the state's own log (every action the rules
// took is there, with its round and date), then played again from the seed to take the hash at the
// close of every round. A game still going is recorded as far as it went.
import { type GameState, type Rules, stateHash } from '../engine';
import type { PerSide } from '../scenario/sides';
import { sideIds } from '../scenario/sides';
import {
  type Checkpoint,
  REPLAY_FORMAT,
  REPLAY_FORMAT_VERSION,
  type RecordedAction,
  type ReplayFile,
  type ReplayPlayer,
  type ReplaySettings,
} from './format';

export interface ReplayMeta {
  readonly players: Readonly<PerSide<ReplayPlayer>>;
  readonly settings: ReplaySettings;
}

export function recordReplay(rules: Rules, meta: ReplayMeta, state: GameState): ReplayFile {
  const actions: RecordedAction[] = [];
  for (const entry of state.log) {
    if (entry.kind === 'action') actions.push({ round: entry.round, date: entry.date, action: entry.action });
  }
  const checkpoints: Checkpoint[] = [];
  let game = rules.newGame({ seed: state.seed });
  for (const [i, { action }] of actions.entries()) {
    const applied = rules.apply(game, action);
    // The log holds only actions these rules accepted from this seed, so each applies again.
    if (!applied.ok)
      throw new ReplayRecordError(`action ${i} of the log no longer applies: ${applied.error.code}`);
    const before = game;
    game = applied.value;
    if (game.round !== before.round || game.phase === 'over') {
      checkpoints.push({ round: before.round, actions: i + 1, hash: stateHash(game) });
    }
  }
  return {
    header: {
      format: REPLAY_FORMAT,
      formatVersion: REPLAY_FORMAT_VERSION,
      engineVersion: state.engineVersion,
      scenarioId: state.scenarioId,
      scenarioHash: state.scenarioHash,
      seed: state.seed,
      sides: sideIds(rules.scenario),
      players: meta.players,
      settings: meta.settings,
    },
    actions,
    checkpoints,
    final: { outcome: state.outcome, hash: stateHash(state) },
  };
}

/** A state whose log the rules no longer accept: a bug, never a bad file. */
export class ReplayRecordError extends Error {
  readonly code = 'REPLAY_RECORD';
}
