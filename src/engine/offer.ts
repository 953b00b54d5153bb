// Packages: validation against the scenario's issues, completion with status-quo options, and the
// terms utility each side draws from them.

import { err, ok, type Result } from '../result';
import type { Scenario, ScenarioIssue, ScenarioOption } from '../scenario/schema';
import { bySide, type SideId } from '../scenario/sides';
import type { Conditional, Package } from './actions';
import { additiveUtility } from './additive';
import { describeValue } from './describe';
import { type ActionError, actionError } from './errors';
import { isRecord, ownField, ownKeys } from './untrusted';

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

/**
 * The package rebuilt from its own data fields (terms in the scenario's issue order), or why it is
 * refused. Each field of the outside value is read once, so what was checked is what is played.
 */
export function checkPackage(scenario: Scenario, pkg: unknown): Result<Package, ActionError> {
  const shape = 'a package needs `terms`, an object of issue → option';
  if (!isRecord(pkg)) return err(actionError('MALFORMED_ACTION', `${shape}, not ${describeValue(pkg)}`));
  const termsField = ownField(pkg, 'terms');
  const conditionalField = ownField(pkg, 'conditional');
  if (termsField.kind !== 'value' || !isRecord(termsField.value)) {
    return err(actionError('MALFORMED_ACTION', shape));
  }
  const terms = checkTerms(scenario, termsField.value);
  if (!terms.ok) return terms;
  if (Object.keys(terms.value).length === 0) {
    return err(actionError('EMPTY_PACKAGE', 'a package must settle at least one issue'));
  }
  if (conditionalField.kind === 'absent') return ok({ terms: terms.value });
  if (conditionalField.kind === 'unreadable') {
    return err(actionError('INVALID_CONDITIONAL', 'a conditional clause must be plain data, not a getter'));
  }
  if (conditionalField.value === undefined) return ok({ terms: terms.value });
  const clause = checkConditional(scenario, conditionalField.value);
  if (!clause.ok) return clause;
  const review = clause.value.review;
  const held = reviewDays(scenario, completeTerms(scenario, terms.value));
  if (!held.includes(review)) {
    return err(
      actionError(
        'INVALID_CONDITIONAL',
        held.length === 0
          ? 'this package holds no review, so no clause can be judged'
          : `this package's reviews fall on day ${held.join(' and ')}, not day ${review}`,
      ),
    );
  }
  return ok({ terms: terms.value, conditional: clause.value });
}

/** Issue → option pairs from an outside object, rebuilt in the scenario's issue order. */
function checkTerms(scenario: Scenario, raw: object): Result<Record<string, string>, ActionError> {
  const keys = ownKeys(raw);
  if (keys === null) return err(actionError('MALFORMED_ACTION', 'the terms cannot be read'));
  const picked = new Map<string, string>();
  for (const issueId of keys) {
    const entry = indexOf(scenario).get(issueId);
    if (!entry) {
      return err(
        actionError('UNKNOWN_ISSUE', `there is no issue ${describeValue(issueId)} in this scenario`),
      );
    }
    const field = ownField(raw, issueId);
    const optionId = field.kind === 'value' ? field.value : undefined;
    if (typeof optionId !== 'string' || !entry.options.has(optionId)) {
      const shown = field.kind === 'unreadable' ? 'a getter' : describeValue(optionId);
      return err(actionError('UNKNOWN_OPTION', `issue "${issueId}" has no option ${shown}`));
    }
    picked.set(issueId, optionId);
  }
  const terms: Record<string, string> = {};
  for (const issue of scenario.issues) {
    const option = picked.get(issue.id);
    if (option !== undefined) terms[issue.id] = option;
  }
  return ok(terms);
}

function checkConditional(scenario: Scenario, value: unknown): Result<Conditional, ActionError> {
  const invalid = (message: string) => err(actionError('INVALID_CONDITIONAL', message));
  if (!isRecord(value)) {
    return invalid(
      `a conditional clause needs \`review\`, \`then\` and optionally \`minDropPct\`, not ${describeValue(value)}`,
    );
  }
  const review = ownField(value, 'review');
  const minDropPct = ownField(value, 'minDropPct');
  const then = ownField(value, 'then');
  const days = reviewDaysOffered(scenario);
  if (review.kind !== 'value' || typeof review.value !== 'number' || !days.includes(review.value)) {
    return invalid(`a clause is judged at a review: one of day ${days.join(', ')}`);
  }
  const threshold = minDropPct.kind === 'value' ? minDropPct.value : undefined;
  if (
    minDropPct.kind === 'unreadable' ||
    (threshold !== undefined &&
      (typeof threshold !== 'number' || !scenario.conditionalThresholds.includes(threshold)))
  ) {
    return invalid(`a clause threshold is one of ${scenario.conditionalThresholds.join(', ')} percent`);
  }
  const noThen = 'a clause must say which terms come into force (`then`)';
  if (then.kind !== 'value' || !isRecord(then.value)) return invalid(noThen);
  const thenTerms = checkTerms(scenario, then.value);
  if (!thenTerms.ok) return invalid(`in the clause: ${thenTerms.error.message}`);
  if (Object.keys(thenTerms.value).length === 0) return invalid(noThen);
  return ok(
    typeof threshold === 'number'
      ? { review: review.value, minDropPct: threshold, then: thenTerms.value }
      : { review: review.value, then: thenTerms.value },
  );
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
export function termsUtility(scenario: Scenario, side: SideId, terms: Record<string, string>): number {
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
export function packageUtility(scenario: Scenario, side: SideId, pkg: Package): number {
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
