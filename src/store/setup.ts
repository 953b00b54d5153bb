// The setup screen's choices: a sensible default for a scenario, and the check that a change
// names a side of that scenario and a persona who can sit on the other side.
import { isDifficulty } from '../ai/difficulty';
import { err, ok, type Result } from '../result';
import type { Scenario } from '../scenario/schema';
import { isSideId, otherSide, type SideId, sideIds } from '../scenario/sides';
import type { Notice, Opponent, ScenarioEntry, Setup } from './contract';

/** The persona a first game meets: the pragmatist when the scenario has one. */
const PREFERRED_PERSONA = 'pragmatist';

export function personasFor(scenario: Scenario, side: SideId): string[] {
  return (scenario.personas ?? []).filter((p) => p.side === side).map((p) => p.id);
}

export function defaultOpponent(scenario: Scenario, aiSide: SideId): Opponent | null {
  const ids = personasFor(scenario, aiSide);
  const persona = ids.includes(PREFERRED_PERSONA) ? PREFERRED_PERSONA : ids[0];
  return persona === undefined ? null : { kind: 'ai', persona, difficulty: 'medium' };
}

/** The first side of the scenario against its default persona; the seed is drawn at the start. */
export function defaultSetup(entry: ScenarioEntry): Setup | null {
  const side = sideIds(entry.scenario)[0];
  const opponent = defaultOpponent(entry.scenario, otherSide(entry.scenario, side));
  return opponent ? { scenarioId: entry.id, side, opponent, seed: 0 } : null;
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
  const aiSide = otherSide(scenario, side);
  let opponent: Opponent | null = change.opponent ?? setup.opponent;
  if (!change.opponent && !personasFor(scenario, aiSide).includes(opponent.persona)) {
    const fallback = defaultOpponent(scenario, aiSide);
    opponent = fallback ? { ...fallback, difficulty: setup.opponent.difficulty } : null;
  }
  if (!opponent || !personasFor(scenario, aiSide).includes(opponent.persona)) {
    const name = opponent?.persona ?? '';
    return refuse('UNKNOWN_PERSONA', `There is no opponent "${name}" for the other side in this scenario.`);
  }
  if (opponent.kind !== 'ai' || !isDifficulty(opponent.difficulty)) {
    return refuse('UNKNOWN_DIFFICULTY', `"${String(opponent.difficulty)}" is not a difficulty.`);
  }
  return ok({ scenarioId, side, opponent, seed: setup.seed });
}

function refuse(code: string, message: string): Result<never, Notice> {
  return err({ code, message });
}

/** A setup read back from a save, checked against the scenarios this build has. */
export function setupFrom(json: unknown, entry: ScenarioEntry): Setup | null {
  if (typeof json !== 'object' || json === null) return null;
  const { scenarioId, side, opponent, seed } = json as Record<string, unknown>;
  if (scenarioId !== entry.id || !isSideId(entry.scenario, side)) return null;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return null;
  if (typeof opponent !== 'object' || opponent === null) return null;
  const { kind, persona, difficulty } = opponent as Record<string, unknown>;
  if (kind !== 'ai' || typeof persona !== 'string' || typeof difficulty !== 'string') return null;
  if (!isDifficulty(difficulty)) return null;
  if (!personasFor(entry.scenario, otherSide(entry.scenario, side)).includes(persona)) return null;
  return { scenarioId, side, opponent: { kind: 'ai', persona, difficulty }, seed };
}
