// Packages: validation against the scenario's issues, completion with status-quo options, and the
// terms utility each side draws from them.
import type { Scenario, ScenarioIssue, ScenarioOption, Side } from '../scenario/schema';
import { bySide } from '../scenario/sides';
import type { Conditional, Package } from './actions';
import { additiveUtility } from './additive';
import { type ActionError, actionError } from './errors';

/** Issue and option lookups by id, built once per scenario: offers are checked on every action. */
const indexes = new WeakMap<
  Scenario,
  Map<string, { issue: ScenarioIssue; options: Map<string, ScenarioOption> }>
>();

function indexOf(scenario: Scenario) {
  let index = indexes.get(scenario);
  if (!index) {
    index = new Map(
      scenario.issues.map((issue) => [
        issue.id,
        { issue, options: new Map(issue.options.map((o) => [o.id, o])) },
      ]),
    );
    indexes.set(scenario, index);
  }
  return index;
}

export function validatePackage(scenario: Scenario, pkg: unknown): ActionError | null {
  if (typeof pkg !== 'object' || pkg === null || Array.isArray(pkg)) {
    return actionError('MALFORMED_ACTION', 'a package needs `terms`, an object of issue → option');
  }
  const { terms, conditional } = pkg as { terms?: unknown; conditional?: unknown };
  if (typeof terms !== 'object' || terms === null || Array.isArray(terms)) {
    return actionError('MALFORMED_ACTION', 'a package needs `terms`, an object of issue → option');
  }
  const entries = Object.entries(terms as Record<string, unknown>);
  if (entries.length === 0) return actionError('EMPTY_PACKAGE', 'a package must settle at least one issue');
  const termError = checkTerms(scenario, entries);
  if (termError) return termError;
  if (conditional !== undefined) {
    const clauseError = validateConditional(scenario, conditional);
    if (clauseError) return clauseError;
    const review = (conditional as Conditional).review;
    const held = reviewDays(scenario, completeTerms(scenario, terms as Record<string, string>));
    if (!held.includes(review)) {
      return actionError(
        'INVALID_CONDITIONAL',
        held.length === 0
          ? 'this package holds no review, so no clause can be judged'
          : `this package's reviews fall on day ${held.join(' and ')}, not day ${review}`,
      );
    }
  }
  return null;
}

function checkTerms(scenario: Scenario, entries: [string, unknown][]): ActionError | null {
  for (const [issueId, optionId] of entries) {
    const entry = indexOf(scenario).get(issueId);
    if (!entry) return actionError('UNKNOWN_ISSUE', `there is no issue "${issueId}" in this scenario`);
    if (typeof optionId !== 'string' || !entry.options.has(optionId)) {
      return actionError('UNKNOWN_OPTION', `issue "${issueId}" has no option ${JSON.stringify(optionId)}`);
    }
  }
  return null;
}

function validateConditional(scenario: Scenario, value: unknown): ActionError | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return actionError(
      'INVALID_CONDITIONAL',
      'a conditional clause needs `review`, `then` and optionally `minDropPct`',
    );
  }
  const c = value as { review?: unknown; minDropPct?: unknown; then?: unknown };
  const days = reviewDaysOffered(scenario);
  if (typeof c.review !== 'number' || !days.includes(c.review)) {
    return actionError(
      'INVALID_CONDITIONAL',
      `a clause is judged at a review: one of day ${days.join(', ')}`,
    );
  }
  if (c.minDropPct !== undefined && !scenario.conditionalThresholds.includes(c.minDropPct as number)) {
    return actionError(
      'INVALID_CONDITIONAL',
      `a clause threshold is one of ${scenario.conditionalThresholds.join(', ')} percent`,
    );
  }
  if (
    typeof c.then !== 'object' ||
    c.then === null ||
    Array.isArray(c.then) ||
    Object.keys(c.then).length === 0
  ) {
    return actionError('INVALID_CONDITIONAL', 'a clause must say which terms come into force (`then`)');
  }
  const termError = checkTerms(scenario, Object.entries(c.then as Record<string, unknown>));
  return termError ? actionError('INVALID_CONDITIONAL', `in the clause: ${termError.message}`) : null;
}

export function reviewDaysOffered(scenario: Scenario): number[] {
  const days = new Set<number>();
  for (const issue of scenario.issues)
    for (const o of issue.options) for (const d of o.effects?.reviews ?? []) days.add(d);
  return [...days].sort((a, b) => a - b);
}

/** The review days a (complete) set of terms holds, from the option that sets them. */
export function reviewDays(scenario: Scenario, terms: Record<string, string>): number[] {
  for (const [issue, option] of Object.entries(terms)) {
    const r = optionOf(scenario, issue, option)?.effects?.reviews;
    if (r) return [...r].sort((a, b) => a - b);
  }
  return [];
}

/** Every issue's option: the package's where it speaks, the status quo elsewhere. */
export function completeTerms(scenario: Scenario, terms: Record<string, string>): Record<string, string> {
  const full: Record<string, string> = {};
  for (const issue of scenario.issues) full[issue.id] = terms[issue.id] ?? issue.statusQuo;
  return full;
}

export function statusQuoTerms(scenario: Scenario): Record<string, string> {
  return completeTerms(scenario, {});
}

/** Σ weight × value over all issues, for complete or partial terms (missing issues at status quo). */
export function termsUtility(scenario: Scenario, side: Side, terms: Record<string, string>): number {
  const index = indexOf(scenario);
  return additiveUtility(
    scenario.issues,
    terms,
    (issue) => bySide(index.get(issue)?.issue.weight ?? {}, side) ?? 0,
    (issue, option) => bySide(index.get(issue)?.options.get(option)?.value ?? {}, side) ?? 0,
  );
}

/**
 * Probability, judged in advance, that results fall short of the clause's threshold: the scenario's
 * risk for that threshold, moved by the enforcement the package itself puts in force (each option's
 * `shortfallShift`), held within 0..1. Zero for a package without a clause.
 */
export function shortfallRisk(scenario: Scenario, pkg: Package): number {
  const conditional = pkg.conditional;
  if (!conditional) return 0;
  const threshold = conditional.minDropPct ?? scenario.review.targetDropPct;
  let risk = scenario.review.shortfallRisk[String(threshold)] ?? 0.5;
  for (const issue of scenario.issues) {
    const option = optionOf(scenario, issue.id, pkg.terms[issue.id] ?? issue.statusQuo);
    risk += option?.effects?.shortfallShift ?? 0;
  }
  return Math.min(1, Math.max(0, risk));
}

/** Expected terms utility of a package, weighing a conditional clause by the chance it triggers. */
export function packageUtility(scenario: Scenario, side: Side, pkg: Package): number {
  const base = termsUtility(scenario, side, pkg.terms);
  if (!pkg.conditional) return base;
  const p = shortfallRisk(scenario, pkg);
  const triggered = termsUtility(scenario, side, { ...pkg.terms, ...pkg.conditional.then });
  return (1 - p) * base + p * triggered;
}

export function samePackage(a: Package, b: Package): boolean {
  if (!sameTerms(a.terms, b.terms)) return false;
  const x = a.conditional;
  const y = b.conditional;
  if (!x || !y) return x === y;
  return x.review === y.review && x.minDropPct === y.minDropPct && sameTerms(x.then, y.then);
}

/** The same issue → option pairs, whatever order they were written in. */
export function sameTerms(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Does a (complete) deal hold one of the listed options on every issue named? */
export function matchesTerms(terms: Record<string, string>, required: Record<string, string[]>): boolean {
  return Object.entries(required).every(([issue, options]) => options.includes(terms[issue] ?? ''));
}

export function optionOf(scenario: Scenario, issueId: string, optionId: string) {
  return indexOf(scenario).get(issueId)?.options.get(optionId);
}
