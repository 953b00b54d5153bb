// Domestic meters: shocks from events and moves land at once, then fade toward a target that the
// world sets (a poll drifts back, a market settles).
import type { EffectsSpec, Scenario } from '../scenario/schema';
import { clamp, evaluateLinear, worldVariables } from './linear';
import type { GameDraft } from './state';
import { bendSchedule, rateInForce } from './tariff';
import { round4 } from './world';

export function driftMeters(scenario: Scenario, s: GameDraft, days: number): void {
  if (days <= 0) return;
  const vars = worldVariables(scenario, s);
  const before = { ...s.meters };
  for (const m of scenario.meters) {
    const target = clamp(evaluateLinear(m.target, before, vars), m.min, m.max);
    const v = before[m.id] ?? m.initial;
    const share = Math.min(1, (m.ratePerMonth * days) / 30);
    s.meters[m.id] = round4(clamp(v + (target - v) * share, m.min, m.max));
  }
}

export function applyEffects(scenario: Scenario, s: GameDraft, effects: EffectsSpec): void {
  if (effects.meters) {
    for (const [id, delta] of Object.entries(effects.meters)) {
      const m = scenario.meters.find((x) => x.id === id);
      if (m) s.meters[id] = round4(clamp((s.meters[id] ?? m.initial) + delta, m.min, m.max));
    }
  }
  if (effects.trust) s.world.trust = round4(clamp(s.world.trust + effects.trust, 0, 100));
  if (effects.pesoPct) s.world.peso = round4(s.world.peso * (1 + effects.pesoPct / 100));
  if (effects.flowEffect) s.world.flowEffect = round4(s.world.flowEffect + effects.flowEffect);
  if (effects.tariff && s.deal === null) {
    s.tariff.steps = bendSchedule(s.tariff.steps, s.date, effects.tariff);
    s.tariff.rate = rateInForce(s.tariff, s.date);
  }
}

/**
 * The once-only meter effects of terms coming into force (each option's `onSigning`). Options that
 * were already in force (`inForce`) were paid for then, so a clause's `then` costs only what it
 * changes.
 */
export function applySigningEffects(
  scenario: Scenario,
  s: GameDraft,
  terms: Readonly<Record<string, string>>,
  inForce: Readonly<Record<string, string>> = {},
): void {
  for (const issue of scenario.issues) {
    const option = terms[issue.id];
    if (option === undefined || inForce[issue.id] === option) continue;
    const effects = issue.options.find((o) => o.id === option)?.effects?.onSigning;
    if (effects) applyEffects(scenario, s, effects);
  }
}
