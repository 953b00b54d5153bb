// Players by the names the command line and the setup screen use: `random`, `history`, one of the
// human-like scripted players (`stubborn`, `lowball`, …), or a persona of the scenario as `<persona>`
// or `<persona>:<difficulty>` (medium by default).
import { err, ok, type Result } from '../result';
import type { Scenario } from '../scenario/schema';
import type { SideId } from '../scenario/sides';
import { DIFFICULTIES, type Difficulty, isDifficulty } from './difficulty';
import { historyPlayer } from './history-player';
import { createNegotiator } from './negotiator';
import { createHumanLike, HUMAN_LIKE_PLAYERS, type HumanLikeName, isHumanLike } from './people/roster';
import type { Player, PlayerContext } from './player';
import { randomPlayer } from './random-player';

export type BuiltInPlayer = 'random' | 'history' | HumanLikeName;

export type PlayerSpec =
  | { kind: BuiltInPlayer }
  | { kind: 'persona'; persona: string; difficulty: Difficulty };

/** The players every scenario has, whatever its personas; they take no difficulty. */
export const BUILT_IN_PLAYERS: readonly BuiltInPlayer[] = ['random', 'history', ...HUMAN_LIKE_PLAYERS];

function isBuiltIn(text: string): text is BuiltInPlayer {
  return text === 'random' || text === 'history' || isHumanLike(text);
}
export const DEFAULT_DIFFICULTY: Difficulty = 'medium';

export interface PlayerSpecError {
  code: 'not-a-player' | 'difficulty-on-built-in' | 'unknown-difficulty' | 'unknown-persona';
  message: string;
}

/** Reads a player name; the persona itself is checked against a scenario by `checkPlayer`. */
export function parsePlayerSpec(text: string): Result<PlayerSpec, PlayerSpecError> {
  if (isBuiltIn(text)) return ok({ kind: text });
  const builtIn = BUILT_IN_PLAYERS.find((name) => text.startsWith(`${name}:`));
  if (builtIn) return err({ code: 'difficulty-on-built-in', message: `"${builtIn}" takes no difficulty` });
  const m = /^([a-z0-9][a-z0-9-]*)(?::([a-z]+))?$/.exec(text);
  if (!m) {
    const message = `"${text}" is not a player name (write <persona> or <persona>:<difficulty>)`;
    return err({ code: 'not-a-player', message });
  }
  const difficulty = m[2] ?? DEFAULT_DIFFICULTY;
  if (!isDifficulty(difficulty)) {
    const message = `unknown difficulty "${difficulty}" (difficulties: ${DIFFICULTIES.join(', ')})`;
    return err({ code: 'unknown-difficulty', message });
  }
  return ok({ kind: 'persona', persona: m[1] as string, difficulty });
}

export function specName(spec: PlayerSpec): string {
  return spec.kind === 'persona' ? `${spec.persona}:${spec.difficulty}` : spec.kind;
}

/** Every player that can take this side of this scenario, for messages and menus. */
export function playersFor(scenario: Scenario, side: SideId): string[] {
  return [...BUILT_IN_PLAYERS, ...(scenario.personas ?? []).filter((p) => p.side === side).map((p) => p.id)];
}

/** The spec, when it can play this side of the scenario; else why not, naming who can. */
export function checkPlayer(
  spec: PlayerSpec,
  scenario: Scenario,
  side: SideId,
): Result<PlayerSpec, PlayerSpecError> {
  if (spec.kind !== 'persona') return ok(spec);
  if ((scenario.personas ?? []).some((p) => p.side === side && p.id === spec.persona)) return ok(spec);
  const players = playersFor(scenario, side).join(', ');
  return err({
    code: 'unknown-persona',
    message: `unknown player "${spec.persona}" for ${side} (players: ${players})`,
  });
}

export function createPlayer(spec: PlayerSpec, context: PlayerContext): Player {
  switch (spec.kind) {
    case 'random':
      return randomPlayer(context);
    case 'history':
      return historyPlayer(context);
    case 'stubborn':
    case 'stubborn-deadline':
    case 'stubborn-last':
    case 'reciprocating':
    case 'accept-anything':
    case 'lowball':
      return createHumanLike(spec.kind, context);
    case 'persona': {
      const persona = (context.scenario.personas ?? []).find(
        (p) => p.side === context.side && p.id === spec.persona,
      );
      if (!persona) {
        // Callers check the spec first (checkPlayer); reaching here is a programming error.
        const checked = checkPlayer(spec, context.scenario, context.side);
        throw new UnknownPlayerError(checked.ok ? spec.persona : checked.error.message);
      }
      return createNegotiator(persona, spec.difficulty, context);
    }
  }
}

export class UnknownPlayerError extends Error {
  readonly code = 'UNKNOWN_PLAYER';
}
