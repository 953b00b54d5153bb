// The world's numbers as saved: meters within their scenario bounds, the tariff and its schedule,
// and the border, markets and trust. Upper bounds on open-ended quantities are generous guards
// (assumption: far beyond anything the model reaches) so no later arithmetic can overflow.
import type { TariffState, TariffStep, WorldState } from '../state';
import { at, type Check, FAIL, list, num, object, oneOf, problem, record, refine } from './check';
import type { Known } from './known';

/** Every scenario meter, each within its own min and max. */
export function metersOf(known: Known): Check<Record<string, number>> {
  const byId = new Map(known.scenario.meters.map((m) => [m.id, num({ min: m.min, max: m.max })]));
  const base = record((id) => byId.get(id) ?? null, 'a meter of this scenario');
  return (value, path, problems) => {
    const meters = base(value, path, problems);
    if (meters === FAIL) return FAIL;
    const missing = [...byId.keys()].filter((id) => meters[id] === undefined);
    for (const id of missing)
      problem(problems, at(path, id), 'is missing (every meter of the scenario has a value)');
    return missing.length === 0 ? meters : FAIL;
  };
}

export const TARIFF_STATUSES: readonly TariffState['status'][] = [
  'threatened',
  'in-force',
  'suspended',
  'frozen',
  'reinstated',
];

export const tariffRate = num({ min: 0, max: 100 });

function inDateOrder(steps: readonly TariffStep[]): string | null {
  const i = steps.findIndex((s, k) => k > 0 && s.date < (steps[k - 1] as TariffStep).date);
  return i < 0 ? null : `step ${i} (${steps[i]?.date}) comes before the step ahead of it`;
}

export function tariffOf(known: Known): Check<TariffState> {
  const step = object<TariffStep>({ date: known.date, rate: tariffRate });
  // Delays and escalations move steps but never add or drop one.
  const steps = refine(list(step, { length: known.scenario.tariff.schedule.length }), inDateOrder);
  return object<TariffState>({
    steps,
    rate: tariffRate,
    status: oneOf(TARIFF_STATUSES, 'a tariff status'),
  });
}

export const encounters = num({ min: 0, max: 1e9 });
export const peso = num({ above: 0, max: 1e6 });
export const growth = num({ min: -100, max: 100 });
export const trust = num({ min: 0, max: 100 });

export const worldOf: Check<WorldState> = object<WorldState>({
  encounters,
  peso,
  growth,
  trust,
  flowEffect: num({ min: -100, max: 100 }),
  tariffPaidBn: num({ min: 0, max: 1e9 }),
  elapsedDays: num({ min: 0, max: 36_500 }),
});
