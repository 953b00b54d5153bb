// Stubborn to the end, then a taker: at the last meeting at which it answers an offer (the last
// meeting of the calendar, or the one before when it opens the last, since the opener then faces
// only its own offer), it accepts whatever stands if that beats no deal for it and its own side
// would ratify it.
import type { Player, PlayerContext } from '../player';
import { lastAnswer } from './meetings';
import { holdOut } from './stubborn';

export function stubbornLastPlayer(context: PlayerContext): Player {
  const meeting = lastAnswer(context.scenario, context.side);
  return holdOut('stubborn-last', context, (obs) => {
    const standing = obs.standing;
    return (
      obs.round === meeting &&
      standing !== null &&
      standing.yourWinsetPasses &&
      standing.yourUtility > obs.you.reservation
    );
  });
}
