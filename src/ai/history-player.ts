// Plays the June 2019 moves from the scenario's script, and when the other side strays from the
// record, steers back towards the historical deal.
import {
  type Action,
  facesOffer,
  historicalPackage,
  isHistorical,
  type Observation,
  packageUtility,
} from '../engine';
import type { Player, PlayerContext } from './player';
import { scriptedAction } from './script';

export function historyPlayer({ scenario, side }: PlayerContext): Player {
  const target = historicalPackage(scenario);
  const targetUtility = packageUtility(scenario, side, target);
  const steer = (obs: Observation): Action => {
    const standing = obs.standing;
    if (standing && facesOffer(standing, side)) {
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
      const scripted = scriptedAction(scenario.historical, side, obs);
      // Even the record cannot make a principal sign what he would refuse.
      if (scripted?.type === 'accept' && !obs.standing?.yourWinsetPasses) return steer(obs);
      return scripted ?? steer(obs);
    },
  };
}
