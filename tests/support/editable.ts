// The one way a test gets a state it may write into: the engine hands out read-only states, and a
// test that builds a situation (a meter set high, a corrupted save) edits a deep copy instead.
import type { GameState } from '../../src/engine';
import type { GameDraft } from '../../src/engine/state';

/** A deep copy of `state` that shares nothing with it, typed as a draft so a test may edit it. */
export function editable(state: GameState): GameDraft {
  // States are plain JSON, so the text round trip is an exact copy; JSON.parse cannot know the type.
  return JSON.parse(JSON.stringify(state)) as GameDraft;
}

/** A copy of `state` edited by `change`: states are plain JSON, so this is a legal state. */
export function edited(state: GameState, change: (copy: GameDraft) => void): GameState {
  const copy = editable(state);
  change(copy);
  return copy;
}
