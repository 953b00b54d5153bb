// Consultations turn a side's unilateral slot into information: its own principal's exact line, or
// noisy estimates of what the other side keeps private. The noise is drawn once and stored, so the
// same consultation in a replay reveals the same thing.
import type { Scenario, Side } from '../scenario/schema';
import { otherSide } from './actions';
import { clamp, evaluateLinear, worldVariables } from './linear';
import { appendLog } from './log';
import { applyEffects } from './meters';
import { nextGaussian } from './rng';
import { reservationValue, round6 } from './scoring';
import type { GameState, IntelRecord } from './state';

const NOISE = { reservation: 0.04, priority: 0.03, preference: 0.1, meter: 3 } as const;

export function consult(scenario: Scenario, s: GameState, side: Side, id: string): void {
  const c = scenario.consultations.find((x) => x.id === id)!;
  applyEffects(scenario, s, c.effects);
  const other = otherSide(side);
  const values: Record<string, number> = {};
  let margin = 0;
  switch (c.reveals) {
    case 'own-winset': {
      const vars = worldVariables(scenario, s);
      for (const w of scenario.winsets) {
        if (w.side !== side) continue;
        values[w.id] = round6(
          w.test.kind === 'utility' ? evaluateLinear(w.test.min, s.meters, vars) : w.test.min,
        );
      }
      break;
    }
    case 'other-reservation':
      values.reservation = round6(
        clamp(reservationValue(scenario, s, other) + NOISE.reservation * nextGaussian(s.rng), 0, 1),
      );
      margin = 2 * NOISE.reservation;
      break;
    case 'other-priorities':
      // How much each issue matters to them (`issue`), and how they rank its options
      // (`issue=option`, a rougher reading: briefings name red lines better than trade-offs).
      for (const issue of scenario.issues) {
        values[issue.id] = round6(clamp(issue.weight[other] + NOISE.priority * nextGaussian(s.rng), 0, 1));
        for (const o of issue.options) {
          values[`${issue.id}=${o.id}`] = round6(
            clamp(o.value[other] + NOISE.preference * nextGaussian(s.rng), 0, 1),
          );
        }
      }
      margin = 2 * NOISE.priority;
      break;
    case 'other-meters':
      for (const m of scenario.meters) {
        if (m.side !== other || m.visibility !== 'private') continue;
        const v = s.meters[m.id] ?? m.initial;
        values[m.id] = Math.round(clamp(v + NOISE.meter * nextGaussian(s.rng), m.min, m.max));
      }
      margin = 2 * NOISE.meter;
      break;
  }
  const record: IntelRecord = {
    kind: c.reveals,
    round: s.round,
    date: s.date,
    consultation: c.id,
    values,
    margin,
  };
  s.intel[side].push(record);
  appendLog(s, { kind: 'intel', record, visibility: side });
}
