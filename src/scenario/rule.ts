// The shape every cross-reference rule shares: it reads the scenario (and the ids it defines) and
// reports what is wrong. The rules are listed in references.ts.
import type { DefinedIds } from './defined-ids';
import type { LineOf, Report } from './finding';
import type { Scenario } from './schema';

export interface RuleContext {
  readonly scenario: Scenario;
  readonly ids: DefinedIds;
  readonly report: Report;
  readonly lineOf: LineOf;
  /** Every per-side record holds exactly the declared side ids, so it may be read by them. */
  readonly sidesResolved: boolean;
}

export type Rule = (context: RuleContext) => void;
