// How the command line labels the scenario's sides: names in titles, short tags in narrow columns.
import type { Scenario } from '../scenario/schema';
import { type SideId, sideInfo } from '../scenario/sides';

/** The side's name in labels. */
export function sideName(scenario: Scenario, side: SideId): string {
  return sideInfo(scenario, side).name.en;
}

/** The short label of a side in narrow table columns, like `score MX`. */
export function sideTag(side: SideId): string {
  return side.toUpperCase();
}
