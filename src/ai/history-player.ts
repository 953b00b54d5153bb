// Plays the June 2019 moves from the scenario's script, and when the other side strays from the
// record, steers back towards the historical deal.
import {
  type Action,
  historicalPackage,
  isHistorical,
  type Observation,
  type Package,
  packageUtility,
} from '../engine';
import type { ScriptStepSpec } from '../scenario/schema';
import type { Player, PlayerContext } from './player';

export function historyPlayer({ scenario, side }: PlayerContext): Player {
  const target = historicalPackage(scenario);
  const targetUtility = packageUtility(scenario, side, target);
  const legal = (obs: Observation, type: Action['type']) => obs.legal.some((l) => l.type === type);

  const fromScript = (obs: Observation, step: ScriptStepSpec): Action | null => {
    const a = step.action;
    const say = { text: step.note };
    switch (a.type) {
      case 'unilateral':
        return !obs.turn.slotUsed && obs.legal.some((l) => l.type === 'unilateral' && l.move === a.move)
          ? { type: 'unilateral', side, move: a.move, say }
          : null;
      case 'consult':
        return !obs.turn.slotUsed &&
          obs.legal.some((l) => l.type === 'consult' && l.consultation === a.consultation)
          ? { type: 'consult', side, consultation: a.consultation, say }
          : null;
      case 'propose':
      case 'counter': {
        const pkg: Package = a.conditional
          ? { terms: a.terms, conditional: a.conditional }
          : { terms: a.terms };
        // A scripted proposal fits whichever of propose/counter the table allows now.
        const type = legal(obs, 'counter') ? 'counter' : 'propose';
        return legal(obs, type) ? { type, side, package: pkg, say } : null;
      }
      default:
        return legal(obs, a.type) ? { type: a.type, side, say } : null;
    }
  };

  const steer = (obs: Observation): Action => {
    const standing = obs.standing;
    if (standing && standing.by !== side) {
      const good = isHistorical(scenario, standing.package) || standing.yourUtility >= targetUtility - 1e-9;
      if (good && standing.yourWinsetPasses) return { type: 'accept', side };
      return { type: 'counter', side, package: target };
    }
    if (standing && isHistorical(scenario, standing.package)) return { type: 'wait', side };
    return { type: 'propose', side, package: target };
  };

  return {
    name: 'history',
    decide(seat): Action {
      const obs = seat.observe();
      const steps = scenario.historical.script.filter(
        (s) => s.side === side && s.date === obs.date && s.slot === obs.slot,
      );
      for (const step of steps) {
        const action = fromScript(obs, step);
        if (action) return action;
      }
      return steer(obs);
    },
  };
}
