// The two sides of a negotiation are named by the scenario, not by the code. A side id is a branded
// string: it is checked once, where it enters (the scenario loader, an action, a saved state, a
// command-line flag), and trusted from then on.
import type { Scenario } from './schema';

declare const sideBrand: unique symbol;
export type SideId = string & { readonly [sideBrand]: true };

/** One value for each side, keyed by the scenario's side ids. */
export type PerSide<T> = Readonly<Record<SideId, T>>;

/** The scenario's two sides, in the order the file lists them. */
export function sideIds(scenario: Scenario): readonly [SideId, SideId] {
  return SIDES_OF(scenario);
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

// Until the scenario format lists its sides, they are the keys of `sides`, in file order.
function SIDES_OF(scenario: Scenario): readonly [SideId, SideId] {
  return Object.keys(scenario.sides) as unknown as readonly [SideId, SideId];
}
