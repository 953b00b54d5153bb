// Utilities, reservation values, and the bargaining analysis the debrief draws: the Pareto frontier
// of the offer space, the Nash bargaining point, and how far an outcome lies from each.
import type { Scenario, Side } from '../scenario/schema';
import { bySide, sideIds } from '../scenario/sides';
import type { Package } from './actions';
import { clamp, evaluateLinear, worldVariables } from './linear';
import { completeTerms, packageUtility, termsUtility } from './offer';
import type { GameState } from './state';

export interface Point {
  us: number;
  mx: number;
}

export interface FrontierPoint extends Point {
  terms: Record<string, string>;
}

/** What no deal is worth to a side now, in terms-utility units (0..1). */
export function reservationValue(scenario: Scenario, state: GameState, side: Side): number {
  const vars = worldVariables(scenario, state);
  return clamp(evaluateLinear(bySide(scenario.reservation, side), state.meters, vars), 0, 1);
}

function meterShare(scenario: Scenario, state: GameState, side: Side): number {
  let total = 0;
  for (const [id, weight] of Object.entries(bySide(scenario.scoring, side).meters)) {
    const m = scenario.meters.find((x) => x.id === id);
    if (!m) continue;
    total += (weight * ((state.meters[id] ?? m.initial) - m.min)) / (m.max - m.min);
  }
  return total;
}

/** The terms utility a side ends with: the deal as it stands after review, or no deal's value. */
export function finalTermsUtility(scenario: Scenario, state: GameState, side: Side): number {
  const deal = state.deal;
  if (!deal || state.outcome.kind !== 'deal') return reservationValue(scenario, state, side);
  const terms = { ...deal.terms };
  if (deal.reinstated) {
    for (const issue of scenario.issues) {
      const imposed = issue.options.find((o) => o.effects?.tariff === 'imposed');
      if (imposed && issue.options.some((o) => o.effects?.tariff)) terms[issue.id] = imposed.id;
    }
  }
  return termsUtility(scenario, side, terms);
}

/** 0–100: the scenario's mix of final terms utility and final domestic meters. */
export function score(scenario: Scenario, state: GameState, side: Side): number {
  const u = finalTermsUtility(scenario, state, side);
  const raw = bySide(scenario.scoring, side).terms * u + meterShare(scenario, state, side);
  return Math.round(clamp(raw, 0, 1) * 1000) / 10;
}

const frontierCache = new WeakMap<Scenario, FrontierPoint[]>();

/** One issue's options scored on two axes (a: the first party's utility, b: the second's). */
export interface IssueTable {
  id: string;
  options: { id: string; a: number; b: number }[];
}

export interface TradeOff {
  a: number;
  b: number;
  terms: Record<string, string>;
}

/**
 * The Pareto frontier of complete packages over additive two-party utilities, sorted by `a`
 * descending. The frontier of the whole space is built issue by issue, pruning dominated partial
 * sums as it goes, instead of scoring every one of the millions of packages.
 */
export function paretoOf(tables: readonly IssueTable[]): TradeOff[] {
  let points: { us: number; mx: number; picks: string[] }[] = [{ us: 0, mx: 0, picks: [] }];
  for (const table of tables) {
    const next: typeof points = [];
    for (const p of points) {
      for (const o of table.options) next.push({ us: p.us + o.a, mx: p.mx + o.b, picks: [...p.picks, o.id] });
    }
    points = prune(next);
  }
  return points.map((p) => {
    const terms: Record<string, string> = {};
    tables.forEach((table, i) => {
      terms[table.id] = p.picks[i] as string;
    });
    return { a: round6(p.us), b: round6(p.mx), terms };
  });
}

/** The Pareto frontier of the scenario's offer space, in both sides' true terms utilities. */
export function paretoFrontier(scenario: Scenario): FrontierPoint[] {
  const cached = frontierCache.get(scenario);
  if (cached) return cached;
  const [us, mx] = sideIds(scenario);
  const tables = scenario.issues.map((issue) => ({
    id: issue.id,
    options: issue.options.map((o) => ({
      id: o.id,
      a: bySide(issue.weight, us) * bySide(o.value, us),
      b: bySide(issue.weight, mx) * bySide(o.value, mx),
    })),
  }));
  const frontier = paretoOf(tables).map((t) => ({ us: t.a, mx: t.b, terms: t.terms }));
  frontierCache.set(scenario, frontier);
  return frontier;
}

function prune<T extends Point>(points: T[]): T[] {
  points.sort((a, b) => b.us - a.us || b.mx - a.mx);
  const kept: T[] = [];
  let bestMx = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    if (p.mx > bestMx + 1e-12) {
      // Equal US utility up to float noise: the earlier point is dominated by this one.
      while (kept.length > 0 && (kept[kept.length - 1] as T).us <= p.us + 1e-12) kept.pop();
      kept.push(p);
      bestMx = p.mx;
    }
  }
  return kept;
}

/** The frontier point that maximises the product of both sides' gains over their reservations. */
export function nashPoint(frontier: readonly FrontierPoint[], reservation: Point): FrontierPoint | null {
  let best: FrontierPoint | null = null;
  let bestProduct = 0;
  for (const f of frontier) {
    const product = (f.us - reservation.us) * (f.mx - reservation.mx);
    if (f.us > reservation.us && f.mx > reservation.mx && product > bestProduct) {
      best = f;
      bestProduct = product;
    }
  }
  return best;
}

/** How far a point is from efficiency: the distance to the nearest frontier point that dominates it. */
export function distanceToFrontier(frontier: readonly FrontierPoint[], p: Point): number {
  let best = Number.POSITIVE_INFINITY;
  for (const f of frontier) {
    if (f.us + 1e-9 < p.us || f.mx + 1e-9 < p.mx) continue;
    best = Math.min(best, Math.hypot(f.us - p.us, f.mx - p.mx));
  }
  return best === Number.POSITIVE_INFINITY ? 0 : round6(best);
}

export function packagePoint(scenario: Scenario, pkg: Package): Point {
  const [us, mx] = sideIds(scenario);
  return { us: round6(packageUtility(scenario, us, pkg)), mx: round6(packageUtility(scenario, mx, pkg)) };
}

/** The historical deal as a package: the first accepted option on each issue the record names. */
export function historicalPackage(scenario: Scenario): Package {
  const terms: Record<string, string> = {};
  for (const [issue, options] of Object.entries(scenario.historical.terms))
    terms[issue] = options[0] as string;
  const conditional = scenario.historical.conditional;
  return conditional ? { terms, conditional } : { terms };
}

export function isHistorical(scenario: Scenario, pkg: Package): boolean {
  const terms = completeTerms(scenario, pkg.terms);
  return matchesHistorical(scenario.historical, (issue) => terms[issue] ?? '', pkg);
}

/**
 * Whether a package is the historical deal: the record's options on every issue it names (an issue
 * the package leaves out counts as its status quo) and the record's clause. Needs only the public
 * record, so an AI can ask it too.
 */
export function matchesHistorical(
  historical: Scenario['historical'],
  statusQuo: (issue: string) => string,
  pkg: Package,
): boolean {
  for (const [issue, options] of Object.entries(historical.terms)) {
    if (!options.includes(pkg.terms[issue] ?? statusQuo(issue))) return false;
  }
  const wanted = historical.conditional;
  if (!wanted) return true;
  const got = pkg.conditional;
  return (
    got !== undefined &&
    got.review === wanted.review &&
    Object.entries(wanted.then).every(([issue, option]) => got.then[issue] === option)
  );
}

export interface Analysis {
  score: Point;
  reservation: Point;
  /** The agreed package's expected utilities; null without a deal. */
  agreed: Point | null;
  frontier: FrontierPoint[];
  nash: FrontierPoint | null;
  distance: { frontier: number; nash: number | null } | null;
  historical: Point;
}

export function analyse(scenario: Scenario, state: GameState): Analysis {
  const frontier = paretoFrontier(scenario);
  const [us, mx] = sideIds(scenario);
  const reserved = state.deal?.reservation;
  const reservation = {
    us: round6(reserved ? bySide(reserved, us) : reservationValue(scenario, state, us)),
    mx: round6(reserved ? bySide(reserved, mx) : reservationValue(scenario, state, mx)),
  };
  const nash = nashPoint(frontier, reservation);
  const agreed = state.deal ? packagePoint(scenario, state.deal.package) : null;
  return {
    score: { us: score(scenario, state, us), mx: score(scenario, state, mx) },
    reservation,
    agreed,
    frontier,
    nash,
    distance: agreed
      ? {
          frontier: distanceToFrontier(frontier, agreed),
          nash: nash ? round6(Math.hypot(nash.us - agreed.us, nash.mx - agreed.mx)) : null,
        }
      : null,
    historical: packagePoint(scenario, historicalPackage(scenario)),
  };
}

export function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
