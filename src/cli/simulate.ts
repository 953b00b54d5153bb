// Many games, one per seed, and their summary. Pure apart from its callbacks, so tests and
// the benchmark run exactly what the command line runs.
import { playMatch } from '../ai/match';
import { createPlayer, type PlayerSpec } from '../ai/registry';
import type { GameState, OutcomeKind, Rules } from '../engine';
import { type GameOutcome, gameOutcome } from '../replay/class-outcome';
import { bySide, type PerSide, perSide } from '../scenario/sides';

/** One game of a run: its seed, and what it came to. */
export type GameRecord = { seed: number } & GameOutcome;

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

/** One game between the lineup's players from a seed, played to its end. */
export function playGame(rules: Rules, lineup: Lineup, seed: number): GameState {
  const scenario = rules.scenario;
  const players = perSide(scenario, (side) => createPlayer(bySide(lineup, side), { scenario, side, seed }));
  return playMatch(rules, players, seed).state;
}

export function simulateGame(rules: Rules, lineup: Lineup, seed: number): GameRecord {
  return gameRecord(rules, playGame(rules, lineup, seed));
}

export function gameRecord(rules: Rules, state: GameState): GameRecord {
  return { seed: state.seed, ...gameOutcome(rules, state) };
}

export function simulate(
  rules: Rules,
  lineup: Lineup,
  seeds: { from: number; to: number },
  onProgress: (done: number) => void = () => {},
  /** Each game's last state, for a caller that keeps the games themselves (`--replays`). */
  onGame: (state: GameState) => void = () => {},
): { summary: SimulationSummary; games: GameRecord[] } {
  const games: GameRecord[] = [];
  for (let seed = seeds.from; seed <= seeds.to; seed++) {
    const state = playGame(rules, lineup, seed);
    onGame(state);
    games.push(gameRecord(rules, state));
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

const round2 = (v: number) => Math.round(v * 100) / 100;
