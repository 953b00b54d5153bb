// Shares that make a whole: each side's issue weights, and each side's terms share plus its meter
// shares, sum to 1. Read by the declared side ids, so only once every per-side record resolves.
import { nearlyOne, show, total } from './decimal-sums';
import type { Rule } from './rule';
import { bySide, sideIds } from './sides';

const weightSums: Rule = ({ scenario, report, sidesResolved }) => {
  if (!sidesResolved) return;
  for (const side of sideIds(scenario)) {
    const sum = total(scenario.issues.map((issue) => bySide(issue.weight, side)));
    if (!nearlyOne(sum)) {
      report('consistency', ['issues'], `the ${side} issue weights sum to ${show(sum)}; they must sum to 1`);
    }
  }
};

const scoringSums: Rule = ({ scenario, report, sidesResolved }) => {
  if (!sidesResolved) return;
  for (const side of sideIds(scenario)) {
    const scoring = bySide(scenario.scoring, side);
    const meters = total(Object.values(scoring.meters));
    const sum = scoring.terms + meters;
    if (!nearlyOne(sum)) {
      const message = `terms ${show(scoring.terms)} plus meters ${show(meters)} make ${show(sum)}; they must make 1`;
      report('consistency', ['scoring', side], message);
    }
  }
};

export const scoringSumRules: readonly Rule[] = [weightSums, scoringSums];
