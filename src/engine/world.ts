// The world model: border encounters, the peso, Mexican growth and the tariff bill move with the
// days that pass, the measures in force and the tariff's expected path. Coefficients are scenario
// parameters; this file only fixes the functional forms.
import type { Scenario } from '../scenario/schema';
import { monthOf } from './calendar';
import { clamp } from './linear';
import { nextGaussian } from './rng';
import type { GameState, TariffState } from './state';
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

export function encounterTarget(scenario: Scenario, flowEffect: number, date: string): number {
  const e = scenario.world.encounters;
  const season = (e.seasonality[monthOf(date) - 1] ?? 1) / (e.seasonality[baselineMonth(scenario) - 1] ?? 1);
  return e.initial * season * (1 - flowReduction(scenario, flowEffect));
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

/** Moves the world `days` forward from `date`; `s` is the caller's private draft. */
export function advanceWorld(scenario: Scenario, s: GameState, date: string, days: number): void {
  if (days <= 0) return;
  const w = s.world;
  const spec = scenario.world;
  const target = encounterTarget(scenario, w.flowEffect, date);
  const noise = spec.encounters.noise * Math.sqrt(days / 30) * nextGaussian(s.rng);
  const next = w.encounters + (target - w.encounters) * lagFactor(days, spec.encounters.lagDays);
  w.encounters = Math.max(0, Math.round(next * Math.exp(noise)));

  const expected = expectedTariff(s.tariff, date);
  const pesoTarget = neutralPeso(scenario) * (1 + (spec.peso.pctPerTariffPoint * expected) / 100);
  w.peso = round4(w.peso + (pesoTarget - w.peso) * lagFactor(days, spec.peso.lagDays));
  const growthTarget = spec.growth.initial + spec.growth.perTariffPoint * expected;
  w.growth = round4(w.growth + (growthTarget - w.growth) * lagFactor(days, spec.growth.lagDays));

  w.tariffPaidBn = round4(w.tariffPaidBn + (scenario.tariff.importsBn * s.tariff.rate * days) / 100 / 365);
  w.elapsedDays += days;
  w.trust = clamp(w.trust, 0, 100);
}

/** Rounding keeps the state's numbers short and its JSON stable to read. */
export function round4(v: number): number {
  return Math.round(v * 10000) / 10000;
}
