// Every US player against every Mexico player over the same seeds: the table that shows whether
// the AI negotiators play well. Pure apart from the progress callback.

import type { Difficulty } from '../ai/difficulty';
import { DEFAULT_DIFFICULTY, type PlayerSpec, specName } from '../ai/registry';
import type { Rules } from '../engine';
import type { Side } from '../scenario/schema';
import { sideIds } from '../scenario/sides';
import { type GameRecord, simulateGame } from './simulate';

/** A deal this close to the historical one (normalised terms utility) counts as within reach. */
export const HISTORICAL_REACH = 0.05;

export interface TournamentRow {
  us: string;
  mx: string;
  games: number;
  dealRate: number;
  dealBeforeDeadlineRate: number;
  meanAgreementRound: number | null;
  meanScore: { us: number; mx: number };
  meanDistanceToFrontier: number | null;
  meanDistanceToNash: number | null;
  historicalReachRate: number;
  walkoutRate: number;
}

export function contenders(
  rules: Rules,
  side: Side,
  difficulty: Difficulty = DEFAULT_DIFFICULTY,
): PlayerSpec[] {
  const personas = (rules.scenario.personas ?? []).filter((p) => p.side === side);
  return [
    { kind: 'random' },
    ...personas.map((p) => ({ kind: 'persona' as const, persona: p.id, difficulty })),
  ];
}

export function tournament(
  rules: Rules,
  seeds: { from: number; to: number },
  difficulty: Difficulty,
  onProgress: (done: number, total: number) => void = () => {},
): TournamentRow[] {
  const [usId, mxId] = sideIds(rules.scenario);
  const us = contenders(rules, usId, difficulty);
  const mx = contenders(rules, mxId, difficulty);
  const perPair = seeds.to - seeds.from + 1;
  const total = us.length * mx.length * perPair;
  const rows: TournamentRow[] = [];
  let done = 0;
  for (const a of us) {
    for (const b of mx) {
      const games: GameRecord[] = [];
      for (let seed = seeds.from; seed <= seeds.to; seed++) {
        games.push(simulateGame(rules, a, b, seed));
        done++;
        if (done % 50 === 0) onProgress(done, total);
      }
      rows.push(summariseRow(specName(a), specName(b), games));
    }
  }
  onProgress(total, total);
  return rows;
}

export function summariseRow(us: string, mx: string, games: readonly GameRecord[]): TournamentRow {
  const n = Math.max(1, games.length);
  const deals = games.filter((g) => g.deal !== null);
  const mean = (values: number[]) =>
    values.length ? round3(values.reduce((x, y) => x + y, 0) / values.length) : null;
  const nash = deals.flatMap((g) => (g.deal?.toNash === null || g.deal === null ? [] : [g.deal.toNash]));
  return {
    us,
    mx,
    games: games.length,
    dealRate: round3(deals.length / n),
    dealBeforeDeadlineRate: round3(deals.filter((g) => g.deal?.beforeDeadline).length / n),
    meanAgreementRound: mean(deals.map((g) => g.agreementRound as number)),
    meanScore: {
      us: round3(games.reduce((s, g) => s + g.score.us, 0) / n),
      mx: round3(games.reduce((s, g) => s + g.score.mx, 0) / n),
    },
    meanDistanceToFrontier: mean(deals.map((g) => g.deal?.toFrontier as number)),
    meanDistanceToNash: mean(nash),
    historicalReachRate: round3(
      deals.filter((g) => (g.deal?.toHistorical ?? 1) <= HISTORICAL_REACH).length / n,
    ),
    walkoutRate: round3(games.filter((g) => g.outcome === 'walkout').length / n),
  };
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;
