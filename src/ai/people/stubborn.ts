// The player who names its price and never moves: it opens with its own best package, answers every
// offer by restating it (a rejection that keeps its terms on the table), and never walks out. The
// two patient variants (stubborn-deadline, stubborn-last) are this player with one meeting at which
// it takes what stands.
import type { Action, Observation } from '../../engine';
import { facesOffer } from '../../engine';
import type { Player, PlayerContext } from '../player';
import { bestPackage } from './position';

/** Whether, at this meeting, the player takes the offer it faces instead of restating its own. */
export type TakesOffer = (obs: Observation) => boolean;

export function holdOut(name: string, { scenario, side }: PlayerContext, takes: TakesOffer): Player {
  return {
    name,
    decide(seat): Action {
      const obs = seat.observe();
      const standing = obs.standing;
      if (standing && facesOffer(standing, side)) {
        if (takes(obs)) return { type: 'accept', side };
        return { type: 'counter', side, package: bestPackage(scenario, obs) };
      }
      // Its own terms stand: nothing to add until the other side answers.
      if (standing) return { type: 'wait', side };
      return { type: 'propose', side, package: bestPackage(scenario, obs) };
    },
  };
}

export function stubbornPlayer(context: PlayerContext): Player {
  return holdOut('stubborn', context, () => false);
}
