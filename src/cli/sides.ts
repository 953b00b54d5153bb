// The scenario's sides as the command line sees them: ids for flags and JSON keys, names for labels.
import type { Scenario, Side } from '../scenario/schema';
import { sideIds } from '../scenario/sides';

/**
 * The scenario's two sides, in file order, typed as the engine takes them. `Side` is becoming
 * the scenario's `SideId`; then this is `sideIds` itself.
 */
export function sidesOf(scenario: Scenario): readonly [Side, Side] {
  return sideIds(scenario) as readonly string[] as readonly [Side, Side];
}

/** The side's name in labels. The one place that knows where a scenario keeps its sides' names. */
export function sideName(scenario: Scenario, side: Side): string {
  return scenario.sides[side].name.en;
}

/** The short label of a side in narrow table columns, like `score MX`. */
export function sideTag(side: Side): string {
  return side.toUpperCase();
}

/** A value for each side of the scenario, in file order (which fixes the key order in JSON). */
export function forEachSide<T>(scenario: Scenario, f: (side: Side) => T): Record<Side, T> {
  const [a, b] = sidesOf(scenario);
  return { [a]: f(a), [b]: f(b) } as Record<Side, T>;
}
