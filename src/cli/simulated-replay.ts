// A game the command line's players played, as a replay file: each side's player recorded by the
// name the command line takes (`pragmatist:medium`, `random`), the mode `simulated`.
import { specName } from '../ai/registry';
import type { GameState, Rules } from '../engine';
import type { ReplayFile } from '../replay/format';
import { recordReplay } from '../replay/record';
import { bySide, perSide } from '../scenario/sides';
import type { Lineup } from './simulate';

export function simulatedReplay(rules: Rules, lineup: Lineup, state: GameState): ReplayFile {
  return recordReplay(
    rules,
    {
      players: perSide(rules.scenario, (side) => ({ kind: 'ai', player: specName(bySide(lineup, side)) })),
      settings: { mode: 'simulated' },
    },
    state,
  );
}

/** `simulate --replays` names each game's file by its scenario and seed: `june-2019-17.json`. */
export function replayFileName(state: GameState): string {
  return `${state.scenarioId}-${state.seed}.json`;
}
