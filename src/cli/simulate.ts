// Many games, one per seed, and their summary. Pure apart from the progress callback, so tests and
// the benchmark run exactly what the command line runs.
import { playMatch } from '../ai/match';
import { createPlayer, type PlayerSpec } from '../ai/registry';
import type { OutcomeKind, Rules } from '../engine';
import { bySide, type PerSide, perSide, sideIds } from '../scenario/sides';

export interface GameRecord {
  seed: number;
  outcome: OutcomeKind;
  historical: boolean;
  rounds: number;
  /** Round index (0-based) at which the deal was signed; null without a deal. */
  agreementRound: number | null;
  finalTariff: number;
  /** Keyed by the scenario's side ids. */
  score: PerSide<number>;
  /** For deals: signed before the tariff deadline, and how far the agreed point lies from the
   * Pareto frontier, the Nash point and the historical deal (normalised terms utility). */
  deal: { beforeDeadline: boolean; toFrontier: number; toNash: number | null; toHistorical: number } | null;
  finalHash: string;
}

export interface SimulationSummary {
  games: number;
  outcomes: Record<OutcomeKind, number>;
  historicalDeals: number;
  meanAgreementRound: number | null;
  meanFinalTariff: number;
  meanScore: PerSide<number>;
}

/** A player for each side of the scenario. */
export type Lineup = PerSide<PlayerSpec>;

export function simulateGame(rules: Rules, lineup: Lineup, seed: number): GameRecord {
  const scenario = rules.scenario;
  const players = perSide(scenario, (side) => createPlayer(bySide(lineup, side), { scenario, side, seed }));
  const { state } = playMatch(rules, players, seed);
  const outcome = state.outcome;
  const analysis = rules.analyse(state);
  return {
    seed,
    outcome: outcome.kind,
    historical: outcome.kind === 'deal' && outcome.historical,
    rounds: (outcome.kind === 'ongoing' ? state.round : outcome.round) + 1,
    agreementRound: outcome.kind === 'deal' ? outcome.round : null,
    finalTariff: outcome.kind === 'ongoing' ? state.tariff.rate : outcome.finalTariff,
    score: analysis.score,
    deal:
      outcome.kind === 'deal' && analysis.agreed && analysis.distance
        ? {
            beforeDeadline: rules.rounds[outcome.round]?.phase === 'talks',
            toFrontier: analysis.distance.frontier,
            toNash: analysis.distance.nash,
            toHistorical: round6(distance(scenario, analysis.agreed, analysis.historical)),
          }
        : null,
    finalHash: rules.stateHash(state),
  };
}

export function simulate(
  rules: Rules,
  lineup: Lineup,
  seeds: { from: number; to: number },
  onProgress: (done: number) => void = () => {},
): { summary: SimulationSummary; games: GameRecord[] } {
  const games: GameRecord[] = [];
  for (let seed = seeds.from; seed <= seeds.to; seed++) {
    games.push(simulateGame(rules, lineup, seed));
    if ((seed - seeds.from) % 100 === 0) onProgress(games.length);
  }
  return { summary: summarise(rules, games), games };
}

export function summarise(rules: Rules, games: readonly GameRecord[]): SimulationSummary {
  const outcomes: Record<OutcomeKind, number> = { deal: 0, walkout: 0, 'no-deal': 0, ongoing: 0 };
  let tariff = 0;
  const agreed: number[] = [];
  for (const g of games) {
    outcomes[g.outcome] += 1;
    tariff += g.finalTariff;
    if (g.agreementRound !== null) agreed.push(g.agreementRound);
  }
  const n = Math.max(1, games.length);
  return {
    games: games.length,
    outcomes,
    historicalDeals: games.filter((g) => g.historical).length,
    meanAgreementRound: agreed.length ? round2(agreed.reduce((a, b) => a + b, 0) / agreed.length) : null,
    meanFinalTariff: round2(tariff / n),
    meanScore: perSide(rules.scenario, (side) =>
      round2(games.reduce((sum, g) => sum + bySide(g.score, side), 0) / n),
    ),
  };
}

/** Euclidean distance between two points in the sides' utility plane. */
function distance(scenario: Rules['scenario'], a: PerSide<number>, b: PerSide<number>): number {
  return Math.hypot(...sideIds(scenario).map((side) => bySide(a, side) - bySide(b, side)));
}

const round2 = (v: number) => Math.round(v * 100) / 100;

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
