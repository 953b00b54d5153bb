// The scripted players that play the way people do, by name: the gauntlet runs every AI persona
// against each of them. Each decides from its own side's observation alone.
import type { Player, PlayerContext } from '../player';
import { acceptAnythingPlayer } from './accept-anything';
import { lowballPlayer } from './lowball';
import type { HumanLikeName } from './names';
import { reciprocatingPlayer } from './reciprocating';
import { stubbornPlayer } from './stubborn';
import { stubbornDeadlinePlayer } from './stubborn-deadline';
import { stubbornLastPlayer } from './stubborn-last';

export { HUMAN_LIKE_PLAYERS, type HumanLikeName, isHumanLike } from './names';

const FACTORIES: Record<HumanLikeName, (context: PlayerContext) => Player> = {
  stubborn: stubbornPlayer,
  'stubborn-deadline': stubbornDeadlinePlayer,
  'stubborn-last': stubbornLastPlayer,
  reciprocating: reciprocatingPlayer,
  'accept-anything': acceptAnythingPlayer,
  lowball: lowballPlayer,
};

export function createHumanLike(name: HumanLikeName, context: PlayerContext): Player {
  return FACTORIES[name](context);
}
