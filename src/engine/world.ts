// The world model: border encounters, the peso, Mexican growth and the tariff bill move with the
// days that pass, the measures in force and the tariff's expected path. Coefficients are scenario
// parameters; this file only fixes the functional forms.
import type { Scenario } from '../scenario/schema';
import { addDays, fromDayNumber, monthOf, toDayNumber } from './calendar';
import { clamp } from './linear';
import { nextGaussian } from './rng';
import type { GameDraft, Snapshot, TariffState } from './state';
import { nextStep } from './tariff';

/** Share of flows removed: additive measures with diminishing returns, capped at maxReduction. */
export function flowReduction(scenario: Scenario, flowEffect: number): number {
  const cap = scenario.world.encounters.maxReduction;
  if (cap <= 0 || flowEffect <= 0) return Math.max(flowEffect, -0.5);
  return cap * (1 - Math.exp(-flowEffect / cap));
}

/** The month whose level `encounters.initial` records: the last full month before the start. */
function baselineMonth(scenario: Scenario): number {
  const m = monthOf(scenario.calendar.start) - 1;
  return m < 1 ? 12 : m;
}

/** The season's factor for a month, relative to the baseline month's. */
function seasonFactor(scenario: Scenario, month: number): number {
  const e = scenario.world.encounters;
  return (e.seasonality[month - 1] ?? 1) / (e.seasonality[baselineMonth(scenario) - 1] ?? 1);
}

/** The level with no measures in force: the baseline month's, scaled by the season of `date`'s month. */
function seasonalLevel(scenario: Scenario, date: string): number {
  return scenario.world.encounters.initial * seasonFactor(scenario, monthOf(date));
}

export function encounterTarget(scenario: Scenario, flowEffect: number, date: string): number {
  return seasonalLevel(scenario, date) * (1 - flowReduction(scenario, flowEffect));
}

/**
 * The monthly rate on the first day of play: the start month's seasonal level, with no measures yet
 * in force. (Daily crossings when the talks began, 3,880, were already about 17% under May's daily
 * average: the summer dip had begun.)
 */
export function startingEncounters(scenario: Scenario): number {
  return Math.round(seasonalLevel(scenario, scenario.calendar.start));
}

/** The calendar day on which a moment `elapsed` days after the start falls; a midnight belongs to the day it closes. */
export function standingDate(scenario: Scenario, elapsed: number): string {
  return fromDayNumber(Math.ceil(toDayNumber(scenario.calendar.start) + elapsed - 1e-9) - 1);
}

/** The length of the month that day number `day` falls in (this runs for every month a round spans). */
function daysInMonth(day: number): number {
  const iso = fromDayNumber(day);
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The tariff the markets expect: what is in force, or halfway to the next step while threatened. */
export function expectedTariff(tariff: TariffState, date: string): number {
  if (tariff.status === 'suspended') return 0;
  if (tariff.status === 'frozen') return tariff.rate;
  const next = nextStep(tariff.steps, date);
  return next ? (tariff.rate + next.rate) / 2 : tariff.rate;
}

/** The peso level with no tariff expected: the starting level already priced in the first threat. */
function neutralPeso(scenario: Scenario): number {
  const p = scenario.world.peso;
  const first = scenario.tariff.schedule[0]?.rate ?? 0;
  return p.initial / (1 + (p.pctPerTariffPoint * first) / 2 / 100);
}

const lagFactor = (days: number, lagDays: number) => 1 - Math.exp(-days / lagDays);

/**
 * Moves the world `days` forward from `date`; `s` is the caller's private draft. Returns the
 * encounters that happened on the way (the monthly rate integrated over the days, month by month).
 *
 * Encounters = the month's seasonal level × (1 − r), where r, the share of flows the measures remove
 * so far, closes the gap to flowReduction(F) by 1 − exp(−days / lagDays). The season applies at once
 * (it is the month's own pattern), while measures take weeks to bite (troops deploy, the Remain in
 * Mexico programme expands). r is read back from the level, so the noise of earlier steps persists.
 */
export function advanceWorld(scenario: Scenario, s: GameDraft, date: string, days: number): number {
  if (days <= 0) return 0;
  const w = s.world;
  const spec = scenario.world;
  const lag = spec.encounters.lagDays;
  const goal = flowReduction(scenario, w.flowEffect);
  const from = toDayNumber(scenario.calendar.start) + w.elapsedDays;
  const to = from + days;
  const levelBefore = seasonalLevel(scenario, standingDate(scenario, w.elapsedDays));
  let r = levelBefore > 0 ? 1 - w.encounters / levelBefore : 0;
  let crossed = 0;
  // Month by month, so that each month's season and length apply to its own days exactly.
  for (let t = from; t < to - 1e-9; ) {
    const day = Math.floor(t + 1e-9);
    const monthDays = daysInMonth(day);
    const monthEnd = day - Number(fromDayNumber(day).slice(8, 10)) + 1 + monthDays;
    const span = Math.min(to, monthEnd) - t;
    const level = seasonalLevel(scenario, fromDayNumber(day));
    const decay = Math.exp(-span / lag);
    crossed += (level * ((1 - goal) * span - (r - goal) * lag * (1 - decay))) / monthDays;
    r = goal + (r - goal) * decay;
    t += span;
  }
  const noise = Math.exp(spec.encounters.noise * Math.sqrt(days / 30) * nextGaussian(s.rng));
  const levelAfter = seasonalLevel(scenario, standingDate(scenario, w.elapsedDays + days));
  w.encounters = Math.max(0, Math.round(levelAfter * (1 - r) * noise));

  const expected = expectedTariff(s.tariff, date);
  const pesoTarget = neutralPeso(scenario) * (1 + (spec.peso.pctPerTariffPoint * expected) / 100);
  w.peso = round4(w.peso + (pesoTarget - w.peso) * lagFactor(days, spec.peso.lagDays));
  const growthTarget = spec.growth.initial + spec.growth.perTariffPoint * expected;
  w.growth = round4(w.growth + (growthTarget - w.growth) * lagFactor(days, spec.growth.lagDays));

  w.tariffPaidBn = round4(w.tariffPaidBn + (scenario.tariff.importsBn * s.tariff.rate * days) / 100 / 365);
  w.elapsedDays += days;
  w.trust = clamp(w.trust, 0, 100);
  // The noise builds up over the step, so on average half of it applies to the days crossed.
  return Math.max(0, (crossed * (1 + noise)) / 2);
}

/** Rounding keeps the state's numbers short and its JSON stable to read. */
export function round4(v: number): number {
  return Math.round(v * 10000) / 10000;
}

export interface MonthTotal {
  /** YYYY-MM */
  month: string;
  encounters: number;
  /** False for a month the timeline stops inside. */
  complete: boolean;
}

/**
 * The model's encounters for each calendar month the timeline covers: the sum of the rows' `crossed`
 * (the monthly rate integrated over the days), plus, in the first month, the days before play at the
 * starting rate. This is what the debrief sets beside the record, because the record counts the
 * encounters in each month; the rate at one date would not do, since in a month of steep fall (June
 * 2019) the rate at its end sits far below the month's count and the rate at its start far above.
 * Exact when no row's period straddles a month's end, as in June 2019 (the review period takes a
 * row at each month end, and the meetings after the deadline fall on the tariff's steps, on the
 * 1st). A period that does straddle one (Mexico 2025's steps fall on the 4th) is shared between the
 * months by its days in each: the rate within a period is not kept, so evenly is the best guess.
 */
export function monthlyEncounters(scenario: Scenario, timeline: readonly Snapshot[]): MonthTotal[] {
  const totals = new Map<string, number>();
  const start = scenario.calendar.start;
  const before = Number(start.slice(8, 10)) - 1;
  totals.set(start.slice(0, 7), (startingEncounters(scenario) * before) / daysInMonth(toDayNumber(start)));
  const add = (month: string, n: number) => totals.set(month, (totals.get(month) ?? 0) + n);
  // The first row's period opens with play, on the start day.
  let previous = toDayNumber(start) - 1;
  for (const snap of timeline) {
    const day = toDayNumber(snap.date);
    const first = fromDayNumber(previous + 1);
    if (day <= previous || first.slice(0, 7) === snap.date.slice(0, 7))
      add(snap.date.slice(0, 7), snap.crossed);
    else {
      const days = day - previous;
      for (let d = previous + 1; d <= day; d++) add(fromDayNumber(d).slice(0, 7), snap.crossed / days);
    }
    previous = Math.max(previous, day);
  }
  const lastDay = timeline.at(-1)?.date ?? start;
  return [...totals].map(([month, encounters]) => {
    const closes = addDays(`${month}-01`, daysInMonth(toDayNumber(`${month}-01`)) - 1);
    return { month, encounters: Math.round(encounters), complete: lastDay >= closes };
  });
}
