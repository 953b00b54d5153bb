// The Nash bargaining point: where the product of both sides' gains over no deal is largest.
import type { Scenario } from '../scenario/schema';
import { type PerSide, sideIds } from '../scenario/sides';
import { type FrontierPoint, TOLERANCE } from './frontier';

/**
 * The frontier point that maximises the product of both sides' gains over their reservation
 * values, among those better than no deal for both; null when there is none. Of products equal
 * within the tolerance, the first in frontier order wins.
 */
export function nashPoint(
  scenario: Scenario,
  frontier: readonly FrontierPoint[],
  reservation: PerSide<number>,
): FrontierPoint | null {
  const [first, second] = sideIds(scenario);
  const rx = reservation[first] ?? 0;
  const ry = reservation[second] ?? 0;
  let best: FrontierPoint | null = null;
  let bestProduct = 0;
  for (const f of frontier) {
    const gx = (f.utility[first] ?? 0) - rx;
    const gy = (f.utility[second] ?? 0) - ry;
    if (gx > TOLERANCE && gy > TOLERANCE && gx * gy > bestProduct + TOLERANCE * TOLERANCE) {
      best = f;
      bestProduct = gx * gy;
    }
  }
  return best;
}
