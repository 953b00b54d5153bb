// How an AI persona conducted itself in a finished game, judged omnisciently from the whole state
// (unlike any player, the measurement may read both sides' true numbers): offers that went
// backwards for the other side, whether a logged cause explains each, offers worse for both sides,
// and walk-outs while a deal better than no deal for the AI could still have been ratified.
import {
  type Action,
  type GameState,
  historicalPackage,
  type LogEntry,
  type OfferCause,
  type Package,
  packageUtility,
  paretoFrontier,
  type Rules,
} from '../engine';
import { reservationValue } from '../engine/reservation';
import { winsetFailures } from '../engine/winset';
import type { Scenario } from '../scenario/schema';
import { otherSide, type SideId } from '../scenario/sides';

/** Two utilities closer than this are the same offer for the measurement. */
export const RETRACTION_TOLERANCE = 1e-6;

export interface Retraction {
  /** Log positions of the AI's previous offer and of the offer that gave the other side less. */
  from: number;
  to: number;
  round: number;
  /** The cause the offer named, if any. */
  cause: OfferCause | null;
  /** The named cause happened between the two offers (a cause named but not found is not). */
  caused: boolean;
  /** The offer was worse for the AI too. */
  worseForBoth: boolean;
}

export interface Conduct {
  /** Every AI offer that gave the other side less than the AI's offer before. */
  retractions: Retraction[];
  /** Offers worse for both sides than the AI's previous offer (a retraction or not). */
  worseForBoth: number;
}

type Offer = { index: number; round: number; action: Extract<Action, { type: 'propose' | 'counter' }> };

function offersIn(log: readonly LogEntry[], side: SideId): Offer[] {
  const out: Offer[] = [];
  log.forEach((e, index) => {
    if (e.kind !== 'action' || e.action.side !== side) return;
    const a = e.action;
    if (a.type === 'propose' || a.type === 'counter') out.push({ index, round: e.round, action: a });
  });
  return out;
}

/** The AI's offers, one against the one before, on both sides' true utilities. */
export function conductOf(scenario: Scenario, state: GameState, ai: SideId): Conduct {
  const them = otherSide(scenario, ai);
  const log = state.log as readonly LogEntry[];
  const mine = offersIn(log, ai);
  const theirs = offersIn(log, them);
  const retractions: Retraction[] = [];
  let worseForBoth = 0;
  for (let i = 1; i < mine.length; i++) {
    const prev = mine[i - 1] as Offer;
    const cur = mine[i] as Offer;
    const forThem = (o: Offer) => packageUtility(scenario, them, o.action.package);
    const forMe = (o: Offer) => packageUtility(scenario, ai, o.action.package);
    const lessForThem = forThem(cur) < forThem(prev) - RETRACTION_TOLERANCE;
    const lessForMe = forMe(cur) < forMe(prev) - RETRACTION_TOLERANCE;
    if (lessForThem && lessForMe) worseForBoth++;
    if (!lessForThem) continue;
    const cause = cur.action.say?.cause ?? null;
    retractions.push({
      from: prev.index,
      to: cur.index,
      round: cur.round,
      cause,
      caused: cause !== null && happened(scenario, log, theirs, ai, cause, prev.index, cur.index),
      worseForBoth: lessForMe,
    });
  }
  return { retractions, worseForBoth };
}

/** Did `cause` happen strictly between log positions `from` and `to`, as the AI could see it? */
function happened(
  scenario: Scenario,
  log: readonly LogEntry[],
  theirs: readonly Offer[],
  ai: SideId,
  cause: OfferCause,
  from: number,
  to: number,
): boolean {
  const between = (index: number) => index > from && index < to;
  switch (cause) {
    case 'ratification-refused':
      return log.some((e, i) => between(i) && e.kind === 'ratification' && !e.passed);
    case 'event':
      return log.some(
        (e, i) =>
          between(i) &&
          e.kind === 'event' &&
          !e.background &&
          (e.visibility === 'public' || e.visibility === ai),
      );
    case 'their-retraction': {
      // Their latest offer before ours, made since our previous one, was worse for us than theirs before it.
      const before = theirs.filter((o) => o.index < to);
      const latest = before[before.length - 1];
      const prior = before[before.length - 2];
      if (!latest || !prior || !between(latest.index)) return false;
      const forAi = (o: Offer) => packageUtility(scenario, ai, o.action.package);
      return forAi(latest) < forAi(prior) - RETRACTION_TOLERANCE;
    }
  }
}

/** Candidate packages for the walk-out check, per scenario: the frontier and the historical deal. */
const candidates = new WeakMap<Scenario, readonly Package[]>();

function standardCandidates(scenario: Scenario): readonly Package[] {
  let list = candidates.get(scenario);
  if (!list) {
    list = [...paretoFrontier(scenario).map((p) => p.package), historicalPackage(scenario)];
    candidates.set(scenario, list);
  }
  return list;
}

/**
 * In `state` (the moment before a walk-out by `side`), a package both sides' win-sets pass that is
 * worth at least no deal to `side`: among the Pareto frontier, the historical deal and every offer
 * made so far. Null when none is. Only ever computed at a walk-out, so its cost does not matter.
 */
export function ratifiableDeal(rules: Rules, state: GameState, side: SideId): Package | null {
  const scenario = rules.scenario;
  const floor = reservationValue(scenario, state, side);
  const made = state.log.flatMap((e) =>
    e.kind === 'action' && (e.action.type === 'propose' || e.action.type === 'counter')
      ? [e.action.package as Package]
      : [],
  );
  for (const pkg of [...made, ...standardCandidates(scenario)]) {
    if (packageUtility(scenario, side, pkg) < floor - RETRACTION_TOLERANCE) continue;
    if (winsetFailures(scenario, state, pkg).length === 0) return pkg;
  }
  return null;
}
