// Game states reached by random legal play, for tests that ask the AI about many situations.
import { seatFor } from '../../src/ai/match';
import { randomPlayer } from '../../src/ai/random-player';
import type { GameState, Rules } from '../../src/engine';
import { bySide, sideIds } from '../../src/scenario/sides';

/** A state reached by `steps` random legal actions from a seed (possibly over). */
export function randomState(rules: Rules, seed: number, steps: number): GameState {
  const [a, b] = sideIds(rules.scenario);
  const players = {
    [a]: randomPlayer({ scenario: rules.scenario, side: a, seed }),
    [b]: randomPlayer({ scenario: rules.scenario, side: b, seed: seed + 1 }),
  };
  let state = rules.newGame({ seed });
  for (let i = 0; i < steps && state.phase !== 'over'; i++) {
    const side = state.turn.side;
    const result = rules.apply(state, bySide(players, side).decide(seatFor(rules, state, side)));
    if (!result.ok) throw new Error(result.error.message);
    state = result.value;
  }
  return state;
}
