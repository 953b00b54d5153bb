// Games to record: played by the project's own players from a seed, whole or cut short.
import { playMatch } from '../../src/ai/match';
import { createPlayer, parsePlayerSpec } from '../../src/ai/registry';
import type { GameState, Rules } from '../../src/engine';
import type { ReplayFile } from '../../src/replay/format';
import { recordReplay } from '../../src/replay/record';
import { bySide, perSide, sideIds } from '../../src/scenario/sides';

export function playedGame(rules: Rules, players: readonly [string, string], seed: number): GameState {
  const [a] = sideIds(rules.scenario);
  const specs = perSide(rules.scenario, (side) => {
    const spec = parsePlayerSpec(side === a ? players[0] : players[1]);
    if (!spec.ok) throw new Error(spec.error.message);
    return spec.value;
  });
  const seats = perSide(rules.scenario, (side) =>
    createPlayer(bySide(specs, side), { scenario: rules.scenario, side, seed }),
  );
  return playMatch(rules, seats, seed).state;
}

export function replayOf(rules: Rules, state: GameState, players: readonly [string, string]): ReplayFile {
  const [a, b] = sideIds(rules.scenario);
  return recordReplay(
    rules,
    {
      players: { [a]: { kind: 'ai', player: players[0] }, [b]: { kind: 'ai', player: players[1] } },
      settings: { mode: 'simulated' },
    },
    state,
  );
}

/** The same game stopped after `n` actions: a game still going. */
export function cutShort(rules: Rules, state: GameState, n: number): GameState {
  let game = rules.newGame({ seed: state.seed });
  const actions = state.log.flatMap((e) => (e.kind === 'action' ? [e.action] : []));
  for (const action of actions.slice(0, n)) {
    const applied = rules.apply(game, action);
    if (!applied.ok) throw new Error(applied.error.message);
    game = applied.value;
  }
  return game;
}
