import type { Action, LegalAction, Observation } from '../engine';
import type { Scenario } from '../scenario/schema';
import type { SideId } from '../scenario/sides';

/**
 * A player's place at the table for one decision. It reaches the game only through the engine's
 * observation of its own side; `legal` is that observation's list of legal actions, offered on
 * its own because the simplest players need nothing else and building the rest costs time.
 */
export interface Seat {
  readonly side: SideId;
  legal(): readonly LegalAction[];
  observe(): Observation;
}

/**
 * Anything that chooses moves from what its side can observe: a scripted player, an AI persona, or
 * (in the browser) a person. A player never sees the game state itself.
 */
export interface Player {
  readonly name: string;
  decide(seat: Seat): Action;
}

export interface PlayerContext {
  scenario: Scenario;
  side: SideId;
  /** The player's own stream: it never draws from the engine's. */
  seed: number;
}
