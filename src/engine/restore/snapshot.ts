// One timeline row as saved. Kept apart because the snapshot's fields change with the debrief's
// charts: adding a field here is the only change a new snapshot field needs.
import type { Snapshot } from '../state';
import { type Check, num, object } from './check';
import type { Known } from './known';
import { metersOf, tariffRate } from './world';

export function snapshotOf(known: Known): Check<Snapshot> {
  return object<Snapshot>({
    round: known.round,
    date: known.date,
    tariff: tariffRate,
    encounters: num({ min: 0 }),
    peso: num({ above: 0 }),
    growth: num(),
    trust: num({ min: 0, max: 100 }),
    meters: metersOf(known),
  });
}
