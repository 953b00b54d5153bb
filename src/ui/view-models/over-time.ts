// The debrief's timeline: the domestic meters and the tariff at each row of the game's timeline,
// and the model's monthly border encounters beside the record's. The record is not in the
// scenario file, so its figures live here, each with the source HISTORY.md gives for it.
import type { Observation } from '../../engine';
import { monthlyEncounters } from '../../engine/world';
import type { LocalText, Scenario } from '../../scenario/schema';
import type { SideId } from '../../scenario/sides';

export interface MeterSeries {
  readonly id: string;
  readonly side: SideId;
  readonly label: LocalText;
  readonly min: number;
  readonly max: number;
  /** One value per timeline row (the same order as `dates`). */
  readonly values: readonly number[];
}

export interface RecordMonth {
  /** YYYY-MM */
  readonly month: string;
  readonly encounters: number;
  readonly source: string;
}

export interface EncounterMonth {
  readonly month: string;
  readonly model: number;
  /** False for a month the game's timeline stops inside. */
  readonly complete: boolean;
  readonly record: RecordMonth | null;
}

export interface OverTimeView {
  readonly dates: readonly string[];
  readonly rounds: readonly number[];
  readonly tariff: readonly number[];
  /** The meters the person's side sees: its own and the public ones. */
  readonly meters: readonly MeterSeries[];
  /** Meters of the other side that stay private, not shown. */
  readonly hiddenMeters: number;
  readonly tariffPaidBn: number;
  readonly encounters: readonly EncounterMonth[];
  /** Whether any month has a record beside the model (only a scenario of the real crisis does). */
  readonly hasRecord: boolean;
}

const CBP =
  'CBP southwest border encounters (Border Patrol apprehensions and port-of-entry inadmissibles), monthly figures for 2019 as listed in HISTORY.md';

/** Southwest border encounters in 2019 (HISTORY.md, "Numbers"). None of them is marked UNVERIFIED. */
const RECORD_2019: readonly RecordMonth[] = [
  { month: '2019-05', encounters: 144_116, source: CBP },
  { month: '2019-06', encounters: 104_311, source: CBP },
  { month: '2019-07', encounters: 81_777, source: CBP },
  { month: '2019-08', encounters: 62_707, source: CBP },
  { month: '2019-09', encounters: 52_546, source: CBP },
  { month: '2019-10', encounters: 45_250, source: CBP },
  { month: '2019-11', encounters: 42_710, source: CBP },
];

/** The record each scenario is set beside, by scenario id: only a scenario of the real crisis has one. */
export const RECORDS: Readonly<Record<string, readonly RecordMonth[]>> = { 'june-2019': RECORD_2019 };

export function overTimeView(scenario: Scenario, obs: Observation): OverTimeView {
  const rows = obs.timeline;
  const meters: MeterSeries[] = [];
  let hiddenMeters = 0;
  for (const m of scenario.meters) {
    const seen = rows.length > 0 && rows.every((r) => r.meters[m.id] !== undefined);
    if (!seen) {
      hiddenMeters++;
      continue;
    }
    meters.push({
      id: m.id,
      side: m.side as SideId,
      label: m.label,
      min: m.min,
      max: m.max,
      values: rows.map((r) => r.meters[m.id] ?? m.initial),
    });
  }
  const record = new Map((RECORDS[scenario.id] ?? []).map((r) => [r.month, r]));
  return {
    dates: rows.map((r) => r.date),
    rounds: rows.map((r) => r.round),
    tariff: rows.map((r) => r.tariff),
    meters,
    hiddenMeters,
    tariffPaidBn: obs.world.tariffPaidBn,
    encounters: monthlyEncounters(scenario, rows).map((m) => ({
      month: m.month,
      model: m.encounters,
      complete: m.complete,
      record: record.get(m.month) ?? null,
    })),
    hasRecord: record.size > 0,
  };
}
