// The historical record as moves: the step the script gives a side in the current meeting, if the
// table still allows it.
import type { Action, Observation, Package } from '../engine';
import type { Scenario, Side } from '../scenario/schema';

export function scriptedAction(
  historical: Scenario['historical'],
  side: Side,
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

/** Whether a package is the historical deal: the record's options on every issue it names. */
export function isHistoricalDeal(
  historical: Scenario['historical'],
  statusQuo: (issue: string) => string,
  pkg: Package,
): boolean {
  for (const [issue, options] of Object.entries(historical.terms)) {
    if (!options.includes(pkg.terms[issue] ?? statusQuo(issue))) return false;
  }
  const wanted = historical.conditional;
  if (!wanted) return true;
  const got = pkg.conditional;
  return (
    got !== undefined &&
    got.review === wanted.review &&
    Object.entries(wanted.then).every(([issue, option]) => got.then[issue] === option)
  );
}
