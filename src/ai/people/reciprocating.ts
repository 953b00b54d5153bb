// Tit for tat over packages: it opens at its best, and each time the other side concedes (offers a
// package better for it, in its own utility, than that side's offer before) it concedes one step:
// it adopts the other side's latest option on the one issue where that costs it least. It never
// steps below its value of no deal. It accepts when the offer it faces is worth at least its own
// current position to it and its side would ratify it, that is when the other side has matched its
// position; otherwise it counters with that position. It never walks out.
import type { Action, Package } from '../../engine';
import { facesOffer } from '../../engine';
import { otherSide } from '../../scenario/sides';
import type { Player, PlayerContext } from '../player';
import { concessionsBy, offersBy, ownUtility, positionAfter } from './position';

export function reciprocatingPlayer({ scenario, side }: PlayerContext): Player {
  const them = otherSide(scenario, side);
  return {
    name: 'reciprocating',
    decide(seat): Action {
      const obs = seat.observe();
      const theirs = offersBy(obs, them);
      const latest: Package | null = theirs[theirs.length - 1] ?? null;
      const position = positionAfter(
        scenario,
        obs,
        concessionsBy(scenario, obs, them),
        latest,
        obs.you.reservation,
      );
      const standing = obs.standing;
      if (standing && facesOffer(standing, side)) {
        const matched = standing.yourUtility >= ownUtility(scenario, obs, position) - 1e-6;
        if (matched && standing.yourWinsetPasses) return { type: 'accept', side };
        return { type: 'counter', side, package: position };
      }
      if (standing) return { type: 'wait', side };
      return { type: 'propose', side, package: position };
    },
  };
}
