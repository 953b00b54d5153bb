// What one finished (or unfinished) game came to, measured the one way both the command line's
// `simulate` and the class report measure it. It lives with the replays, not the command line,
// because the class report also runs in the browser and nothing outside src/cli may import from it.
import {
  type Analysis,
  type DeepReadonly,
  type GameState,
  type OutcomeKind,
  type Rules,
  round6,
} from '../engine';
import { bySide, type PerSide, sideIds } from '../scenario/sides';

export interface GameOutcome {
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

/** `analysis` is `rules.analyse(state)`, passed in by a caller that needs it too. */
export function gameOutcome(
  rules: Rules,
  state: GameState,
  analysis: DeepReadonly<Analysis> = rules.analyse(state),
): GameOutcome {
  const outcome = state.outcome;
  return {
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
            toHistorical: round6(distance(rules, analysis.agreed, analysis.historical)),
          }
        : null,
    finalHash: rules.stateHash(state),
  };
}

/** Euclidean distance between two points in the sides' utility plane. */
function distance(rules: Rules, a: DeepReadonly<PerSide<number>>, b: DeepReadonly<PerSide<number>>): number {
  return Math.hypot(...sideIds(rules.scenario).map((side) => bySide(a, side) - bySide(b, side)));
}
