// What a package is worth to the side that judges it, conditional clause included, from that side's
// own observation and the scenario's public review rules. The engine values a clause at
// (1 − p)·U(terms) + p·U(terms with its `then`), p the public chance that results fall short; an
// explanation must weigh a player's draft the way the engine will once it stands, so it needs p too.
// Only public structure is kept here: no side's weights, values or reservation.
import { additiveUtility, type Observation, type Package } from '../engine';
import type { LocalText, Scenario } from '../scenario/schema';
import { otherSide, type SideId, sideInfo } from '../scenario/sides';
import { type StatementTable, statementTable } from './statement-record';

export interface Appraisal {
  /** The side across the table: the one whose offers are judged. */
  other: SideId;
  targetDropPct: number;
  /** The chance of a shortfall by clause threshold (percent, as text), before the terms move it. */
  risk: Readonly<Record<string, number>>;
  /** Per issue and option: how much the option moves that chance. */
  shift: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Per issue and option: the review days the option sets, for the options that set any. */
  reviews: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>>;
  statusQuo: Readonly<Record<string, string>>;
  /** The judging side's legislature, by name, for what it says when a meter test refuses. */
  legislature: LocalText;
  /** The public structure the other side's words are judged against, as the negotiator judges them. */
  statements: StatementTable;
}

export function appraisalFor(scenario: Scenario, side: SideId): Appraisal {
  const shift: Record<string, Record<string, number>> = {};
  const reviews: Record<string, Record<string, number[]>> = {};
  for (const issue of scenario.issues) {
    shift[issue.id] = {};
    reviews[issue.id] = {};
    for (const o of issue.options) {
      if (o.effects?.shortfallShift !== undefined)
        (shift[issue.id] as Record<string, number>)[o.id] = o.effects.shortfallShift;
      if (o.effects?.reviews) (reviews[issue.id] as Record<string, number[]>)[o.id] = [...o.effects.reviews];
    }
  }
  return {
    other: otherSide(scenario, side),
    targetDropPct: scenario.review.targetDropPct,
    risk: { ...scenario.review.shortfallRisk },
    shift,
    reviews,
    statusQuo: Object.fromEntries(scenario.issues.map((i) => [i.id, i.statusQuo])),
    legislature: { ...sideInfo(scenario, side).legislature.name },
    statements: statementTable(scenario),
  };
}

/** The observer's expected terms utility of a package: the engine's `packageUtility` for its side. */
export function worth(appraisal: Appraisal, obs: Observation, pkg: Package): number {
  return worthBy(
    appraisal,
    pkg,
    (issue) => obs.you.weights[issue] ?? 0,
    (issue, option) => obs.you.values[issue]?.[option] ?? 0,
  );
}

/** The same expectation under any weights and values: ours, or our model of theirs. */
export function worthBy(
  appraisal: Appraisal,
  pkg: Package,
  weight: (issue: string) => number,
  value: (issue: string, option: string) => number,
): number {
  const issues = Object.entries(appraisal.statusQuo).map(([id, statusQuo]) => ({ id, statusQuo }));
  const u = (terms: Readonly<Record<string, string>>) => additiveUtility(issues, terms, weight, value);
  const base = u(pkg.terms);
  const clause = pkg.conditional;
  if (!clause) return base;
  let p = appraisal.risk[String(clause.minDropPct ?? appraisal.targetDropPct)] ?? 0.5;
  for (const [issue, statusQuo] of Object.entries(appraisal.statusQuo)) {
    p += appraisal.shift[issue]?.[pkg.terms[issue] ?? statusQuo] ?? 0;
  }
  p = Math.min(1, Math.max(0, p));
  return (1 - p) * base + p * u({ ...pkg.terms, ...clause.then });
}

/** Whether the package's own terms still hold the review day its clause is judged at. */
export function clauseHolds(appraisal: Appraisal, pkg: Package): boolean {
  const clause = pkg.conditional;
  if (!clause) return true;
  for (const [issue, statusQuo] of Object.entries(appraisal.statusQuo)) {
    const days = appraisal.reviews[issue]?.[pkg.terms[issue] ?? statusQuo];
    if (days) return days.includes(clause.review);
  }
  return false;
}
