// A side's score at the end: the scenario's mix of the terms it ends with and its domestic meters.
import type { Scenario } from '../scenario/schema';
import { bySide, type SideId } from '../scenario/sides';
import { clamp } from './linear';
import { termsUtility } from './offer';
import { reservationValue } from './reservation';
import type { GameState } from './state';

function meterShare(scenario: Scenario, state: GameState, side: SideId): number {
  let total = 0;
  for (const [id, weight] of Object.entries(bySide(scenario.scoring, side).meters)) {
    const m = scenario.meters.find((x) => x.id === id);
    if (!m) continue;
    total += (weight * ((state.meters[id] ?? m.initial) - m.min)) / (m.max - m.min);
  }
  return total;
}

/** The terms utility a side ends with: the deal as it stands after review, or no deal's value. */
export function finalTermsUtility(scenario: Scenario, state: GameState, side: SideId): number {
  const deal = state.deal;
  if (!deal || state.outcome.kind !== 'deal') return reservationValue(scenario, state, side);
  const terms = { ...deal.terms };
  if (deal.reinstated) {
    for (const issue of scenario.issues) {
      const imposed = issue.options.find((o) => o.effects?.tariff === 'imposed');
      if (imposed && issue.options.some((o) => o.effects?.tariff)) terms[issue.id] = imposed.id;
    }
  }
  return termsUtility(scenario, side, terms);
}

/** 0–100 with one decimal: the scenario's mix of final terms utility and final domestic meters. */
export function score(scenario: Scenario, state: GameState, side: SideId): number {
  const u = finalTermsUtility(scenario, state, side);
  const raw = bySide(scenario.scoring, side).terms * u + meterShare(scenario, state, side);
  return Math.round(clamp(raw, 0, 1) * 1000) / 10;
}
