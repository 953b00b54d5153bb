// Appending an action to the log also extends the actions digest. The rest of the log, the
// timeline and the intelligence records are derived from the actions and the seeded stream, and
// every derived change also shows in the state's own fields (meters, world, stream position), so
// the digest plus those fields let `stateHash` cover the history without re-reading it.
import type { Scenario } from '../scenario/schema';
import { chainDigest } from './hash';
import type { GameDraft, LogEntry, Snapshot } from './state';
import { standingDate } from './world';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type NewLogEntry = DistributiveOmit<LogEntry, 'seq' | 'round' | 'date'>;

export function appendLog(s: GameDraft, entry: NewLogEntry): void {
  const full = { seq: s.log.length, round: s.round, date: s.date, ...entry } as LogEntry;
  s.log.push(full);
  if (full.kind === 'action') s.actionsDigest = chainDigest(s.actionsDigest, full.action);
}

/** Records the world as it stands now; `crossed` is the encounters since the previous row. */
export function takeSnapshot(scenario: Scenario, s: GameDraft, crossed: number): void {
  const snap: Snapshot = {
    round: s.round,
    date: standingDate(scenario, s.world.elapsedDays),
    tariff: s.tariff.rate,
    encounters: s.world.encounters,
    crossed: Math.round(crossed),
    peso: s.world.peso,
    growth: s.world.growth,
    trust: s.world.trust,
    meters: { ...s.meters },
  };
  s.timeline = [...s.timeline, snap];
}
