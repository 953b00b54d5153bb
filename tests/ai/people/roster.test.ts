// What every human-like player shares: legal moves only, the same game from the same seed, and
// moves that depend on its own side's observation alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playMatch, seatFor } from '../../../src/ai/match';
import { createHumanLike, HUMAN_LIKE_PLAYERS, isHumanLike } from '../../../src/ai/people/roster';
import { randomPlayer } from '../../../src/ai/random-player';
import { createRules, type GameState, type Rules } from '../../../src/engine';
import type { Scenario } from '../../../src/scenario/schema';
import { bySide, type SideId, sideInfo } from '../../../src/scenario/sides';
import { game, grid, other, rules, scenario } from '../../support/people-games';
import { MX, US } from '../../support/sides';

/** A state reached by `steps` random legal actions from a seed (possibly over). */
function randomState(r: Rules, seed: number, steps: number): GameState {
  const players = {
    us: randomPlayer({ scenario: r.scenario, side: US, seed }),
    mx: randomPlayer({ scenario: r.scenario, side: MX, seed: seed + 1 }),
  };
  let state = r.newGame({ seed });
  for (let i = 0; i < steps && state.phase !== 'over'; i++) {
    const side = state.turn.side;
    const result = r.apply(state, bySide(players, side).decide(seatFor(r, state, side)));
    if (!result.ok) throw new Error(result.error.message);
    state = result.value;
  }
  return state;
}

describe('human-like players', () => {
  it('are named in kebab-case and known by name', () => {
    expect(HUMAN_LIKE_PLAYERS.length).toBeGreaterThanOrEqual(6);
    for (const name of HUMAN_LIKE_PLAYERS) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(isHumanLike(name)).toBe(true);
      expect(createHumanLike(name, { scenario, side: US, seed: 1 }).name).toBe(name);
    }
    expect(isHumanLike('random')).toBe(false);
  });

  it('play whole games against random and each other with legal moves only (playMatch throws otherwise)', () => {
    for (const name of HUMAN_LIKE_PLAYERS) {
      for (const side of [US, MX]) {
        for (const seed of [1, 2, 3]) {
          const me = createHumanLike(name, { scenario, side, seed });
          const random = randomPlayer({ scenario, side: other(side), seed });
          const { state } = playMatch(
            rules,
            side === US ? { us: me, mx: random } : { us: random, mx: me },
            seed,
          );
          expect(state.phase).toBe('over');
        }
        for (const them of HUMAN_LIKE_PLAYERS) {
          expect(game({ kind: name }, side, { kind: them }, 1).state.phase).toBe('over');
        }
      }
    }
  });

  it('play the same game from the same seed', () => {
    for (const name of HUMAN_LIKE_PLAYERS) {
      for (const { side, against, seed } of grid([4]).filter((_, i) => i % 2 === 0)) {
        const a = game({ kind: name }, side, against, seed);
        const b = game({ kind: name }, side, against, seed);
        expect(rules.stateHash(b.state)).toBe(rules.stateHash(a.state));
        expect(b.decisions.map((d) => d.action)).toEqual(a.decisions.map((d) => d.action));
      }
    }
  });

  it("never read hidden information: the other side's private numbers never change a move", () => {
    const variant = (side: SideId): Rules => {
      const s: Scenario = structuredClone(rules.scenario);
      sideInfo(s, side).brief = { en: 'changed', es: 'cambiado' };
      s.reservation[side] = { base: 0.05, assumption: 'test' };
      s.issues.forEach((issue, i) => {
        issue.weight[side] = (i % 3) + 1;
        issue.options.forEach((o, j) => {
          o.value[side] = (j + i) % 2;
        });
      });
      return createRules(s, rules.scenarioHash);
    };
    const changed = { us: variant(US), mx: variant(MX) };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom(...HUMAN_LIKE_PLAYERS),
        (seed, steps, name) => {
          const state = randomState(rules, seed, steps);
          if (state.phase === 'over') return;
          const side = state.turn.side;
          const theirs = bySide(changed, other(side));
          expect(theirs.observe(state, side)).toEqual(rules.observe(state, side));
          const a = createHumanLike(name, { scenario: rules.scenario, side, seed });
          const b = createHumanLike(name, { scenario: theirs.scenario, side, seed });
          expect(b.decide(seatFor(theirs, state, side))).toEqual(a.decide(seatFor(rules, state, side)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
