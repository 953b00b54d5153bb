import type { Action, Observation } from '../engine';
import type { Scenario, Side } from '../scenario/schema';

/**
 * Anything that chooses moves from what its side can observe: a scripted player, an AI persona, or
 * (in the browser) a person. A player never sees the game state itself.
 */
export interface Player {
  readonly name: string;
  decide(observation: Observation): Action;
}

export interface PlayerContext {
  scenario: Scenario;
  side: Side;
  /** The player's own stream: it never draws from the engine's. */
  seed: number;
}
