// Players by the names the command line and the setup screen use.
import { historyPlayer } from './history-player';
import type { Player, PlayerContext } from './player';
import { randomPlayer } from './random-player';

export const PLAYER_NAMES = ['random', 'history'] as const;
export type PlayerName = (typeof PLAYER_NAMES)[number];

export function isPlayerName(name: string): name is PlayerName {
  return (PLAYER_NAMES as readonly string[]).includes(name);
}

export function createPlayer(name: PlayerName, context: PlayerContext): Player {
  switch (name) {
    case 'random':
      return randomPlayer(context);
    case 'history':
      return historyPlayer(context);
  }
}
