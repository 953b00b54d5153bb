// Many games, one per seed, and their summary. Pure apart from the progress callback, so tests and
// the benchmark run exactly what the command line runs.
import { playMatch } from '../ai/match';
import { createPlayer, type PlayerSpec } from '../ai/registry';
import { type OutcomeKind, type Rules, round6 } from '../engine';
import { type PerSide, sideIds } from '../scenario/sides';

export interface GameRecord {
  seed: number;
  outcome: OutcomeKind;
  historical: boolean;
  rounds: number;
  /** Round index (0-based) at which the deal was signed; null without a deal. */
  agreementRound: number | null;
  finalTariff: number;
  score: { us: number; mx: number };
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
  meanScore: { us: number; mx: number };
}

export function simulateGame(rules: Rules, us: PlayerSpec, mx: PlayerSpec, seed: number): GameRecord {
  const context = { scenario: rules.scenario, seed };
  const [usId, mxId] = sideIds(rules.scenario);
  const players = {
    [usId]: createPlayer(us, { ...context, side: usId }),
    [mxId]: createPlayer(mx, { ...context, side: mxId }),
  };
  const { state } = playMatch(rules, players, seed);
  const outcome = state.outcome;
  const analysis = rules.analyse(state);
  const pair = (p: PerSide<number>) => ({ us: p[usId] ?? 0, mx: p[mxId] ?? 0 });
  return {
    seed,
    outcome: outcome.kind,
    historical: outcome.kind === 'deal' && outcome.historical,
    rounds: (outcome.kind === 'ongoing' ? state.round : outcome.round) + 1,
    agreementRound: outcome.kind === 'deal' ? outcome.round : null,
    finalTariff: outcome.kind === 'ongoing' ? state.tariff.rate : outcome.finalTariff,
    score: pair(analysis.score),
    deal:
      outcome.kind === 'deal' && analysis.agreed && analysis.distance
        ? {
            beforeDeadline: rules.rounds[outcome.round]?.phase === 'talks',
            toFrontier: analysis.distance.frontier,
            toNash: analysis.distance.nash,
            toHistorical: round6(
              Math.hypot(
                pair(analysis.agreed).us - pair(analysis.historical).us,
                pair(analysis.agreed).mx - pair(analysis.historical).mx,
              ),
            ),
          }
        : null,
    finalHash: rules.stateHash(state),
  };
}

export function simulate(
  rules: Rules,
  us: PlayerSpec,
  mx: PlayerSpec,
  seeds: { from: number; to: number },
  onProgress: (done: number) => void = () => {},
): { summary: SimulationSummary; games: GameRecord[] } {
  const games: GameRecord[] = [];
  for (let seed = seeds.from; seed <= seeds.to; seed++) {
    games.push(simulateGame(rules, us, mx, seed));
    if ((seed - seeds.from) % 100 === 0) onProgress(games.length);
  }
  return { summary: summarise(games), games };
}

export function summarise(games: readonly GameRecord[]): SimulationSummary {
  const outcomes: Record<OutcomeKind, number> = { deal: 0, walkout: 0, 'no-deal': 0, ongoing: 0 };
  let tariff = 0;
  let us = 0;
  let mx = 0;
  const agreed: number[] = [];
  for (const g of games) {
    outcomes[g.outcome] += 1;
    tariff += g.finalTariff;
    us += g.score.us;
    mx += g.score.mx;
    if (g.agreementRound !== null) agreed.push(g.agreementRound);
  }
  const n = Math.max(1, games.length);
  return {
    games: games.length,
    outcomes,
    historicalDeals: games.filter((g) => g.historical).length,
    meanAgreementRound: agreed.length ? round2(agreed.reduce((a, b) => a + b, 0) / agreed.length) : null,
    meanFinalTariff: round2(tariff / n),
    meanScore: { us: round2(us / n), mx: round2(mx / n) },
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;
