// The debrief's analysis of a game, on both sides' terms-utility axes.
import type { Scenario } from '../scenario/schema';
import { type PerSide, perSide, sideIds } from '../scenario/sides';
import type { Package } from './actions';
import { distanceToFrontier, type FrontierPoint, paretoFrontier } from './frontier';
import { historicalPackage } from './historical';
import { nashPoint } from './nash';
import { packageUtility } from './offer';
import { reservationValue } from './reservation';
import { round6 } from './rounding';
import { score } from './score';
import type { GameState } from './state';

/**
 * What `analyse(state)` reports. Utilities are expected terms utilities (0..1, `packageUtility`),
 * keyed by side id and rounded to six decimals; only scores are on the 0–100 scale.
 */
export interface Analysis {
  /** Each side's score now (0–100): final terms and meters if the game is over. */
  score: PerSide<number>;
  /** What no deal is worth to each side: at signing if there is a deal, else now. */
  reservation: PerSide<number>;
  /** The agreed package's expected utilities; null without a deal. */
  agreed: PerSide<number> | null;
  /** The Pareto frontier of the whole offer space (every legal package, clauses included). */
  frontier: readonly FrontierPoint[];
  /** The frontier point with the largest product of gains over `reservation`; null if none gains. */
  nash: FrontierPoint | null;
  /** With a deal: its distance to the nearest frontier point at least as good for both, and to Nash. */
  distance: { frontier: number; nash: number | null } | null;
  /** The historical deal's expected utilities. */
  historical: PerSide<number>;
}

export function packagePoint(scenario: Scenario, pkg: Package): PerSide<number> {
  return perSide(scenario, (side) => packageUtility(scenario, side, pkg));
}

function rounded(scenario: Scenario, point: PerSide<number>): PerSide<number> {
  return perSide(scenario, (side) => round6(point[side] ?? 0));
}

/** Per scenario: the frontier as handed out (rounded, frozen) and the historical point. */
const reports = new WeakMap<
  Scenario,
  { frontier: readonly FrontierPoint[]; rounded: readonly FrontierPoint[]; historical: PerSide<number> }
>();

function reportOf(scenario: Scenario) {
  let report = reports.get(scenario);
  if (!report) {
    const frontier = paretoFrontier(scenario);
    report = {
      frontier,
      rounded: Object.freeze(
        frontier.map((f) =>
          Object.freeze({ utility: Object.freeze(rounded(scenario, f.utility)), package: f.package }),
        ),
      ),
      historical: Object.freeze(rounded(scenario, packagePoint(scenario, historicalPackage(scenario)))),
    };
    reports.set(scenario, report);
  }
  return report;
}

export function analyse(scenario: Scenario, state: GameState): Analysis {
  const { frontier, rounded: shown, historical } = reportOf(scenario);
  const reservation = state.deal
    ? state.deal.reservation
    : perSide(scenario, (side) => reservationValue(scenario, state, side));
  const nash = nashPoint(scenario, frontier, reservation);
  const agreed = state.deal ? packagePoint(scenario, state.deal.package) : null;
  const [first, second] = sideIds(scenario);
  return {
    score: perSide(scenario, (side) => score(scenario, state, side)),
    reservation: rounded(scenario, reservation),
    agreed: agreed && rounded(scenario, agreed),
    frontier: shown,
    nash: nash && (shown[frontier.indexOf(nash)] ?? null),
    distance: agreed
      ? {
          frontier: round6(distanceToFrontier(scenario, frontier, agreed)),
          nash: nash
            ? round6(
                Math.hypot(
                  (nash.utility[first] ?? 0) - (agreed[first] ?? 0),
                  (nash.utility[second] ?? 0) - (agreed[second] ?? 0),
                ),
              )
            : null,
        }
      : null,
    historical,
  };
}
