// What a person across the table can work out from their own brief: what a package is worth to
// them, their best package, what the other side has offered so far, and a one-issue step towards it.
import { additiveUtility, completeTerms, type Observation, type Package } from '../../engine';
import { shortfallRisk } from '../../engine/offer';
import type { Scenario } from '../../scenario/schema';
import type { SideId } from '../../scenario/sides';

/**
 * A package's worth to the observer, from its own observed weights and values only. A clause is
 * weighed by the scenario's public review odds, as the engine weighs it.
 */
export function ownUtility(scenario: Scenario, obs: Observation, pkg: Package): number {
  const u = (terms: Readonly<Record<string, string>>) =>
    additiveUtility(
      scenario.issues,
      terms,
      (issue) => obs.you.weights[issue] ?? 0,
      (issue, option) => obs.you.values[issue]?.[option] ?? 0,
    );
  const base = u(pkg.terms);
  if (!pkg.conditional) return base;
  const p = shortfallRisk(scenario, pkg);
  return (1 - p) * base + p * u({ ...pkg.terms, ...pkg.conditional.then });
}

/** Every issue at the option the observer values most (the first of equals), with no clause. */
export function bestPackage(scenario: Scenario, obs: Observation): Package {
  const terms: Record<string, string> = {};
  for (const issue of scenario.issues) {
    const values = obs.you.values[issue.id] ?? {};
    let best = issue.statusQuo;
    for (const option of issue.options) {
      if ((values[option.id] ?? 0) > (values[best] ?? 0)) best = option.id;
    }
    terms[issue.id] = best;
  }
  return { terms };
}

/** The packages a side proposed or countered, in the order the log shows them. */
export function offersBy(obs: Observation, side: SideId): Package[] {
  const out: Package[] = [];
  for (const e of obs.log) {
    if (e.kind !== 'action' || e.action.side !== side) continue;
    if (e.action.type === 'propose' || e.action.type === 'counter') out.push(copyPackage(e.action.package));
  }
  return out;
}

/** How many of the side's offers were better for the observer than the one before (a concession). */
export function concessionsBy(scenario: Scenario, obs: Observation, side: SideId): number {
  const offers = offersBy(obs, side);
  let count = 0;
  for (let i = 1; i < offers.length; i++) {
    const now = offers[i];
    const before = offers[i - 1];
    if (now && before && ownUtility(scenario, obs, now) > ownUtility(scenario, obs, before) + 1e-6) count++;
  }
  return count;
}

/**
 * One step from `from` towards `toward`: adopt the other side's option on the one issue where it
 * costs the observer least (the first such issue on a tie). Clauses are ignored: a person moving one
 * issue at a time does not write conditions. Null when the two already agree on every issue.
 */
export function stepToward(
  scenario: Scenario,
  obs: Observation,
  from: Package,
  toward: Package,
): Package | null {
  const mine = completeTerms(scenario, from.terms);
  const theirs = completeTerms(scenario, toward.terms);
  let pick: { issue: string; option: string; loss: number } | null = null;
  for (const issue of scenario.issues) {
    const a = mine[issue.id] ?? issue.statusQuo;
    const b = theirs[issue.id] ?? issue.statusQuo;
    if (a === b) continue;
    const weight = obs.you.weights[issue.id] ?? 0;
    const values = obs.you.values[issue.id] ?? {};
    const loss = weight * ((values[a] ?? 0) - (values[b] ?? 0));
    if (!pick || loss < pick.loss - 1e-12) pick = { issue: issue.id, option: b, loss };
  }
  return pick ? { terms: { ...mine, [pick.issue]: pick.option } } : null;
}

/**
 * The best package moved `steps` single-issue steps towards `toward`, stopping before a step that
 * would leave the observer below `floor` (its value of no deal).
 */
export function positionAfter(
  scenario: Scenario,
  obs: Observation,
  steps: number,
  toward: Package | null,
  floor: number,
): Package {
  let position = bestPackage(scenario, obs);
  if (!toward) return position;
  for (let i = 0; i < steps; i++) {
    const next = stepToward(scenario, obs, position, toward);
    if (!next || ownUtility(scenario, obs, next) < floor - 1e-9) break;
    position = next;
  }
  return position;
}

/** A plain, writable copy of a package handed out read-only by an observation. */
export function copyPackage(pkg: Readonly<Package>): Package {
  const copy: Package = { terms: { ...pkg.terms } };
  if (pkg.conditional) {
    copy.conditional = { ...pkg.conditional, then: { ...pkg.conditional.then } };
  }
  return copy;
}
