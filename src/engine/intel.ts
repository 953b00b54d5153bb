// Consultations turn a side's unilateral slot into information: its own principal's exact line, or
// estimates of what the other side keeps private, each within a stated margin. The noise is drawn
// once and stored, so the same consultation in a replay reveals the same thing. It is uniform
// within the margin: an honest "give or take", and cheap enough to draw dozens per consultation.
import type { Scenario, ScenarioConsultation } from '../scenario/schema';
import { bySide, otherSide, type SideId } from '../scenario/sides';
import { clamp, evaluateLinear, worldVariables } from './linear';
import { appendLog } from './log';
import { applyEffects } from './meters';
import { reservationValue } from './reservation';
import { nextFloat, type RngState } from './rng';
import { round6 } from './rounding';
import type { GameDraft, IntelRecord } from './state';

/** The half-width of each estimate's margin: part of the rules, so a negotiator may rely on it. */
export const MARGIN = { reservation: 0.07, priority: 0.05, preference: 0.15, meter: 5 } as const;

const within = (rng: RngState, margin: number) => margin * (2 * nextFloat(rng) - 1);

/** `issue=option` keys, built once per scenario rather than on every consultation. */
const preferenceKeys = new WeakMap<Scenario, string[][]>();

function keysOf(scenario: Scenario): string[][] {
  let keys = preferenceKeys.get(scenario);
  if (!keys) {
    keys = scenario.issues.map((issue) => issue.options.map((o) => `${issue.id}=${o.id}`));
    preferenceKeys.set(scenario, keys);
  }
  return keys;
}

export function consult(scenario: Scenario, s: GameDraft, side: SideId, c: ScenarioConsultation): void {
  applyEffects(scenario, s, c.effects);
  const other = otherSide(scenario, side);
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
        clamp(reservationValue(scenario, s, other) + within(s.rng, MARGIN.reservation), 0, 1),
      );
      margin = MARGIN.reservation;
      break;
    case 'other-priorities':
      // How much each issue matters to them (`issue`), and how they rank its options
      // (`issue=option`, a rougher reading: briefings name red lines better than trade-offs).
      scenario.issues.forEach((issue, i) => {
        const keys = keysOf(scenario)[i] as string[];
        values[issue.id] = round6(clamp(bySide(issue.weight, other) + within(s.rng, MARGIN.priority), 0, 1));
        issue.options.forEach((o, j) => {
          values[keys[j] as string] = round6(
            clamp(bySide(o.value, other) + within(s.rng, MARGIN.preference), 0, 1),
          );
        });
      });
      margin = MARGIN.priority;
      break;
    case 'other-meters':
      for (const m of scenario.meters) {
        if (m.side !== other || m.visibility !== 'private') continue;
        const v = s.meters[m.id] ?? m.initial;
        values[m.id] = Math.round(clamp(v + within(s.rng, MARGIN.meter), m.min, m.max));
      }
      margin = MARGIN.meter;
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
  s.intel = { ...s.intel, [side]: [...bySide(s.intel, side), record] };
  appendLog(s, { kind: 'intel', record, visibility: side });
}
