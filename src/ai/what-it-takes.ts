// "What would it take?": the smallest change to the other side's package that the negotiator would
// accept now. Fewest issues changed first, then least cost to the other side as the negotiator
// models it (it does not know their true utility). Each candidate is judged the way the negotiator
// would judge it if it were proposed now (see supposition.ts), so the answer is one it takes.
import type { Package } from '../engine';
import { type Appraisal, clauseHolds, worth, worthBy } from './appraisal';
import type { Situation } from './evaluation';
import { legislatureRefusals, surePrincipalLine } from './supposition';
import { supposedSituation, verdictOn } from './verdict';

/** Changing more issues than this is no longer "a change to your package": it is another package. */
export const MAX_CHANGES = 3;

export interface Change {
  issue: string;
  from: string;
  to: string;
}

export type Suggestion =
  /** It would accept the package as it is. */
  | { kind: 'as-is' }
  /**
   * The changed package it would accept, and the changes, in the order of what they give it;
   * `dropsClause` when the package's conditional clause is taken out (asked for, or left without
   * the review day it was judged at).
   */
  | { kind: 'change'; package: Package; changes: Change[]; dropsClause: boolean }
  /** Nothing near the package would do now, and why. */
  | { kind: 'nothing-now'; why: 'below-no-deal' | 'principal' | 'too-far' | 'own-plan' };

export function smallestChange(sit: Situation, pkg: Package, appraisal: Appraisal): Suggestion {
  const asIs = verdictOn(supposedSituation(sit, pkg, appraisal)).verdict;
  if (asIs.accepts) return { kind: 'as-is' };
  if (asIs.reasons.some((r) => r.kind === 'own-plan')) return { kind: 'nothing-now', why: 'own-plan' };
  const best = sit.frontier[0]?.own ?? 0;
  if (best < sit.reservation - 1e-9) return { kind: 'nothing-now', why: 'below-no-deal' };
  if (best < sit.floor - 1e-9) return { kind: 'nothing-now', why: 'principal' };

  const { knowledge, obs, model, lessons } = sit;
  const alternatives: { change: Change | null; cost: number }[][] = knowledge.issues.map((issue) => {
    const from = pkg.terms[issue.id] ?? issue.statusQuo;
    const theirs = (id: string) => (model.weights[issue.id] ?? 0) * (model.values[issue.id]?.[id] ?? 0);
    return issue.options
      .filter((o) => o.id !== from && !lessons.excluded.has(o.key))
      .map((o) => ({ change: { issue: issue.id, from, to: o.id }, cost: theirs(from) - theirs(o.id) }));
  });
  // Taking the clause out is one more change (`null`), costing them what our model says it is worth.
  if (pkg.conditional) {
    const theirs = (p: Package) =>
      worthBy(
        appraisal,
        p,
        (issue) => model.weights[issue] ?? 0,
        (issue, option) => model.values[issue]?.[option] ?? 0,
      );
    alternatives.push([{ change: null, cost: theirs(pkg) - theirs({ terms: pkg.terms }) }]);
  }
  const own = (c: Change) =>
    (obs.you.weights[c.issue] ?? 0) *
    ((obs.you.values[c.issue]?.[c.to] ?? 0) - (obs.you.values[c.issue]?.[c.from] ?? 0));

  const least = lowestBar(sit);
  for (let k = 1; k <= MAX_CHANGES; k++) {
    const candidates: { package: Package; changes: Change[]; cost: number }[] = [];
    combine(alternatives, k, (picked) => {
      const terms = { ...pkg.terms };
      const changes: Change[] = [];
      let keep = pkg.conditional !== undefined;
      for (const p of picked) {
        if (p.change) {
          terms[p.change.issue] = p.change.to;
          changes.push(p.change);
        } else keep = false;
      }
      let candidate: Package = keep && pkg.conditional ? { terms, conditional: pkg.conditional } : { terms };
      if (!clauseHolds(appraisal, candidate)) candidate = { terms };
      const u = worth(appraisal, obs, candidate);
      if (u < least(candidate) - 1e-9 || legislatureRefusals(knowledge, obs, candidate).length > 0) return;
      const cost = picked.reduce((sum, p) => sum + p.cost, 0);
      candidates.push({ package: candidate, changes, cost });
    });
    // A stable sort: equal costs keep the scenario's issue and option order.
    candidates.sort((a, b) => a.cost - b.cost);
    for (const c of candidates) {
      if (!verdictOn(supposedSituation(sit, c.package, appraisal)).verdict.accepts) continue;
      const changes = [...c.changes].sort((a, b) => own(b) - own(a));
      const dropsClause = pkg.conditional !== undefined && c.package.conditional === undefined;
      return { kind: 'change', package: c.package, changes, dropsClause };
    }
  }
  return { kind: 'nothing-now', why: 'too-far' };
}

/**
 * A utility below which the negotiator cannot take a package, whatever the full evaluation says:
 * its floor and its principal's sure line. Its target moves with too much (the talks so far, the
 * other side's words, its own last offer) to bound it more tightly without judging in full, so the
 * search judges in full whatever clears this.
 */
function lowestBar(sit: Situation): (candidate: Package) => number {
  const line = Math.max(sit.floor, surePrincipalLine(sit.obs));
  return () => line;
}

/** Calls `visit` with every choice of one alternative on each of `k` distinct issues. */
function combine<T>(alternatives: readonly (readonly T[])[], k: number, visit: (picked: T[]) => void): void {
  const picked: T[] = [];
  const walk = (from: number) => {
    if (picked.length === k) {
      visit([...picked]);
      return;
    }
    for (let i = from; i <= alternatives.length - (k - picked.length); i++) {
      for (const a of alternatives[i] ?? []) {
        picked.push(a);
        walk(i + 1);
        picked.pop();
      }
    }
  };
  walk(0);
}
