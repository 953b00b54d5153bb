// The Pareto frontier of the offer space, and how far a point lies from it.
//
// The offer space is every package `checkPackage` accepts, scored by `packageUtility` for both
// sides:
// - terms over any non-empty subset of the issues, an issue left out standing at its status quo,
//   so every complete set of terms is in it and nothing else is (terms are read completed);
// - with or without a conditional clause. A clause is legal on terms whose review-setting option
//   (the option with `effects.reviews`) holds at least one review; it is judged on one of those
//   days, against any of the scenario's `conditionalThresholds` or, omitted, its review target;
//   its consequence `then` is any non-empty map of issue → option.
// A clause is worth (1 − p)·U(terms) + p·U(terms ⊕ then), p = `shortfallRisk`: the threshold's
// risk moved by the `shortfallShift` of the package's own options. The review day changes
// legality, never utility, and a `then` that changes nothing is worth the terms alone.
//
// Exact, without listing the millions of packages: once p is fixed the expected utility is a sum
// over issues of (1 − p)·c(base) + p·c(triggered), c an option's weight × value. So the space is
// cut by what fixes p and legality (the options of the issues that set reviews or carry a
// shortfall shift, and the threshold); within each part every other issue contributes a table of
// (base, triggered) pairs, and an issue-by-issue sweep that drops dominated partial sums finds the
// part's frontier. Parts with the same p share one sweep; the frontier is the Pareto set of the
// union, with each point's utilities recomputed by `packageUtility` from its package.
import type { Scenario, ScenarioIssue, ScenarioOption } from '../scenario/schema';
import { bySide, type PerSide, perSide, type SideId, sideIds } from '../scenario/sides';
import type { Conditional, Package } from './actions';
import { completeTerms, packageUtility, reviewDays, shortfallRisk } from './offer';
import { round6 } from './rounding';

/**
 * Two utilities closer than this are the same: float noise in a sum of a few dozen products of
 * numbers in 0..1 is around 1e-16, and a real difference between option values is far above it.
 * Used for every comparison of utilities in the analysis.
 */
export const TOLERANCE = 1e-12;

/** A point of the frontier: both sides' expected utilities and a package that reaches them. */
export interface FrontierPoint {
  readonly utility: PerSide<number>;
  readonly package: Package;
}

// The sweep. Its two axes are the scenario's two sides in file order (x: the first, y: the second).

interface Trail<P> {
  readonly pick: P;
  readonly prev: Trail<P> | null;
}

interface Swept<P> {
  x: number;
  y: number;
  trail: Trail<P> | null;
}

interface Entry<P> {
  x: number;
  y: number;
  pick: P;
}

/**
 * The Pareto set of points, sorted by x descending (y ascending). Of points equal within the
 * tolerance, the first in x-then-y order is kept.
 */
function prune<T extends { x: number; y: number }>(points: T[]): T[] {
  points.sort((a, b) => b.x - a.x || b.y - a.y);
  const kept: T[] = [];
  let bestY = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    if (p.y > bestY + TOLERANCE) {
      // Equal x up to float noise: the earlier point is dominated by this one.
      while (kept.length > 0 && (kept[kept.length - 1] as T).x <= p.x + TOLERANCE) kept.pop();
      kept.push(p);
      bestY = p.y;
    }
  }
  return kept;
}

/** Adds one table after another to every starting point, keeping only undominated partial sums. */
function sweep<P>(start: Swept<P>[], tables: readonly (readonly Entry<P>[])[]): Swept<P>[] {
  let points = prune(start);
  for (const table of tables) points = extend(points, table);
  return points;
}

/**
 * `prune` of every point plus every entry, without building and sorting them all: `points` is a
 * Pareto set sorted by x descending, so each entry's shifted copy is already sorted, and merging
 * those copies visits the sums in the very order `prune`'s stable sort would (x, then y,
 * descending; exact ties in the order point by point, entry by entry). Only sums that pass the
 * running bound are built, which is what makes a negotiator's frontier cheap to recompute.
 */
function extend<P>(points: readonly Swept<P>[], table: readonly Entry<P>[]): Swept<P>[] {
  const k = table.length;
  const at = new Array<number>(k).fill(0);
  const kept: Swept<P>[] = [];
  let bestY = Number.NEGATIVE_INFINITY;
  for (;;) {
    let pick = -1;
    let px = 0;
    let py = 0;
    for (let e = 0; e < k; e++) {
      const i = at[e] as number;
      if (i >= points.length) continue;
      const p = points[i] as Swept<P>;
      const entry = table[e] as Entry<P>;
      const x = p.x + entry.x;
      const y = p.y + entry.y;
      // Earlier in prune's order: larger x, then larger y, then the earlier point, then entry.
      const first = pick < 0 || x > px || (x === px && (y > py || (y === py && i < (at[pick] as number))));
      if (first) {
        pick = e;
        px = x;
        py = y;
      }
    }
    if (pick < 0) return kept;
    const from = points[at[pick] as number] as Swept<P>;
    at[pick] = (at[pick] as number) + 1;
    if (py > bestY + TOLERANCE) {
      while (kept.length > 0 && (kept[kept.length - 1] as Swept<P>).x <= px + TOLERANCE) kept.pop();
      kept.push({ x: px, y: py, trail: { pick: (table[pick] as Entry<P>).pick, prev: from.trail } });
      bestY = py;
    }
  }
}

function picksOf<P>(trail: Trail<P> | null): P[] {
  const picks: P[] = [];
  for (let t = trail; t; t = t.prev) picks.push(t.pick);
  return picks.reverse();
}

// The negotiators' frontier: additive tables of their own making (their utility against their
// model of the other side's), no clauses.

/** One issue's options scored for a negotiator: its own utility and its estimate of the other side's. */
export interface IssueTable {
  id: string;
  options: { id: string; own: number; theirs: number }[];
}

export interface TradeOff {
  own: number;
  theirs: number;
  terms: Record<string, string>;
}

/** The Pareto frontier of complete terms over a negotiator's tables, sorted by `own` descending. */
export function paretoOf(tables: readonly IssueTable[]): TradeOff[] {
  const points = sweep<string>(
    [{ x: 0, y: 0, trail: null }],
    tables.map((t) => t.options.map((o) => ({ x: o.own, y: o.theirs, pick: o.id }))),
  );
  return points.map((p) => {
    const picks = picksOf(p.trail);
    const terms: Record<string, string> = {};
    tables.forEach((table, i) => {
      terms[table.id] = picks[i] as string;
    });
    return { own: round6(p.x), theirs: round6(p.y), terms };
  });
}

// The offer space's frontier.

type Pick =
  | { readonly issue: string; readonly base: string; readonly triggered: string }
  | { readonly review: number; readonly minDropPct: number | undefined };

const frontiers = new WeakMap<Scenario, readonly FrontierPoint[]>();

/**
 * The Pareto frontier of the scenario's offer space (see the top of this file), in both sides'
 * true expected utilities, sorted by the first side's utility descending. Computed once per
 * scenario object; the result is frozen.
 */
export function paretoFrontier(scenario: Scenario): readonly FrontierPoint[] {
  const cached = frontiers.get(scenario);
  if (cached) return cached;
  const frontier = deepFreeze(offerSpaceFrontier(scenario));
  frontiers.set(scenario, frontier);
  return frontier;
}

function offerSpaceFrontier(scenario: Scenario): FrontierPoint[] {
  const [first, second] = sideIds(scenario);
  const worth = (issue: ScenarioIssue, option: ScenarioOption, side: SideId) =>
    bySide(issue.weight, side) * bySide(option.value, side);
  const entry = (issue: ScenarioIssue, base: ScenarioOption, triggered: ScenarioOption, p: number) => ({
    x: (1 - p) * worth(issue, base, first) + p * worth(issue, triggered, first),
    y: (1 - p) * worth(issue, base, second) + p * worth(issue, triggered, second),
    pick: { issue: issue.id, base: base.id, triggered: triggered.id },
  });

  // Without a clause: each issue's options.
  const results = sweep<Pick>(
    [{ x: 0, y: 0, trail: null }],
    scenario.issues.map((issue) => prune(issue.options.map((o) => entry(issue, o, o, 0)))),
  );

  // With a clause: the issues whose options decide legality or move p are fixed part by part.
  const fixes = (issue: ScenarioIssue) =>
    issue.options.some((o) => o.effects?.reviews !== undefined || o.effects?.shortfallShift !== undefined);
  const keyIssues = scenario.issues.filter(fixes);
  const freeIssues = scenario.issues.filter((issue) => !fixes(issue));
  const thresholds: (number | undefined)[] = [...scenario.conditionalThresholds];
  // Omitting the threshold judges against the review target; when the target is also a listed
  // threshold the two clauses are worth the same, so the listed one stands for both.
  if (!thresholds.includes(scenario.review.targetDropPct)) thresholds.push(undefined);

  const byRisk = new Map<number, Swept<Pick>[]>();
  for (const keyTerms of assignments(keyIssues)) {
    const days = reviewDays(scenario, completeTerms(scenario, keyTerms));
    const review = days[0];
    if (review === undefined) continue;
    for (const minDropPct of thresholds) {
      const conditional: Conditional =
        minDropPct === undefined ? { review, then: {} } : { review, minDropPct, then: {} };
      const p = shortfallRisk(scenario, { terms: keyTerms, conditional });
      const tables = keyIssues.map((issue) => {
        const base = issue.options.find((o) => o.id === keyTerms[issue.id]) as ScenarioOption;
        return issue.options.map((t) => entry(issue, base, t, p));
      });
      const part = sweep<Pick>([{ x: 0, y: 0, trail: { pick: { review, minDropPct }, prev: null } }], tables);
      const group = byRisk.get(p);
      if (group) group.push(...part);
      else byRisk.set(p, part);
    }
  }
  for (const [p, starts] of byRisk) {
    const tables = freeIssues.map((issue) =>
      prune(issue.options.flatMap((base) => issue.options.map((t) => entry(issue, base, t, p)))),
    );
    results.push(...sweep(starts, tables));
  }

  return prune(results).map((point) => {
    const pkg = packageOf(scenario, point.trail);
    return {
      utility: perSide(scenario, (side) => packageUtility(scenario, side, pkg)),
      package: pkg,
    };
  });
}

/** Every combination of options over `issues`, as terms. */
function assignments(issues: readonly ScenarioIssue[]): Record<string, string>[] {
  let all: Record<string, string>[] = [{}];
  for (const issue of issues)
    all = all.flatMap((t) => issue.options.map((o) => ({ ...t, [issue.id]: o.id })));
  return all;
}

/** The package a sweep's trail stands for: complete terms, and the clause when it changes any term. */
function packageOf(scenario: Scenario, trail: Trail<Pick> | null): Package {
  const base = new Map<string, string>();
  const then: Record<string, string> = {};
  let clause: { review: number; minDropPct: number | undefined } | null = null;
  for (const pick of picksOf(trail)) {
    if ('issue' in pick) {
      base.set(pick.issue, pick.base);
      if (pick.triggered !== pick.base) then[pick.issue] = pick.triggered;
    } else clause = pick;
  }
  const terms = Object.fromEntries(
    scenario.issues.map((issue) => [issue.id, base.get(issue.id) ?? issue.statusQuo]),
  );
  const ordered: Record<string, string> = {};
  for (const issue of scenario.issues) {
    const option = then[issue.id];
    if (option !== undefined) ordered[issue.id] = option;
  }
  if (!clause || Object.keys(ordered).length === 0) return { terms };
  const { review, minDropPct } = clause;
  return {
    terms,
    conditional: minDropPct === undefined ? { review, then: ordered } : { review, minDropPct, then: ordered },
  };
}

/**
 * How far a point lies from efficiency: the distance to the nearest frontier point that dominates
 * or equals it. Zero for a point no frontier point reaches (outside the offer space).
 */
export function distanceToFrontier(
  scenario: Scenario,
  frontier: readonly FrontierPoint[],
  point: PerSide<number>,
): number {
  const [first, second] = sideIds(scenario);
  const px = point[first] ?? 0;
  const py = point[second] ?? 0;
  const { x, y } = frontierAxes(scenario, frontier);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < x.length; i++) {
    const fx = x[i] as number;
    const fy = y[i] as number;
    if (fx + TOLERANCE < px || fy + TOLERANCE < py) continue;
    best = Math.min(best, Math.hypot(fx - px, fy - py));
  }
  return best === Number.POSITIVE_INFINITY ? 0 : best;
}

const axesCache = new WeakMap<readonly FrontierPoint[], { x: Float64Array; y: Float64Array }>();

/**
 * A frontier's utilities as two flat columns (the first side's, the second's), for the scans that
 * run on every `analyse`. Kept for frozen frontiers, which cannot change under the cache.
 */
export function frontierAxes(
  scenario: Scenario,
  frontier: readonly FrontierPoint[],
): { x: Float64Array; y: Float64Array } {
  const cached = axesCache.get(frontier);
  if (cached) return cached;
  const [first, second] = sideIds(scenario);
  const axes = {
    x: Float64Array.from(frontier, (f) => f.utility[first] ?? 0),
    y: Float64Array.from(frontier, (f) => f.utility[second] ?? 0),
  };
  if (Object.isFrozen(frontier)) axesCache.set(frontier, axes);
  return axes;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
