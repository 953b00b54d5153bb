// The tournament's quality bars, asserted on fixed seeds. "Better than random" compares seat with
// seat: a persona and the random player each play the same side against the same field (random
// and every persona of the other side at every difficulty) on the same seed, and the persona's
// mean score over that field must be higher.
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES } from '../../src/ai/difficulty';
import { playMatch } from '../../src/ai/match';
import { createNegotiator, type Negotiator } from '../../src/ai/negotiator';
import { createPlayer, type PlayerSpec } from '../../src/ai/registry';
import { simulateGame } from '../../src/cli/simulate';
import { bySide, type SideId } from '../../src/scenario/sides';
import { present } from '../support/present';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const personas = rules.scenario.personas ?? [];
const persona = (id: string, difficulty: (typeof DIFFICULTIES)[number] = 'medium'): PlayerSpec => ({
  kind: 'persona',
  persona: id,
  difficulty,
});

function fieldScore(me: PlayerSpec, side: SideId, seed: number): number {
  const field: PlayerSpec[] = [
    { kind: 'random' },
    ...personas.filter((p) => p.side !== side).flatMap((p) => DIFFICULTIES.map((d) => persona(p.id, d))),
  ];
  let total = 0;
  for (const other of field) {
    const [us, mx] = side === US ? [me, other] : [other, me];
    total += bySide(simulateGame(rules, { us, mx }, seed).score, side);
  }
  return total / field.length;
}

describe('quality bars (june-2019)', () => {
  it('every persona, at every difficulty, beats random in its own seat in at least 90% of seeds', () => {
    const SEEDS = 40;
    const baseline: Record<string, number[]> = { us: [], mx: [] };
    for (const side of [US, MX] as const) {
      for (let seed = 1; seed <= SEEDS; seed++)
        bySide(baseline, side).push(fieldScore({ kind: 'random' }, side, seed));
    }
    const rates: Record<string, number> = {};
    for (const p of personas) {
      for (const difficulty of DIFFICULTIES) {
        let wins = 0;
        for (let seed = 1; seed <= SEEDS; seed++) {
          if (
            fieldScore(persona(p.id, difficulty), p.side, seed) >
            (bySide(baseline, p.side)[seed - 1] as number)
          )
            wins++;
        }
        rates[`${p.side}:${p.id}:${difficulty}`] = wins / SEEDS;
      }
    }
    const below = Object.entries(rates).filter(([, rate]) => rate < 0.9);
    expect(below).toEqual([]);
  });

  it('pragmatist against pragmatist: at least 80% of deals lie within 0.05 of the Pareto frontier', () => {
    const games = Array.from({ length: 200 }, (_, i) =>
      simulateGame(rules, { us: persona('pragmatist'), mx: persona('pragmatist') }, i + 1),
    );
    const deals = games.filter((g) => g.deal !== null);
    expect(deals.length).toBeGreaterThan(150);
    const near = deals.filter((g) => (g.deal?.toFrontier ?? 1) <= 0.05).length;
    expect(near / deals.length).toBeGreaterThanOrEqual(0.8);
  });

  it('historical against historical: a deal before June 10 in at least 60% of seeds, mostly on the June 7 terms', () => {
    const games = Array.from({ length: 200 }, (_, i) =>
      simulateGame(rules, { us: persona('historical'), mx: persona('historical') }, i + 1),
    );
    const early = games.filter((g) => g.deal?.beforeDeadline);
    expect(early.length / games.length).toBeGreaterThanOrEqual(0.6);
    expect(early.filter((g) => g.historical).length / early.length).toBeGreaterThan(0.5);
  });

  it('hardliners concede later than pragmatists', () => {
    // The round at which a negotiator's target first falls 10 points below where it started.
    const concessionRound = (side: SideId, id: string, seed: number): number => {
      const context = { scenario: rules.scenario, seed };
      const me = createNegotiator(present(personas.find((p) => p.side === side && p.id === id)), 'medium', {
        ...context,
        side,
      }) as Negotiator;
      const other = createPlayer(persona(side === US ? 'sovereigntist' : 'hardliner'), {
        ...context,
        side: side === US ? MX : US,
      });
      playMatch(rules, { [side]: me, [side === US ? MX : US]: other }, seed);
      const first = me.decisions[0]?.target ?? 0;
      return me.decisions.find((d) => d.target <= first - 0.1)?.round ?? rules.rounds.length;
    };
    for (const [side, hard, soft] of [
      [US, 'hardliner', 'pragmatist'],
      [MX, 'sovereigntist', 'pragmatist'],
    ] as const) {
      let later = 0;
      for (let seed = 1; seed <= 30; seed++) {
        if (concessionRound(side, hard, seed) > concessionRound(side, soft, seed)) later++;
      }
      expect(later, `${side} ${hard} vs ${soft}`).toBeGreaterThanOrEqual(27);
    }
  });
});
