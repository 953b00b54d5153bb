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
  const m = spec.meters;
  if (m) for (const id in m) v += (m[id] as number) * (meters[id] ?? 0);
  const w = spec.world;
  if (w) for (const name in w) v += (w[name as WorldVariableName] ?? 0) * world[name as WorldVariableName];
  return v;
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
