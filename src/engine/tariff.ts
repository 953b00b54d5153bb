// The tariff ladder: the rate a schedule sets on a date, and the unilateral moves that bend it.
import type { Scenario } from '../scenario/schema';
import { addDays } from './calendar';
import type { TariffState, TariffStep } from './state';

export function initialTariff(scenario: Scenario): TariffState {
  return { steps: scenario.tariff.schedule.map((s) => ({ ...s })), rate: 0, status: 'threatened' };
}

/** The scheduled rate on `date`: the last step on or before it. */
export function scheduledRate(steps: readonly TariffStep[], date: string): number {
  let rate = 0;
  for (const step of steps) if (step.date <= date) rate = step.rate;
  return rate;
}

export function nextStep(steps: readonly TariffStep[], date: string): TariffStep | null {
  return steps.find((s) => s.date > date) ?? null;
}

/** A delay moves every step still ahead; escalation raises them. Steps already taken stay put. */
export function bendSchedule(
  steps: readonly TariffStep[],
  today: string,
  change: { addPoints?: number; shiftDays?: number },
): TariffStep[] {
  return steps.map((s) =>
    s.date <= today
      ? s
      : {
          date: addDays(s.date, change.shiftDays ?? 0),
          rate: Math.max(0, Math.min(100, s.rate + (change.addPoints ?? 0))),
        },
  );
}

/** The rate in force on `date` given the deal's tariff term (if any). */
export function rateInForce(tariff: TariffState, date: string): number {
  switch (tariff.status) {
    case 'suspended':
      return 0;
    case 'frozen':
      return tariff.rate;
    default:
      return scheduledRate(tariff.steps, date);
  }
}
