// The scenario's linear expressions (meter targets, reservation values, win-set thresholds,
// reinstatement chances) all read the same few world variables.
import type { LinearSpec, Scenario, WorldVariableName } from '../scenario/schema';
import type { GameState } from './state';

export function worldVariables(scenario: Scenario, state: GameState): Record<WorldVariableName, number> {
  const w = state.world;
  const initial = scenario.world;
  return {
    tariffRate: state.tariff.rate,
    encountersDropPct: (100 * (initial.encounters.initial - w.encounters)) / initial.encounters.initial,
    pesoChangePct: (100 * (w.peso - initial.peso.initial)) / initial.peso.initial,
    growth: w.growth,
    trust: w.trust,
  };
}

export function evaluateLinear(
  spec: LinearSpec,
  meters: Record<string, number>,
  world: Record<WorldVariableName, number>,
): number {
  let v = spec.base;
  if (spec.meters) for (const [id, k] of Object.entries(spec.meters)) v += k * (meters[id] ?? 0);
  if (spec.world)
    for (const [name, k] of Object.entries(spec.world)) v += (k ?? 0) * world[name as WorldVariableName];
  return v;
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
