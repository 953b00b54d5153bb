// The teacher's guide for one scenario: what its briefing, its debrief questions and its note on a
// what-if are filled with, read from the scenario file, so that every scenario of the library (and
// a teacher's own variant) gets a guide that names its own people, deadline and record. Pure.
import type { LocalText, Scenario } from '../../scenario/schema';
import { sideIds, sideInfo } from '../../scenario/sides';

export interface ClassGuideView {
  readonly title: LocalText;
  readonly summary: LocalText;
  /** Each side's negotiator and country, in the scenario's order. */
  readonly table: readonly { readonly negotiator: string; readonly country: LocalText }[];
  readonly deadline: string;
  /** The record the class results mark and the debrief tells, by its title. */
  readonly historical: LocalText;
  /**
   * The legislatures a deal must get through: those with a meter of their own (a legislature
   * without one never decides anything in the game, so a question about it would mislead).
   */
  readonly legislatures: readonly LocalText[];
  /** Each side's principal, asked about when no legislature decides anything. */
  readonly principals: readonly string[];
  /** What a variant changes from its base, and why it matters for teaching. */
  readonly variant: LocalText | null;
}

export function classGuideView(scenario: Scenario): ClassGuideView {
  const sides = sideIds(scenario).map((side) => sideInfo(scenario, side));
  return {
    title: scenario.title,
    summary: scenario.summary,
    table: sides.map((s) => ({ negotiator: s.negotiator.name, country: s.name })),
    deadline: scenario.calendar.deadline,
    historical: scenario.historical.title,
    legislatures: sides.filter((s) => s.legislature.meters.length > 0).map((s) => s.legislature.name),
    principals: sides.map((s) => s.principal.name),
    variant: scenario.variant?.about ?? null,
  };
}
