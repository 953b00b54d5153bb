// The most cooperative partner there is: it accepts every offer it faces, whatever it is worth and
// whether or not its own principal would ratify it, and otherwise waits for the other side to make
// one. It never proposes (a person who only says yes) and never walks out.
import type { Action } from '../../engine';
import { facesOffer } from '../../engine';
import type { Player, PlayerContext } from '../player';

export function acceptAnythingPlayer({ side }: PlayerContext): Player {
  return {
    name: 'accept-anything',
    decide(seat): Action {
      const standing = seat.observe().standing;
      return standing && facesOffer(standing, side) ? { type: 'accept', side } : { type: 'wait', side };
    },
  };
}
