// The two sides of a negotiation are named by the scenario, not by the code. A side id is a branded
// string: it is checked once, where it enters (the scenario loader, an action, a saved state, a
// command-line flag), and trusted from then on.
import type { Scenario, ScenarioSide } from './schema';

declare const sideBrand: unique symbol;
export type SideId = string & { readonly [sideBrand]: true };

/**
 * One value for each side, keyed by the scenario's side ids. Keyed by string because TypeScript
 * cannot index by a branded string; read it with `bySide`, which takes only a `SideId`.
 */
export type PerSide<T> = Record<string, T>;

/** The scenario's two sides, in the order the file lists them. */
export function sideIds(scenario: Scenario): readonly [SideId, SideId] {
  let ids = idsOf.get(scenario);
  if (!ids) {
    ids = [scenario.sides[0].id, scenario.sides[1].id];
    idsOf.set(scenario, ids);
  }
  return ids;
}

const idsOf = new WeakMap<Scenario, readonly [SideId, SideId]>();

/** The scenario's description of a side: names, emblem, negotiator, principal, legislature, brief. */
export function sideInfo(scenario: Scenario, side: SideId): ScenarioSide {
  return side === scenario.sides[0].id ? scenario.sides[0] : scenario.sides[1];
}

/**
 * A side's entry in a per-side record. The loader checks that every such record holds exactly the
 * scenario's two side ids, so the entry exists; the cast says what the index type cannot.
 */
export function bySide<T>(record: PerSide<T>, side: SideId): T {
  return record[side] as T;
}

export function otherSide(scenario: Scenario, side: SideId): SideId {
  const [a, b] = sideIds(scenario);
  return side === a ? b : a;
}

/** The check at the boundary: is this outside value one of the scenario's side ids? */
export function isSideId(scenario: Scenario, value: unknown): value is SideId {
  const [a, b] = sideIds(scenario);
  return value === a || value === b;
}

/** A value for each side, built by `f`. */
export function perSide<T>(scenario: Scenario, f: (side: SideId) => T): PerSide<T> {
  const [a, b] = sideIds(scenario);
  return { [a]: f(a), [b]: f(b) } as PerSide<T>;
}
