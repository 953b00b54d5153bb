// When a person at the table gets to answer: the calendar is public, and so is the rule that the
// initiative alternates (the scenario's opener opens even-numbered meetings). A side faces the other
// side's offer only when it moves second in a meeting; when it opens, its own last move stands.
import { buildRounds } from '../../engine/calendar';
import type { Scenario } from '../../scenario/schema';
import { otherSide, type SideId } from '../../scenario/sides';

/** Who opens meeting `round`. */
export function opens(scenario: Scenario, round: number): SideId {
  return round % 2 === 0 ? scenario.calendar.opener : otherSide(scenario, scenario.calendar.opener);
}

/** The last meeting of the calendar at which `side` answers: the last or the one before. */
export function lastAnswer(scenario: Scenario, side: SideId): number {
  const last = buildRounds(scenario).length - 1;
  return opens(scenario, last) !== side || last === 0 ? last : last - 1;
}

/** The last meeting before the deadline (the first tariff step) at which `side` answers. */
export function lastAnswerBeforeDeadline(scenario: Scenario, side: SideId): number | null {
  const rounds = buildRounds(scenario);
  let last: number | null = null;
  for (const info of rounds) {
    if (info.date >= scenario.calendar.deadline) break;
    if (opens(scenario, info.index) !== side) last = info.index;
  }
  return last;
}
