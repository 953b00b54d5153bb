// Games between a human-like player (tests/ai/people) and an AI persona or another scripted player
// (on june-2019), with every decision the player made and what it saw when it made it.
import type { Difficulty } from '../../src/ai/difficulty';
import { playMatch } from '../../src/ai/match';
import type { Player } from '../../src/ai/player';
import { createPlayer, type PlayerSpec } from '../../src/ai/registry';
import type { Action, GameState, Observation } from '../../src/engine';
import type { ScenarioPersona } from '../../src/scenario/schema';
import type { SideId } from '../../src/scenario/sides';
import { loadRules } from './scenarios';
import { MX, US } from './sides';

export const rules = loadRules();
export const scenario = rules.scenario;
export const personas: readonly ScenarioPersona[] = scenario.personas ?? [];

export const other = (side: SideId): SideId => (side === US ? MX : US);

export interface Decision {
  obs: Observation;
  action: Action;
}

export interface Played {
  state: GameState;
  /** The player's own decisions, in order. */
  decisions: Decision[];
}

/** A whole game: `spec` on `side`, `against` on the other side, recording `spec`'s decisions. */
export function game(spec: PlayerSpec, side: SideId, against: PlayerSpec, seed: number): Played {
  const decisions: Decision[] = [];
  const inner = createPlayer(spec, { scenario, side, seed });
  const recorded: Player = {
    name: inner.name,
    decide(seat) {
      const action = inner.decide(seat);
      decisions.push({ obs: seat.observe(), action });
      return action;
    },
  };
  const them = createPlayer(against, { scenario, side: other(side), seed });
  const players = side === US ? { us: recorded, mx: them } : { us: them, mx: recorded };
  return { state: playMatch(rules, players, seed).state, decisions };
}

/** Every persona of the side across the table from `side`, at `difficulty`. */
export function opponents(side: SideId, difficulty: Difficulty = 'medium'): PlayerSpec[] {
  return personas
    .filter((p) => p.side === other(side))
    .map((p): PlayerSpec => ({ kind: 'persona', persona: p.id, difficulty }));
}

export const SIDES: readonly SideId[] = [US, MX];

/** Every (side, opponent, seed) of a small grid: both seats, every persona at medium. */
export function grid(seeds: readonly number[]): { side: SideId; against: PlayerSpec; seed: number }[] {
  return SIDES.flatMap((side) =>
    opponents(side).flatMap((against) => seeds.map((seed) => ({ side, against, seed }))),
  );
}

/** The offer the decision faced, if any. */
export function faced(d: Decision): NonNullable<Observation['standing']> | null {
  const s = d.obs.standing;
  return s && s.by !== d.obs.side ? s : null;
}
