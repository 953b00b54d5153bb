// The review of results and the conditional clauses that point at it agree: every threshold and the
// target have a shortfall risk, every clause names an offered review day and a known threshold, and
// no package's shortfall shifts can push a risk outside 0..1.
import { show, TOLERANCE } from './decimal-sums';
import type { PathSegment } from './problem';
import type { Rule, RuleContext } from './rule';
import type { ConditionalSpec, Scenario } from './schema';

const thresholdRisks: Rule = ({ scenario, report }) => {
  const risk = scenario.review.shortfallRisk;
  scenario.conditionalThresholds.forEach((t, i) => {
    if (!(String(t) in risk)) {
      const message = `review.shortfallRisk has no entry "${t}" for this threshold`;
      report('consistency', ['conditionalThresholds', i], message);
    }
  });
  const target = scenario.review.targetDropPct;
  if (!(String(target) in risk)) {
    const message = `review.shortfallRisk has no entry "${target}" for the target`;
    report('consistency', ['review', 'targetDropPct'], message);
  }
};

/** The review days the options offer, in ascending order. */
function reviewDays(scenario: Scenario): number[] {
  const days = new Set(scenario.issues.flatMap((i) => i.options.flatMap((o) => o.effects?.reviews ?? [])));
  return [...days].sort((a, b) => a - b);
}

function clauseConsistency(
  { scenario, report }: RuleContext,
  days: readonly number[],
  clause: ConditionalSpec,
  path: readonly PathSegment[],
): void {
  if (!days.includes(clause.review)) {
    const offered = days.length === 0 ? 'no option offers reviews' : `offered: ${days.join(', ')}`;
    report(
      'consistency',
      [...path, 'review'],
      `no option offers a review on day ${clause.review} (${offered})`,
    );
  }
  const thresholds = scenario.conditionalThresholds;
  if (clause.minDropPct !== undefined && !thresholds.includes(clause.minDropPct)) {
    report(
      'consistency',
      [...path, 'minDropPct'],
      `${clause.minDropPct} is not one of the conditionalThresholds (${thresholds.join(', ')})`,
    );
  }
}

const clauses: Rule = (context) => {
  const { historical } = context.scenario;
  const days = reviewDays(context.scenario);
  if (historical.conditional !== undefined) {
    clauseConsistency(context, days, historical.conditional, ['historical', 'conditional']);
  }
  historical.script.forEach((step, i) => {
    const action = step.action;
    if ((action.type === 'propose' || action.type === 'counter') && action.conditional !== undefined) {
      clauseConsistency(context, days, action.conditional, [
        'historical',
        'script',
        i,
        'action',
        'conditional',
      ]);
    }
  });
};

/**
 * A clause's shortfall risk is the threshold's risk plus the package's `shortfallShift`s. If some
 * package could push it past 0 or 1 it would be held there, and the clause would be valued as certain
 * (or impossible) to come due, so every reachable sum must stay within 0..1.
 */
const shortfallRange: Rule = ({ scenario, report }) => {
  let lowest = 0;
  let highest = 0;
  for (const issue of scenario.issues) {
    const shifts = issue.options.map((o) => o.effects?.shortfallShift ?? 0);
    lowest += Math.min(...shifts);
    highest += Math.max(...shifts);
  }
  if (lowest === 0 && highest === 0) return;
  for (const [threshold, risk] of Object.entries(scenario.review.shortfallRisk)) {
    const low = risk + lowest;
    const high = risk + highest;
    if (low >= -TOLERANCE && high <= 1 + TOLERANCE) continue;
    report(
      'consistency',
      ['review', 'shortfallRisk', threshold],
      `the options' shortfallShift values move this risk of ${show(risk)} to between ${show(low)} and ` +
        `${show(high)}; every package's risk must stay within 0..1, so shrink the shifts or this risk`,
    );
  }
};

export const reviewConsistencyRules: readonly Rule[] = [thresholdRisks, clauses, shortfallRange];
