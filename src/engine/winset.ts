// The two-level game: a signed deal takes effect only if every domestic test on both sides passes.
import type { Scenario, ScenarioWinset } from '../scenario/schema';
import type { SideId } from '../scenario/sides';
import type { Package } from './actions';
import { evaluateLinear, worldVariables } from './linear';
import { completeTerms, packageUtility } from './offer';
import type { GameState } from './state';

export interface WinsetCheck {
  winset: ScenarioWinset;
  applies: boolean;
  passed: boolean;
  /** The test's value and threshold, for the side that owns the win-set. */
  value: number;
  threshold: number;
}

export function checkWinsets(
  scenario: Scenario,
  state: GameState,
  pkg: Package,
  only?: SideId,
): WinsetCheck[] {
  const terms = completeTerms(scenario, pkg.terms);
  const vars = worldVariables(scenario, state);
  const checks: WinsetCheck[] = [];
  for (const winset of scenario.winsets) {
    if (only && winset.side !== only) continue;
    const test = winset.test;
    const applies = !test.when || test.when.options.includes(terms[test.when.issue] ?? '');
    let value: number;
    let threshold: number;
    if (test.kind === 'utility') {
      value = packageUtility(scenario, winset.side, pkg);
      threshold = evaluateLinear(test.min, state.meters, vars);
    } else {
      value = state.meters[test.meter] ?? 0;
      threshold = test.min;
    }
    checks.push({ winset, applies, passed: !applies || value >= threshold - 1e-9, value, threshold });
  }
  return checks;
}

export function winsetFailures(scenario: Scenario, state: GameState, pkg: Package): string[] {
  return checkWinsets(scenario, state, pkg)
    .filter((c) => !c.passed)
    .map((c) => c.winset.id);
}
