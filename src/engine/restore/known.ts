// The scenario's vocabulary as checks: every id a saved game may name must be one the scenario
// defines, and every date a real calendar date.
import { ISO_DATE, isRealDate } from '../../scenario/iso-date';
import type { Scenario } from '../../scenario/schema';
import { isSideId, type SideId, sideIds } from '../../scenario/sides';
import type { RoundInfo } from '../calendar';
import { type Check, describe, num, object, oneOf, problem, refine, type Shape, str } from './check';

export interface Known {
  readonly scenario: Scenario;
  readonly rounds: readonly RoundInfo[];
  readonly side: Check<SideId>;
  readonly round: Check<number>;
  readonly date: Check<string>;
  readonly meter: Check<string>;
  readonly move: Check<string>;
  readonly event: Check<string>;
  readonly consultation: Check<string>;
  readonly winset: Check<string>;
  /** Option ids of each issue, by issue id. */
  readonly options: ReadonlyMap<string, ReadonlySet<string>>;
}

function ids(items: readonly { id: string }[], what: string): Check<string> {
  return oneOf(
    items.map((x) => x.id),
    what,
  );
}

export function knownOf(scenario: Scenario, rounds: readonly RoundInfo[]): Known {
  return {
    scenario,
    rounds,
    side: sideOf(scenario),
    round: num({ int: true, min: 0, max: rounds.length - 1 }),
    date: isoDate,
    meter: ids(scenario.meters, 'a meter of this scenario'),
    move: ids(scenario.moves, 'a move of this scenario'),
    event: ids(scenario.events, 'an event of this scenario'),
    consultation: ids(scenario.consultations, 'a consultation of this scenario'),
    winset: ids(scenario.winsets, 'a win-set test of this scenario'),
    options: new Map(scenario.issues.map((i) => [i.id, new Set(i.options.map((o) => o.id))])),
  };
}

function sideOf(scenario: Scenario): Check<SideId> {
  const names = sideIds(scenario).map((s) => JSON.stringify(s));
  return (value, path, problems) =>
    isSideId(scenario, value)
      ? value
      : problem(problems, path, `expected a side, ${names.join(' or ')}, got ${describe(value)}`);
}

/** Dates recur in every log entry, so the real ones are remembered (a bounded set). */
const realDates = new Set<string>();

export const isoDate: Check<string> = refine(str, (s) => {
  if (realDates.has(s)) return null;
  if (!ISO_DATE.test(s) || !isRealDate(s)) return `expected a date written YYYY-MM-DD, got ${describe(s)}`;
  if (realDates.size < 4096) realDates.add(s);
  return null;
});

/** One value for each of the scenario's sides, and no other key. */
export function perSideOf<T>(
  scenario: Scenario,
  check: (side: SideId) => Check<T>,
): Check<Record<SideId, T>> {
  // The shape's keys are the scenario's side ids, which the type system cannot see.
  const shape = Object.fromEntries(sideIds(scenario).map((side) => [side, check(side)]));
  return object<Record<SideId, T>>(shape as Shape<Record<SideId, T>>);
}
