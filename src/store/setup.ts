// The setup screen's choices: a sensible default for a scenario, and the check that a change
// names a side of that scenario and a persona who can sit on the other side.
import { isDifficulty } from '../ai/difficulty';
import { err, ok, type Result } from '../result';
import type { Scenario } from '../scenario/schema';
import { isSideId, otherSide, type SideId, sideIds } from '../scenario/sides';
import type { AiOpponent, Notice, Opponent, ScenarioEntry, Setup } from './contract';

/** The meeting timer's choices, in minutes; null is no timer, the default. */
export const TIMER_CHOICES: readonly (number | null)[] = [null, 2, 5, 10];

/** The persona a first game meets: the pragmatist when the scenario has one. */
const PREFERRED_PERSONA = 'pragmatist';

export function personasFor(scenario: Scenario, side: SideId): string[] {
  return (scenario.personas ?? []).filter((p) => p.side === side).map((p) => p.id);
}

export function defaultOpponent(scenario: Scenario, aiSide: SideId): AiOpponent | null {
  const ids = personasFor(scenario, aiSide);
  const persona = ids.includes(PREFERRED_PERSONA) ? PREFERRED_PERSONA : ids[0];
  return persona === undefined ? null : { kind: 'ai', persona, difficulty: 'medium' };
}

/** The first side of the scenario against its default persona; the seed is drawn at the start. */
export function defaultSetup(entry: ScenarioEntry): Setup | null {
  const side = sideIds(entry.scenario)[0];
  const opponent = defaultOpponent(entry.scenario, otherSide(entry.scenario, side));
  return opponent ? { scenarioId: entry.id, side, opponent, seed: 0, timerMinutes: null } : null;
}

/**
 * The setup after a change, or why the change cannot be made. A new scenario or side that leaves
 * the opponent unnamed brings that side's default persona (keeping the difficulty), so choosing a
 * side never needs a second step; an opponent named outright must exist.
 */
export function changedSetup(
  scenarios: readonly ScenarioEntry[],
  setup: Setup,
  change: Partial<Omit<Setup, 'seed'>>,
): Result<Setup, Notice> {
  const scenarioId = change.scenarioId ?? setup.scenarioId;
  const entry = scenarios.find((e) => e.id === scenarioId);
  if (!entry) return refuse('UNKNOWN_SCENARIO', `There is no scenario "${scenarioId}".`);
  const scenario = entry.scenario;
  const side = change.side ?? (scenarioId === setup.scenarioId ? setup.side : sideIds(scenario)[0]);
  if (!isSideId(scenario, side)) {
    return refuse('UNKNOWN_SIDE', `"${String(side)}" is not a side of this scenario.`);
  }
  const timerMinutes = change.timerMinutes === undefined ? setup.timerMinutes : change.timerMinutes;
  if (!TIMER_CHOICES.includes(timerMinutes)) {
    return refuse(
      'UNKNOWN_TIMER',
      `A meeting timer of ${String(timerMinutes)} minutes is not one of the choices.`,
    );
  }
  const opponent = opponentFor(scenario, side, setup.opponent, change.opponent);
  if (!opponent.ok) return opponent;
  return ok({ scenarioId, side, opponent: opponent.value, seed: setup.seed, timerMinutes });
}

/**
 * The opponent after a change: a second person stays one; an AI named outright must exist for the
 * other side, and one left unnamed by a new scenario or side becomes that side's default persona
 * (keeping the difficulty), so choosing a side never needs a second step.
 */
function opponentFor(
  scenario: Scenario,
  side: SideId,
  before: Opponent,
  given: Opponent | undefined,
): Result<Opponent, Notice> {
  const aiSide = otherSide(scenario, side);
  const wanted = given ?? before;
  if (wanted.kind === 'person') return ok(wanted);
  let opponent: Opponent | null = wanted;
  if (!given && !personasFor(scenario, aiSide).includes(wanted.persona)) {
    const fallback = defaultOpponent(scenario, aiSide);
    opponent = fallback ? { ...fallback, difficulty: wanted.difficulty } : null;
  }
  if (opponent?.kind !== 'ai' || !personasFor(scenario, aiSide).includes(opponent.persona)) {
    const name = opponent?.kind === 'ai' ? opponent.persona : '';
    return refuse('UNKNOWN_PERSONA', `There is no opponent "${name}" for the other side in this scenario.`);
  }
  if (!isDifficulty(opponent.difficulty)) {
    return refuse('UNKNOWN_DIFFICULTY', `"${String(opponent.difficulty)}" is not a difficulty.`);
  }
  return ok(opponent);
}

function refuse(code: string, message: string): Result<never, Notice> {
  return err({ code, message });
}

/** A setup read back from a save, checked against the scenarios this build has. */
export function setupFrom(json: unknown, entry: ScenarioEntry): Setup | null {
  if (typeof json !== 'object' || json === null) return null;
  const { scenarioId, side, opponent, seed, timerMinutes } = json as Record<string, unknown>;
  if (scenarioId !== entry.id || !isSideId(entry.scenario, side)) return null;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return null;
  // Saves from before the timer have none.
  const timer = timerMinutes === undefined ? null : timerMinutes;
  if (timer !== null && (typeof timer !== 'number' || !TIMER_CHOICES.includes(timer))) return null;
  const against = opponentFrom(opponent, entry, side);
  return against ? { scenarioId, side, opponent: against, seed, timerMinutes: timer } : null;
}

function opponentFrom(json: unknown, entry: ScenarioEntry, side: SideId): Opponent | null {
  if (typeof json !== 'object' || json === null) return null;
  const { kind, persona, difficulty } = json as Record<string, unknown>;
  if (kind === 'person') return { kind: 'person' };
  if (kind !== 'ai' || typeof persona !== 'string' || typeof difficulty !== 'string') return null;
  if (!isDifficulty(difficulty)) return null;
  if (!personasFor(entry.scenario, otherSide(entry.scenario, side)).includes(persona)) return null;
  return { kind: 'ai', persona, difficulty };
}
