// One timeline row as saved. Kept apart because the snapshot's fields change with the debrief's
// charts: adding a field here is the only change a new snapshot field needs.
import type { Snapshot } from '../state';
import { type Check, object } from './check';
import type { Known } from './known';
import { encounters, growth, metersOf, peso, tariffRate, trust } from './world';

export function snapshotOf(known: Known): Check<Snapshot> {
  return object<Snapshot>({
    round: known.round,
    date: known.date,
    tariff: tariffRate,
    encounters,
    crossed: encounters,
    peso,
    growth,
    trust,
    meters: metersOf(known),
  });
}
