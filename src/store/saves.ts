// The one saved game: written after every action, read back only through the engine's
// `restoreState`. Whatever is in storage, reading it never throws: it comes back as a game to
// continue or as a problem in words a player understands, and a broken save stays where it is
// until the player discards it.
import type { GameState, Rules } from '../engine';
import { err, ok, type Result } from '../result';
import type { KeyValueStorage, Notice, SaveSummary, ScenarioEntry, Setup } from './contract';
import { sentence } from './sentence';
import { setupFrom } from './setup';
import { readKey, removeKey, writeKey } from './storage';

export const SAVE_KEY = 'deadline-diplomacy/save/v1';
export const SAVE_FORMAT = 'deadline-diplomacy-save';
export const SAVE_VERSION = 1;

export type SaveProblemCode = 'SAVE_CORRUPT' | 'SAVE_INCOMPATIBLE' | 'SAVE_INVALID';

export interface SaveProblem extends Notice {
  readonly code: SaveProblemCode;
}

export interface LoadedSave {
  readonly entry: ScenarioEntry;
  readonly rules: Rules;
  readonly setup: Setup;
  readonly state: GameState;
}

export function encodeSave(setup: Setup, scenarioHash: string, state: GameState): string {
  return JSON.stringify({ format: SAVE_FORMAT, version: SAVE_VERSION, setup, scenarioHash, state });
}

export function writeSave(storage: KeyValueStorage, setup: Setup, rules: Rules, state: GameState): boolean {
  return writeKey(storage, SAVE_KEY, encodeSave(setup, rules.scenarioHash, state));
}

export function discardSave(storage: KeyValueStorage): void {
  removeKey(storage, SAVE_KEY);
}

export function summaryOf(save: LoadedSave): SaveSummary {
  return {
    scenarioId: save.entry.id,
    side: save.setup.side,
    date: save.state.date,
    round: save.state.round,
  };
}

/** The saved game, null when there is none, or why it cannot be continued. */
export function readSave(
  storage: KeyValueStorage,
  scenarios: readonly ScenarioEntry[],
  rulesFor: (entry: ScenarioEntry) => Rules,
): Result<LoadedSave, SaveProblem> | null {
  const text = readKey(storage, SAVE_KEY);
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem('SAVE_CORRUPT', 'The saved game is damaged: it cannot be read at all.');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return problem('SAVE_CORRUPT', 'The saved game is damaged: it holds no game.');
  }
  const file = json as Record<string, unknown>;
  if (file.format !== SAVE_FORMAT || file.version !== SAVE_VERSION) {
    return problem('SAVE_INCOMPATIBLE', 'The saved game was made by another version of the game.');
  }
  const setupJson = file.setup;
  const scenarioId =
    typeof setupJson === 'object' && setupJson !== null
      ? (setupJson as { scenarioId?: unknown }).scenarioId
      : null;
  const entry = scenarios.find((e) => e.id === scenarioId);
  if (!entry) {
    return problem(
      'SAVE_INCOMPATIBLE',
      'The saved game is of a scenario this version of the game does not have.',
    );
  }
  if (file.scenarioHash !== entry.hash) {
    return problem(
      'SAVE_INCOMPATIBLE',
      'The saved game was played on another version of this scenario, so it cannot go on here.',
    );
  }
  const setup = setupFrom(setupJson, entry);
  if (!setup)
    return problem(
      'SAVE_INVALID',
      'The saved game is damaged: its choice of side or opponent is unreadable.',
    );
  const rules = rulesFor(entry);
  const restored = rules.restoreState(file.state);
  if (!restored.ok) {
    const code = restored.error.code;
    if (code === 'ENGINE_VERSION' || code === 'SCENARIO_VERSION') {
      return problem('SAVE_INCOMPATIBLE', 'The saved game was made by another version of the rules.');
    }
    return problem('SAVE_INVALID', sentence(restored.error.message));
  }
  if (restored.value.seed !== setup.seed) {
    return problem(
      'SAVE_INVALID',
      'The saved game is damaged: its game and its setup do not belong together.',
    );
  }
  return ok({ entry, rules, setup, state: restored.value });
}

function problem(code: SaveProblemCode, message: string): Result<never, SaveProblem> {
  return err({ code, message });
}
