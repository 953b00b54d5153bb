// The Nash bargaining point: where the product of both sides' gains over no deal is largest.
import type { Scenario } from '../scenario/schema';
import { type PerSide, sideIds } from '../scenario/sides';
import { type FrontierPoint, frontierAxes, TOLERANCE } from './frontier';

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
  const { x, y } = frontierAxes(scenario, frontier);
  const tolerance = TOLERANCE;
  let best = -1;
  let bestProduct = 0;
  for (let i = 0; i < x.length; i++) {
    const gx = (x[i] as number) - rx;
    const gy = (y[i] as number) - ry;
    if (gx > tolerance && gy > tolerance && gx * gy > bestProduct + tolerance * tolerance) {
      best = i;
      bestProduct = gx * gy;
    }
  }
  return frontier[best] ?? null;
}
