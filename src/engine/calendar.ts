// Civil-date arithmetic on ISO strings, done by hand so the engine never reads a clock or depends
// on the host's time zone.
import type { Scenario } from '../scenario/schema';

export type Slot = 'am' | 'pm' | 'day' | 'month';
export type RoundPhase = 'talks' | 'tariff';

export interface RoundInfo {
  index: number;
  date: string;
  slot: Slot;
  phase: RoundPhase;
  /** Days of world time that pass when this round closes. */
  days: number;
}

/** Days since 1970-01-01 for a YYYY-MM-DD date (Howard Hinnant's days_from_civil). */
export function toDayNumber(iso: string): number {
  const known = dayNumbers.get(iso);
  if (known !== undefined) return known;
  const n = computeDayNumber(iso);
  // A game meets only a few hundred distinct dates; the bound keeps hostile input from growing it.
  if (dayNumbers.size < 10_000) dayNumbers.set(iso, n);
  return n;
}

// Dates are parsed on every round's close, review and snapshot: remembered, they cost one look-up.
const dayNumbers = new Map<string, number>();
const isoDates = new Map<number, string>();

function computeDayNumber(iso: string): number {
  let y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): string {
  const whole = Math.floor(days);
  const known = isoDates.get(whole);
  if (known !== undefined) return known;
  const iso = computeIsoDate(whole);
  if (isoDates.size < 10_000) isoDates.set(whole, iso);
  return iso;
}

function computeIsoDate(whole: number): string {
  const z = whole + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(iso: string): number {
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7;
}

/** 1..12 */
export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

/**
 * The fixed round schedule: meetings from the start to the eve of the deadline (two a working day,
 * one a weekend day), then one round on each tariff step date after it until the end date. Never
 * empty: the deadline itself is always a (monthly) meeting.
 */
export function buildRounds(scenario: Scenario): Rounds {
  const { start, deadline, end, roundsPerWorkingDay, roundsPerWeekendDay } = scenario.calendar;
  const stamps: { date: string; slot: Slot; phase: RoundPhase; at: number }[] = [];
  for (let day = toDayNumber(start); day < toDayNumber(deadline); day++) {
    const date = fromDayNumber(day);
    const weekend = dayOfWeek(date) === 0 || dayOfWeek(date) === 6;
    const count = weekend ? roundsPerWeekendDay : roundsPerWorkingDay;
    for (let i = 0; i < count; i++) {
      const slot: Slot = count === 1 ? 'day' : i === 0 ? 'am' : 'pm';
      stamps.push({ date, slot, phase: 'talks', at: day + i / count });
    }
  }
  const monthly = scenario.tariff.schedule.map((s) => s.date).filter((d) => d >= deadline && d <= end);
  if (monthly[0] !== deadline) monthly.unshift(deadline);
  for (const date of monthly) stamps.push({ date, slot: 'month', phase: 'tariff', at: toDayNumber(date) });
  const endAt = toDayNumber(end) + 1;
  const rounds = stamps.map((s, index) => {
    const nextAt = stamps[index + 1]?.at ?? endAt;
    return { index, date: s.date, slot: s.slot, phase: s.phase, days: Math.max(0, nextAt - s.at) };
  });
  // The deadline stamp above is always there, so the list has a first meeting.
  return rounds as unknown as Rounds;
}

/** The calendar's meetings: at least one. */
export type Rounds = readonly [RoundInfo, ...RoundInfo[]];
