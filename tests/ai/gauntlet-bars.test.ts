// The bars of "AI negotiators that play well against people", on fixed seeds: every persona at
// every difficulty, in its own seat, against each human-like player (src/ai/people), judged by the
// gauntlet's omniscient measurements (src/ai/conduct.ts). The README's gauntlet table is the same
// run over 100 seeds at medium.
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES, type Difficulty } from '../../src/ai/difficulty';
import { type GauntletRow, gauntlet, gauntletMatchups } from '../../src/ai/gauntlet';
import { playMatch } from '../../src/ai/match';
import { HUMAN_LIKE_PLAYERS } from '../../src/ai/people/roster';
import { createPlayer, type PlayerSpec } from '../../src/ai/registry';
import { simulateGame } from '../../src/cli/simulate';
import { bySide, otherSide, perSide, type SideId, sideIds } from '../../src/scenario/sides';
import { loadRules } from '../support/scenarios';

const rules = loadRules();
const scenario = rules.scenario;
const personas = scenario.personas ?? [];
const SEEDS = { from: 1, to: 30 };
const rows = gauntlet(rules, SEEDS, DIFFICULTIES);

const rowsOf = (strategy: string) => rows.filter((r) => r.strategy === strategy);
const label = (r: GauntletRow) => `${r.persona} (${r.seat}) vs ${r.strategy}`;

describe(`the gauntlet (june-2019, seeds ${SEEDS.from}..${SEEDS.to}, every difficulty)`, () => {
  it('plays every persona at every difficulty against every human-like player', () => {
    expect(rows).toHaveLength(personas.length * DIFFICULTIES.length * HUMAN_LIKE_PLAYERS.length);
    expect(rows.every((r) => r.games === SEEDS.to - SEEDS.from + 1)).toBe(true);
  });

  it('against accept-anything: a ratified deal in at least 95% of seeds, and no walk-out while a deal better than none could be ratified', () => {
    const short = rowsOf('accept-anything').filter((r) => r.dealRate < 0.95);
    expect(short.map((r) => `${label(r)}: ${r.dealRate}`)).toEqual([]);
    const walked = rowsOf('accept-anything').filter((r) => r.walkoutsWithRatifiableDeal > 0);
    expect(walked.map(label)).toEqual([]);
  });

  it('against reciprocating: a deal in at least 90% of seeds at medium and hard', () => {
    const short = rowsOf('reciprocating').filter((r) => !r.persona.endsWith(':easy') && r.dealRate < 0.9);
    expect(short.map((r) => `${label(r)}: ${r.dealRate}`)).toEqual([]);
  });

  it('never takes back an offer without a logged cause that happened, nor makes one worse for both sides', () => {
    const retracted = rows.filter((r) => r.retractions.withoutCause > 0);
    expect(retracted.map((r) => `${label(r)}: ${r.retractions.withoutCause}`)).toEqual([]);
    const worse = rows.filter((r) => r.worseForBoth > 0);
    expect(worse.map((r) => `${label(r)}: ${r.worseForBoth}`)).toEqual([]);
  });

  it('stubborn-then-accept-last scores below the best AI persona of its seat against the same opponent', () => {
    const bestOf = new Map<string, number>();
    const best = (ai: PlayerSpec & { kind: 'persona' }, aiSide: SideId): number => {
      const key = `${aiSide}:${ai.persona}:${ai.difficulty}`;
      const known = bestOf.get(key);
      if (known !== undefined) return known;
      const seat = otherSide(scenario, aiSide);
      let top = Number.NEGATIVE_INFINITY;
      for (const p of personas.filter((q) => q.side === seat)) {
        for (const difficulty of DIFFICULTIES) {
          const mine: PlayerSpec = { kind: 'persona', persona: p.id, difficulty };
          const lineup = perSide(scenario, (side) => (side === seat ? mine : ai));
          let total = 0;
          for (let seed = SEEDS.from; seed <= SEEDS.to; seed++)
            total += bySide(simulateGame(rules, lineup, seed).score, seat);
          top = Math.max(top, total / (SEEDS.to - SEEDS.from + 1));
        }
      }
      bestOf.set(key, top);
      return top;
    };
    const above: string[] = [];
    for (const m of gauntletMatchups(rules, DIFFICULTIES).filter((x) => x.strategy === 'stubborn-last')) {
      const row = rows.find((r) => r.persona === m.persona && r.seat === m.seat && r.strategy === m.strategy);
      if (!row || m.spec.kind !== 'persona') throw new Error(`no row for ${m.persona}`);
      const bar = best(m.spec, m.seat);
      if (!(row.meanScore.strategy < bar)) above.push(`${label(row)}: ${row.meanScore.strategy} ≥ ${bar}`);
    }
    expect(above).toEqual([]);
  });

  it('answers lowball-with-threats with pressure moves of its own, after the first of the player’s', () => {
    const silent: string[] = [];
    for (const aiSide of sideIds(scenario)) {
      const player = otherSide(scenario, aiSide);
      const pressure = (side: SideId) =>
        new Set(scenario.moves.filter((m) => m.side === side && (m.effects.trust ?? 0) < 0).map((m) => m.id));
      const theirs = pressure(player);
      const ours = pressure(aiSide);
      for (const p of personas.filter((q) => q.side === aiSide)) {
        for (const difficulty of DIFFICULTIES) {
          let answered = 0;
          for (let seed = SEEDS.from; seed <= SEEDS.to; seed++) {
            const specs = perSide(
              scenario,
              (side): PlayerSpec =>
                side === aiSide ? { kind: 'persona', persona: p.id, difficulty } : { kind: 'lowball' },
            );
            const players = perSide(scenario, (side) =>
              createPlayer(bySide(specs, side), { scenario, side, seed }),
            );
            const { state } = playMatch(rules, players, seed);
            const moves = state.log.flatMap((e) =>
              e.kind === 'action' && e.action.type === 'unilateral' ? [{ seq: e.seq, action: e.action }] : [],
            );
            const first = moves.find((m) => m.action.side === player && theirs.has(m.action.move));
            if (
              first &&
              moves.some((m) => m.seq > first.seq && m.action.side === aiSide && ours.has(m.action.move))
            )
              answered++;
          }
          if (answered < SEEDS.to - SEEDS.from + 1)
            silent.push(`${p.id}:${difficulty} (${aiSide}): ${answered}`);
        }
      }
    }
    expect(silent).toEqual([]);
  });

  it('is easier for people at easy: every player scores at least as well against easy as against hard, and better on average', () => {
    const mean = (strategy: string, difficulty: Difficulty) => {
      const of = rows.filter((r) => r.strategy === strategy && r.persona.endsWith(`:${difficulty}`));
      return of.reduce((sum, r) => sum + r.meanScore.strategy, 0) / of.length;
    };
    const worse = HUMAN_LIKE_PLAYERS.filter((s) => mean(s, 'easy') < mean(s, 'hard'));
    expect(worse.map((s) => `${s}: easy ${mean(s, 'easy')} < hard ${mean(s, 'hard')}`)).toEqual([]);
    const average = (d: Difficulty) => HUMAN_LIKE_PLAYERS.reduce((sum, s) => sum + mean(s, d), 0);
    expect(average('easy')).toBeGreaterThan(average('hard'));
  });
});
