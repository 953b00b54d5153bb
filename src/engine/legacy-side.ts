// The bridge between the scenario's side ids and the schema's `Side` while the format still keys
// its per-side numbers by 'us' | 'mx'. When `Side` becomes `SideId`, this file goes away.
import type { Side } from '../scenario/schema';
import type { PerSide, SideId } from '../scenario/sides';

export function legacySide(id: SideId): Side {
  return id as Side;
}

/** A pair the state still stores as { us, mx }, read by side id. */
export function asPerSide(pair: Readonly<Record<Side, number>>): PerSide<number> {
  return pair as unknown as PerSide<number>;
}
