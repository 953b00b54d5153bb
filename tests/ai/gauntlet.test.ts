// The gauntlet's runner and rows. Its measurements are tested in conduct.test.ts; here, what it
// plays and how it adds up, with `random` standing in for an AI where a test needs walk-outs (the
// personas' own behaviour is the subject of the bars, not of these tests).
import { describe, expect, it } from 'vitest';
import { ratifiableDeal } from '../../src/ai/conduct';
import { DIFFICULTIES } from '../../src/ai/difficulty';
import {
  type GauntletGame,
  type GauntletMatchup,
  gauntlet,
  gauntletMatchups,
  gauntletSize,
  playGauntletGame,
  summariseGauntlet,
} from '../../src/ai/gauntlet';
import { playMatch } from '../../src/ai/match';
import { HUMAN_LIKE_PLAYERS } from '../../src/ai/people/roster';
import { createPlayer } from '../../src/ai/registry';
import type { GameState } from '../../src/engine';
import { perSide } from '../../src/scenario/sides';
import { mustAll } from '../support/apply';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const scenario = rules.scenario;
const personas = scenario.personas ?? [];

describe('gauntletMatchups', () => {
  it('puts every persona, at every difficulty asked, in its own seat against every human-like player', () => {
    const all = gauntletMatchups(rules, DIFFICULTIES);
    expect(all).toHaveLength(personas.length * DIFFICULTIES.length * HUMAN_LIKE_PLAYERS.length);
    expect(gauntletSize(rules, DIFFICULTIES, 100)).toBe(all.length * 100);
    for (const p of personas)
      for (const d of DIFFICULTIES)
        for (const strategy of HUMAN_LIKE_PLAYERS)
          expect(
            all.filter((m) => m.persona === `${p.id}:${d}` && m.seat === p.side && m.strategy === strategy),
          ).toHaveLength(1);
    // Both seats: the US personas against scripted Mexicans, and the reverse; the first side first.
    expect(new Set(all.map((m) => m.seat))).toEqual(new Set([US, MX]));
    expect(all[0]?.seat).toBe(US);
    expect(gauntletMatchups(rules, ['hard']).every((m) => m.persona.endsWith(':hard'))).toBe(true);
  });
});

describe('playGauntletGame', () => {
  it('records the outcome, scores by role and the seat of a walk-out, and checks each AI walk-out', () => {
    let walkouts = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const matchup: GauntletMatchup = {
        persona: 'random',
        spec: { kind: 'random' },
        seat: MX,
        strategy: 'stubborn',
      };
      const game = playGauntletGame(rules, matchup, seed);
      const players = perSide(scenario, (side) =>
        createPlayer(side === MX ? { kind: 'random' } : { kind: 'stubborn' }, { scenario, side, seed }),
      );
      const { state, actions } = playMatch(rules, players, seed);
      const score = rules.analyse(state).score;
      expect(game.outcome).toBe(state.outcome.kind);
      expect(game.deal).toBe(state.outcome.kind === 'deal');
      expect(game.score).toEqual({ ai: score[MX], strategy: score[US] });
      if (state.outcome.kind !== 'walkout') {
        expect(game.walkout).toBeNull();
        expect(game.walkoutWithRatifiableDeal).toBe(false);
        continue;
      }
      walkouts++;
      // The stubborn player never walks out, so every walk-out is the stand-in AI's.
      expect(game.walkout).toBe('ai');
      const before: GameState = mustAll(rules, rules.newGame({ seed }), actions.slice(0, -1));
      expect(game.walkoutWithRatifiableDeal).toBe(ratifiableDeal(rules, before, MX) !== null);
    }
    expect(walkouts).toBeGreaterThan(0);
  });
});

describe('summariseGauntlet', () => {
  const matchup: GauntletMatchup = {
    persona: 'pragmatist:easy',
    spec: { kind: 'persona', persona: 'pragmatist', difficulty: 'easy' },
    seat: US,
    strategy: 'lowball',
  };
  const game = (over: Partial<GauntletGame>): GauntletGame => ({
    seed: 1,
    outcome: 'no-deal',
    deal: false,
    agreementRound: null,
    walkout: null,
    score: { ai: 10, strategy: 20 },
    conduct: { retractions: [], worseForBoth: 0 },
    walkoutWithRatifiableDeal: false,
    aiPressureMoves: 0,
    ...over,
  });
  const retraction = (caused: boolean) => ({
    from: 1,
    to: 2,
    round: 0,
    cause: null,
    caused,
    worseForBoth: false,
  });

  it('adds up the games of a row', () => {
    const row = summariseGauntlet(matchup, [
      game({
        outcome: 'deal',
        deal: true,
        agreementRound: 3,
        score: { ai: 70, strategy: 60 },
        aiPressureMoves: 2,
      }),
      game({
        outcome: 'walkout',
        walkout: 'ai',
        walkoutWithRatifiableDeal: true,
        conduct: { retractions: [retraction(false), retraction(false), retraction(true)], worseForBoth: 1 },
      }),
      game({
        outcome: 'walkout',
        walkout: 'strategy',
        conduct: { retractions: [retraction(true)], worseForBoth: 0 },
      }),
      game({}),
    ]);
    expect(row).toEqual({
      persona: 'pragmatist:easy',
      seat: US,
      strategy: 'lowball',
      games: 4,
      dealRate: 0.25,
      meanAgreementRound: 3,
      walkouts: { ai: 1, strategy: 1 },
      meanScore: { ai: 25, strategy: 30 },
      retractions: { withoutCause: 2, withCause: 2, seeds: 1 },
      worseForBoth: 1,
      walkoutsWithRatifiableDeal: 1,
      meanAiPressureMoves: 0.5,
    });
  });
});

describe('gauntlet', () => {
  it('plays a row per matchup over the seeds, the same rows every time', () => {
    const rows = gauntlet(rules, { from: 3, to: 4 }, ['easy']);
    expect(rows).toHaveLength(personas.length * HUMAN_LIKE_PLAYERS.length);
    expect(rows.map((r) => [r.persona, r.seat, r.strategy])).toEqual(
      gauntletMatchups(rules, ['easy']).map((m) => [m.persona, m.seat, m.strategy]),
    );
    for (const r of rows) expect(r.games).toBe(2);
    expect(gauntlet(rules, { from: 3, to: 4 }, ['easy'])).toEqual(rows);
  });
});
