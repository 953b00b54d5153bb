// The quality bars of the AI issue, for every scenario of the library other than the flagship
// (which tests/ai/quality.test.ts and gauntlet-bars.test.ts hold to the same bars, with more seeds):
// personas beat random in their own seat, pragmatists settle near the Pareto frontier, history
// plays out, and the gauntlet's bars hold against people-like players.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES } from '../../src/ai/difficulty';
import { gauntlet } from '../../src/ai/gauntlet';
import type { PlayerSpec } from '../../src/ai/registry';
import { scenarioFiles } from '../../src/cli/build/scenarios-plugin';
import { simulateGame } from '../../src/cli/simulate';
import { createRules } from '../../src/engine';
import { scenarioSet } from '../../src/scenario/scenario-set';
import { bySide, perSide, type SideId, sideIds } from '../../src/scenario/sides';

const dir = new URL('../../scenarios/', import.meta.url).pathname;
const files = scenarioFiles(dir);
const set = scenarioSet(files.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
const all = files.map((file) => {
  const loaded = set.load(file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return createRules(loaded.value.scenario, loaded.value.hash);
});
const flagship = all.find((r) => r.scenario.id === 'june-2019') as (typeof all)[number];
const library = all.filter((r) => r !== flagship);

const persona = (id: string, difficulty: (typeof DIFFICULTIES)[number] = 'medium'): PlayerSpec => ({
  kind: 'persona',
  persona: id,
  difficulty,
});

describe.each(library.map((rules) => [rules.scenario.id, rules] as const))(
  'quality bars (%s)',
  (_id, rules) => {
    const scenario = rules.scenario;
    const personas = scenario.personas ?? [];
    const [a, b] = sideIds(scenario);
    const lineup = (mine: PlayerSpec, side: SideId, other: PlayerSpec) =>
      perSide(scenario, (s) => (s === side ? mine : other));

    it('every persona, at every difficulty, beats random in its own seat in at least 90% of seeds', () => {
      // The flagship's protocol (tests/ai/quality.test.ts): 40 seeds, a field of random and every
      // persona of the other side at every difficulty.
      const SEEDS = 40;
      const fieldScore = (me: PlayerSpec, side: SideId, seed: number) => {
        const field: PlayerSpec[] = [
          { kind: 'random' },
          ...personas
            .filter((p) => p.side !== side)
            .flatMap((p) => DIFFICULTIES.map((d) => persona(p.id, d))),
        ];
        let total = 0;
        for (const other of field)
          total += bySide(simulateGame(rules, lineup(me, side, other), seed).score, side);
        return total / field.length;
      };
      const below: string[] = [];
      for (const side of [a, b]) {
        const baseline = Array.from({ length: SEEDS }, (_, i) => fieldScore({ kind: 'random' }, side, i + 1));
        for (const p of personas.filter((q) => q.side === side)) {
          for (const difficulty of DIFFICULTIES) {
            let wins = 0;
            for (let seed = 1; seed <= SEEDS; seed++) {
              if (fieldScore(persona(p.id, difficulty), side, seed) > (baseline[seed - 1] as number)) wins++;
            }
            if (wins / SEEDS < 0.9) below.push(`${side}:${p.id}:${difficulty} ${wins}/${SEEDS}`);
          }
        }
      }
      expect(below).toEqual([]);
    });

    it('pragmatist against pragmatist: at least 80% of seeds settle within 0.05 of the Pareto frontier', () => {
      const games = Array.from({ length: 100 }, (_, i) =>
        simulateGame(
          rules,
          perSide(scenario, () => persona('pragmatist')),
          i + 1,
        ),
      );
      const near = games.filter((g) => g.deal !== null && g.deal.toFrontier <= 0.05).length;
      expect(near / games.length).toBeGreaterThanOrEqual(0.8);
    });

    // A counterfactual has no record, so no historical personas; what it must do is change the game.
    const historical = personas.some((p) => p.historical);
    if (historical) {
      it('historical against historical reaches the historical outcome in at least 90% of seeds', () => {
        const games = Array.from({ length: 100 }, (_, i) =>
          simulateGame(
            rules,
            perSide(scenario, () => persona('historical')),
            i + 1,
          ),
        );
        expect(games.filter((g) => g.historical).length / games.length).toBeGreaterThanOrEqual(0.9);
      });
    }
    const base = scenario.variant ? flagship : null;
    if (base) {
      it('plays measurably differently from its base', () => {
        const pairings: PlayerSpec[][] = [
          [{ kind: 'random' }, { kind: 'random' }],
          [{ kind: 'history' }, { kind: 'history' }],
          [persona('pragmatist'), persona('pragmatist')],
        ];
        const differences = pairings.map(([x, y]) => {
          const mean = (r: typeof rules) => {
            const [s0, s1] = sideIds(r.scenario);
            const games = Array.from({ length: 50 }, (_, i) =>
              simulateGame(
                r,
                perSide(r.scenario, (s) => (s === s0 ? x : y) as PlayerSpec),
                i + 1,
              ),
            );
            const score = (side: SideId) =>
              games.reduce((t, g) => t + bySide(g.score, side), 0) / games.length;
            return { deals: games.filter((g) => g.outcome === 'deal').length, a: score(s0), b: score(s1) };
          };
          const [was, now] = [mean(base), mean(rules)];
          return Math.max(
            Math.abs(was.a - now.a),
            Math.abs(was.b - now.b),
            Math.abs(was.deals - now.deals) / 2,
          );
        });
        // At least one pairing moves by a point of score (or 2 deals in 100) or more.
        expect(Math.max(...differences)).toBeGreaterThanOrEqual(1);
      });
    }

    it('keeps the historical personas only where there is a record', () => {
      expect(historical).toBe(!scenario.variant);
    });

    it('holds the gauntlet bars: deals with accept-anything, no retraction without cause, no walk-out on a ratifiable deal', () => {
      const rows = gauntlet(rules, { from: 1, to: 15 }, ['medium']);
      const label = (r: (typeof rows)[number]) => `${r.persona} (${r.seat}) vs ${r.strategy}`;
      const short = rows.filter((r) => r.strategy === 'accept-anything' && r.dealRate < 0.95);
      expect(short.map((r) => `${label(r)}: ${r.dealRate}`)).toEqual([]);
      expect(rows.filter((r) => r.retractions.withoutCause > 0).map(label)).toEqual([]);
      expect(rows.filter((r) => r.worseForBoth > 0).map(label)).toEqual([]);
      expect(rows.filter((r) => r.walkoutsWithRatifiableDeal > 0).map(label)).toEqual([]);
    });
  },
);
