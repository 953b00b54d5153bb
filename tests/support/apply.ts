// Apply-or-throw for tests: a refused action fails the test with its code and reason.
import type { Action, ActionError, GameState, Rules } from '../../src/engine';
import type { Result } from '../../src/result';

/** Applies an action that the test expects to be legal; a refusal fails the test with its reason. */
export function must(rules: Rules, state: GameState, action: Action): GameState {
  const result = rules.apply(state, action);
  if (!result.ok)
    throw new Error(
      `expected ${JSON.stringify(action)} to be legal: ${result.error.code}: ${result.error.message}`,
    );
  return result.value;
}

/** Applies several legal actions in order. */
export function mustAll(rules: Rules, state: GameState, actions: Action[]): GameState {
  return actions.reduce((s, a) => must(rules, s, a), state);
}

/** What `validate` refused, or null when the action may be played. */
export function refusal(result: Result<unknown, ActionError>): ActionError | null {
  return result.ok ? null : result.error;
}
