// The one way a game state comes back from outside (a save, a replay, a share link): checked
// against the engine version, the scenario, the full shape of `GameState` and the calendar, and
// returned as a fresh copy built from the checked values, sharing nothing with the input.
import { err, ok, type Result } from '../result';
import type { Scenario } from '../scenario/schema';
import type { RoundInfo } from './calendar';
import { describe, FAIL, isPlainObject, type Problem } from './restore/check';
import { consistencyProblems } from './restore/consistency';
import { type RestoreError, restoreError } from './restore/error';
import { type Known, knownOf } from './restore/known';
import { gameStateOf } from './restore/state';
import { ENGINE_VERSION, type GameState } from './state';

export type Restore = (json: unknown) => Result<GameState, RestoreError>;

/** Builds the checks once per scenario; the returned function restores any number of states. */
export function restorer(scenario: Scenario, scenarioHash: string, rounds: readonly RoundInfo[]): Restore {
  const known = knownOf(scenario, rounds);
  const check = gameStateOf(known);
  return (json) => {
    if (!isPlainObject(json))
      return err(restoreError('NOT_A_STATE', `a saved game is a JSON object, not ${describe(json)}`, []));
    const version = versionError(json, scenario, scenarioHash);
    if (version) return err(version);
    const problems: Problem[] = [];
    const state = check(json, '', problems);
    if (state === FAIL) return err(malformed(problems));
    return consistent(state, known);
  };
}

const short = (hash: string) => hash.slice(0, 12);

/** A state from other rules or another scenario would replay differently: say which versions differ. */
function versionError(json: Record<string, unknown>, scenario: Scenario, hash: string): RestoreError | null {
  const { engineVersion, scenarioId, scenarioHash } = json;
  if (typeof engineVersion === 'string' && engineVersion !== ENGINE_VERSION) {
    const message = `saved with engine ${engineVersion}, this is ${ENGINE_VERSION}`;
    return mismatch('ENGINE_VERSION', 'engineVersion', message);
  }
  if (typeof scenarioId === 'string' && scenarioId !== scenario.id) {
    const message = `saved with scenario "${scenarioId}", this is "${scenario.id}"`;
    return mismatch('SCENARIO_VERSION', 'scenarioId', message);
  }
  if (typeof scenarioHash === 'string' && scenarioHash !== hash) {
    const message = `saved with version ${short(scenarioHash)} of scenario "${scenario.id}", this is version ${short(hash)}`;
    return mismatch('SCENARIO_VERSION', 'scenarioHash', message);
  }
  return null;
}

function mismatch(code: 'ENGINE_VERSION' | 'SCENARIO_VERSION', path: string, message: string): RestoreError {
  return { code, message, problems: [{ path, message }] };
}

function malformed(problems: readonly Problem[]): RestoreError {
  const n = problems.length;
  return restoreError(
    'MALFORMED_STATE',
    `this saved game is damaged or was edited: ${n} problem${n === 1 ? '' : 's'}`,
    problems,
  );
}

function consistent(state: GameState, known: Known): Result<GameState, RestoreError> {
  const problems = consistencyProblems(state, known);
  if (problems.length === 0) return ok(state);
  const n = problems.length;
  const summary = `this saved game contradicts itself or the calendar: ${n} problem${n === 1 ? '' : 's'}`;
  return err(restoreError('INCONSISTENT_STATE', summary, problems));
}
