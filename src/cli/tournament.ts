// Every player of one side against every player of the other over the same seeds: the table that
// shows whether the AI negotiators play well. Pure apart from the progress callback.

import type { Difficulty } from '../ai/difficulty';
import { DEFAULT_DIFFICULTY, type PlayerSpec, specName } from '../ai/registry';
import type { Rules } from '../engine';
import { bySide, type PerSide, perSide, type SideId, sideIds } from '../scenario/sides';
import { type GameRecord, type Lineup, simulateGame } from './simulate';

/** A deal this close to the historical one (normalised terms utility) counts as within reach. */
export const HISTORICAL_REACH = 0.05;

export interface TournamentRow {
  /** The player of each side, keyed by the scenario's side ids. */
  players: PerSide<string>;
  games: number;
  dealRate: number;
  dealBeforeDeadlineRate: number;
  meanAgreementRound: number | null;
  meanScore: PerSide<number>;
  meanDistanceToFrontier: number | null;
  meanDistanceToNash: number | null;
  historicalReachRate: number;
  walkoutRate: number;
}

export function contenders(
  rules: Rules,
  side: SideId,
  difficulty: Difficulty = DEFAULT_DIFFICULTY,
): PlayerSpec[] {
  const personas = (rules.scenario.personas ?? []).filter((p) => p.side === side);
  return [
    { kind: 'random' },
    ...personas.map((p) => ({ kind: 'persona' as const, persona: p.id, difficulty })),
  ];
}

/** Games a tournament plays over `games` seeds: one per seed for each pair of contenders. */
export function tournamentSize(rules: Rules, games: number): number {
  const [a, b] = sideIds(rules.scenario);
  return contenders(rules, a).length * contenders(rules, b).length * games;
}

export function tournament(
  rules: Rules,
  seeds: { from: number; to: number },
  difficulty: Difficulty,
  onProgress: (done: number, total: number) => void = () => {},
): TournamentRow[] {
  const scenario = rules.scenario;
  const [first, second] = sideIds(scenario);
  const total = tournamentSize(rules, seeds.to - seeds.from + 1);
  const rows: TournamentRow[] = [];
  let done = 0;
  for (const a of contenders(rules, first, difficulty)) {
    for (const b of contenders(rules, second, difficulty)) {
      const lineup = perSide(scenario, (side) => (side === first ? a : b));
      const games: GameRecord[] = [];
      for (let seed = seeds.from; seed <= seeds.to; seed++) {
        games.push(simulateGame(rules, lineup, seed));
        done++;
        if (done % 50 === 0) onProgress(done, total);
      }
      rows.push(summariseRow(rules, lineup, games));
    }
  }
  onProgress(total, total);
  return rows;
}

export function summariseRow(rules: Rules, lineup: Lineup, games: readonly GameRecord[]): TournamentRow {
  const n = Math.max(1, games.length);
  const deals = games.filter((g) => g.deal !== null);
  const mean = (values: number[]) =>
    values.length ? round3(values.reduce((x, y) => x + y, 0) / values.length) : null;
  const nash = deals.flatMap((g) => (g.deal?.toNash === null || g.deal === null ? [] : [g.deal.toNash]));
  return {
    players: perSide(rules.scenario, (side) => specName(bySide(lineup, side))),
    games: games.length,
    dealRate: round3(deals.length / n),
    dealBeforeDeadlineRate: round3(deals.filter((g) => g.deal?.beforeDeadline).length / n),
    meanAgreementRound: mean(deals.map((g) => g.agreementRound as number)),
    meanScore: perSide(rules.scenario, (side) =>
      round3(games.reduce((s, g) => s + bySide(g.score, side), 0) / n),
    ),
    meanDistanceToFrontier: mean(deals.map((g) => g.deal?.toFrontier as number)),
    meanDistanceToNash: mean(nash),
    historicalReachRate: round3(
      deals.filter((g) => (g.deal?.toHistorical ?? 1) <= HISTORICAL_REACH).length / n,
    ),
    walkoutRate: round3(games.filter((g) => g.outcome === 'walkout').length / n),
  };
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;
