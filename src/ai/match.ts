// Plays one whole game between two players, from a seed, with nothing but the engine's API.
import type { Action, GameState, Observation, Rules } from '../engine';
import { bySide, type PerSide, type SideId } from '../scenario/sides';
import type { Player, Seat } from './player';

export interface MatchResult {
  state: GameState;
  actions: Action[];
}

export class MatchError extends Error {
  readonly code = 'PLAYER_ILLEGAL_ACTION';
}

/** A generous cap: a full game is at most a few dozen actions, so hitting it means a stuck player. */
const MAX_ACTIONS = 1000;

export function playMatch(rules: Rules, players: PerSide<Player>, seed: number): MatchResult {
  let state = rules.newGame({ seed });
  const actions: Action[] = [];
  while (state.phase !== 'over' && actions.length < MAX_ACTIONS) {
    const side = state.turn.side;
    const action = bySide(players, side).decide(seatFor(rules, state, side));
    const result = rules.apply(state, action);
    if (!result.ok) {
      throw new MatchError(
        `${bySide(players, side).name} (${side}) chose an illegal action: ${result.error.code}: ${result.error.message}`,
      );
    }
    state = result.value;
    actions.push(action);
  }
  return { state, actions };
}

/** A seat over one state: the observation is built at most once, and only if the player asks. */
export function seatFor(rules: Rules, state: GameState, side: SideId): Seat {
  let seen: Observation | null = null;
  return {
    side,
    legal: () => (seen ? seen.legal : rules.legalActions(state, side)),
    observe: () => {
      seen ??= rules.observe(state, side);
      return seen;
    },
  };
}
