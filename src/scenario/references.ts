// Rules that the schema cannot state because they span several parts of the file: ids must be unique,
// every id used must exist, and numbers that belong together must agree. Runs only on data that has
// passed the schema, so it can rely on every type. Each rule lives with the others of its idea; this
// module lists them and runs them in order.
import { dateOrderRules } from './date-order';
import { definedIds } from './defined-ids';
import { eventTriggerRules } from './event-triggers';
import { type Finding, findingCollector, type LineOf } from './finding';
import { idUniquenessRules } from './id-uniqueness';
import { meterReferenceRules } from './meter-references';
import { moveReferenceRules } from './move-references';
import { optionReferenceRules } from './option-references';
import { reviewConsistencyRules } from './review-consistency';
import type { Rule } from './rule';
import type { Scenario } from './schema';
import { scoringSumRules } from './scoring-sums';
import { checkSides } from './side-references';

const RULES: readonly Rule[] = [
  ...idUniquenessRules,
  ...optionReferenceRules,
  ...meterReferenceRules,
  ...moveReferenceRules,
  ...eventTriggerRules,
  ...dateOrderRules,
  ...scoringSumRules,
  ...reviewConsistencyRules,
];

/** Every duplicate id, dangling reference and inconsistency in a schema-valid scenario, in no set order. */
export function checkReferences(scenario: Scenario, lineOf: LineOf): Finding[] {
  const { findings, report } = findingCollector();
  // Side ids come first: the sums over per-side records read them by the declared ids, which only
  // holds once they resolve.
  const sidesResolved = checkSides(scenario, report);
  const context = { scenario, ids: definedIds(scenario), report, lineOf, sidesResolved };
  for (const rule of RULES) rule(context);
  return findings;
}
