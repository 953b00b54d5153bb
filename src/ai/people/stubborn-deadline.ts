// Stubborn until the deadline, then a taker: a person who holds out, and at the last meeting before
// the tariff starts (the calendar's deadline, June 10 in june-2019) takes what the other side has on
// the table, if it is worth at least no deal to it and its own principal and legislature would
// ratify it (the observation says whether they would). After that meeting it is stubborn again: the
// deadline has passed and the tariff is sunk.
//
// "The last meeting before the deadline" is the last one at which it answers an offer: a side faces
// the other side's offer only when it moves second in a meeting (see meetings.ts).
import type { Player, PlayerContext } from '../player';
import { lastAnswerBeforeDeadline } from './meetings';
import { holdOut } from './stubborn';

export function stubbornDeadlinePlayer(context: PlayerContext): Player {
  const meeting = lastAnswerBeforeDeadline(context.scenario, context.side);
  return holdOut('stubborn-deadline', context, (obs) => {
    const standing = obs.standing;
    return (
      obs.round === meeting &&
      standing !== null &&
      standing.yourWinsetPasses &&
      standing.yourUtility >= obs.you.reservation
    );
  });
}
