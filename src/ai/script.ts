// The historical record as moves: the step the script gives a side in the current meeting, if the
// table still allows it.
import { type Action, matchesHistorical, type Observation, type Package } from '../engine';
import type { Scenario } from '../scenario/schema';
import type { SideId } from '../scenario/sides';

export function scriptedAction(
  historical: Scenario['historical'],
  side: SideId,
  obs: Observation,
): Action | null {
  const legal = (type: Action['type']) => obs.legal.some((l) => l.type === type);
  for (const step of historical.script) {
    if (step.side !== side || step.date !== obs.date || step.slot !== obs.slot) continue;
    const a = step.action;
    const say = { text: step.note };
    let action: Action | null = null;
    switch (a.type) {
      case 'unilateral':
        if (obs.legal.some((l) => l.type === 'unilateral' && l.move === a.move)) {
          action = { type: 'unilateral', side, move: a.move, say };
        }
        break;
      case 'consult':
        if (obs.legal.some((l) => l.type === 'consult' && l.consultation === a.consultation)) {
          action = { type: 'consult', side, consultation: a.consultation, say };
        }
        break;
      case 'propose':
      case 'counter': {
        const pkg: Package = a.conditional
          ? { terms: a.terms, conditional: a.conditional }
          : { terms: a.terms };
        // A scripted proposal fits whichever of propose/counter the table allows now.
        const type = legal('counter') ? 'counter' : 'propose';
        if (legal(type)) action = { type, side, package: pkg, say };
        break;
      }
      default:
        if (legal(a.type)) action = { type: a.type, side, say };
    }
    if (action) return action;
  }
  return null;
}

/** Whether a package is the historical deal (the engine's own test, on the public record). */
export const isHistoricalDeal = matchesHistorical;
