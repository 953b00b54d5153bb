// Every issue and option named outside its own definition exists, and each option belongs to the
// issue it is named under: status quos, win-set and trigger conditions, the historical terms and
// the terms of scripted offers.
import { unknown } from './defined-ids';
import type { PathSegment } from './problem';
import type { Rule, RuleContext } from './rule';

/** Options named under one issue by their ids (a `when:` condition). */
export interface OptionCondition {
  readonly issue: string;
  readonly options: readonly string[];
}

/** A condition's issue exists and its options are that issue's; `base` is the path of the `when`. */
export function conditionReferences(
  { ids, report }: RuleContext,
  when: OptionCondition,
  base: readonly PathSegment[],
): void {
  const issue = ids.issues.get(when.issue);
  if (issue === undefined) {
    report('reference', [...base, 'issue'], unknown('issue', when.issue, ids.issues.keys()));
    return;
  }
  const options = issue.options.map((o) => o.id);
  when.options.forEach((id, j) => {
    if (!options.includes(id)) {
      report('reference', [...base, 'options', j], unknown('option', id, options, `issue "${issue.id}"`));
    }
  });
}

/** `optionId` is an option of issue `issueId`; reports whichever of the two is missing. */
function optionReference(
  { ids, report }: RuleContext,
  issueId: string,
  optionId: string,
  issuePath: readonly PathSegment[],
  optionPath: readonly PathSegment[],
): void {
  const issue = ids.issues.get(issueId);
  if (issue === undefined) {
    report('reference', issuePath, unknown('issue', issueId, ids.issues.keys()), 'key');
    return;
  }
  const options = issue.options.map((o) => o.id);
  if (!options.includes(optionId)) {
    report('reference', optionPath, unknown('option', optionId, options, `issue "${issueId}"`));
  }
}

/** Terms written as an issue → option map. */
function termReferences(
  context: RuleContext,
  terms: Readonly<Record<string, string>>,
  path: readonly PathSegment[],
): void {
  for (const [issueId, optionId] of Object.entries(terms)) {
    optionReference(context, issueId, optionId, [...path, issueId], [...path, issueId]);
  }
}

const statusQuoOptions: Rule = ({ scenario, report }) => {
  scenario.issues.forEach((issue, i) => {
    const options = issue.options.map((o) => o.id);
    if (!options.includes(issue.statusQuo)) {
      const message = unknown('option', issue.statusQuo, options, `issue "${issue.id}"`);
      report('reference', ['issues', i, 'statusQuo'], message);
    }
  });
};

const winsetConditions: Rule = (context) => {
  context.scenario.winsets.forEach((w, i) => {
    if (w.test.when !== undefined) conditionReferences(context, w.test.when, ['winsets', i, 'test', 'when']);
  });
};

const historicalTerms: Rule = (context) => {
  const { historical } = context.scenario;
  for (const [issueId, optionIds] of Object.entries(historical.terms)) {
    const path = ['historical', 'terms', issueId];
    optionIds.forEach((optionId, j) => {
      // An unknown issue is reported once, not once per option listed under it.
      if (j === 0 || context.ids.issues.has(issueId)) {
        optionReference(context, issueId, optionId, path, [...path, j]);
      }
    });
  }
  if (historical.conditional !== undefined) {
    termReferences(context, historical.conditional.then, ['historical', 'conditional', 'then']);
  }
};

const scriptTerms: Rule = (context) => {
  context.scenario.historical.script.forEach((step, i) => {
    const action = step.action;
    if (action.type !== 'propose' && action.type !== 'counter') return;
    const base = ['historical', 'script', i, 'action'];
    termReferences(context, action.terms, [...base, 'terms']);
    if (action.conditional !== undefined) {
      termReferences(context, action.conditional.then, [...base, 'conditional', 'then']);
    }
  });
};

export const optionReferenceRules: readonly Rule[] = [
  statusQuoOptions,
  winsetConditions,
  historicalTerms,
  scriptTerms,
];
