// The historical record as moves: the step the script gives a side in the current meeting, if the
// table still allows it.
import { type Action, matchesHistorical, type Observation, type Package, samePackage } from '../engine';
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

/**
 * Whether every offer this side has made so far is one of the record's: once it has made an offer
 * of its own, a scripted offer could take back what it gave, so it leaves the record for good.
 */
export function onTheRecord(
  historical: Scenario['historical'],
  side: SideId,
  obs: Observation,
  issues: readonly { id: string; statusQuo: string }[],
): boolean {
  const full = (terms: Readonly<Record<string, string>>) =>
    Object.fromEntries(issues.map((i) => [i.id, terms[i.id] ?? i.statusQuo]));
  const scripted: Package[] = historical.script.flatMap((step) => {
    const a = step.action;
    if (step.side !== side || (a.type !== 'propose' && a.type !== 'counter')) return [];
    return [a.conditional ? { terms: full(a.terms), conditional: a.conditional } : { terms: full(a.terms) }];
  });
  return obs.log.every((e) => {
    if (e.kind !== 'action' || e.action.side !== side) return true;
    if (e.action.type !== 'propose' && e.action.type !== 'counter') return true;
    const made = e.action.package;
    const mine: Package = made.conditional
      ? { terms: full(made.terms), conditional: { ...made.conditional, then: { ...made.conditional.then } } }
      : { terms: full(made.terms) };
    return scripted.some((pkg) => samePackage(pkg, mine));
  });
}

/** Whether a package is the historical deal (the engine's own test, on the public record). */
export const isHistoricalDeal = matchesHistorical;
