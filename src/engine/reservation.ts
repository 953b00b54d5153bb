// What no deal is worth to a side: the point each side measures a deal against.
import type { Scenario } from '../scenario/schema';
import { bySide, type SideId } from '../scenario/sides';
import { clamp, evaluateLinear, worldVariables } from './linear';
import type { GameState } from './state';

/** What no deal is worth to a side now, in terms-utility units (0..1). */
export function reservationValue(scenario: Scenario, state: GameState, side: SideId): number {
  const vars = worldVariables(scenario, state);
  return clamp(evaluateLinear(bySide(scenario.reservation, side), state.meters, vars), 0, 1);
}
