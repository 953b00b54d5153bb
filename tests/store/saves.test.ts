// Saves: Continue resumes exactly where the game stood, with the AI playing on as it would have;
// every kind of broken save gets its own code and words, and discarding it loses nothing else.
import { describe, expect, it } from 'vitest';
import { createRules, type GameState } from '../../src/engine';
import { SAVE_KEY } from '../../src/store/saves';
import { SETTINGS_KEY } from '../../src/store/settings';
import { editable } from '../support/editable';
import { MX, US } from '../support/sides';
import { entry, MapStorage, makeStore, personFor, playPerson, startAs } from './fixture';

const rules = createRules(entry.scenario, entry.hash);

function savedState(storage: MapStorage): GameState {
  const restored = rules.restoreState(
    (JSON.parse(storage.getItem(SAVE_KEY) ?? '') as { state: unknown }).state,
  );
  if (!restored.ok) throw new Error(restored.error.message);
  return restored.value;
}

function saveFile(storage: MapStorage): Record<string, unknown> {
  return JSON.parse(storage.getItem(SAVE_KEY) ?? '') as Record<string, unknown>;
}

/** A storage holding a game of a few moves, and the settings changed from their defaults. */
function storageWithSave(): MapStorage {
  const { store, storage } = makeStore();
  store.commands.setLang('es');
  startAs(store, US);
  playPerson(store, personFor(US), 3);
  store.commands.saveAndQuit();
  store.dispose();
  return storage;
}

function problemOf(storage: MapStorage, change: (file: Record<string, unknown>) => unknown) {
  storage.setItem(SAVE_KEY, JSON.stringify(change(saveFile(storage))));
  const { store } = makeStore({ storage });
  return store;
}

describe('saves', () => {
  it('continues a saved game to the same end, the AI making the same moves, as one never interrupted', () => {
    for (const side of [US, MX]) {
      const whole = makeStore();
      startAs(whole.store, side);
      playPerson(whole.store, personFor(side));
      const uninterrupted = savedState(whole.storage);
      expect(uninterrupted.phase).toBe('over');

      const first = makeStore();
      startAs(first.store, side);
      const person = personFor(side);
      playPerson(first.store, person, 4);
      const before = savedState(first.storage);
      expect(before.phase).not.toBe('over');
      expect(before.actionCount).toBeGreaterThan(4);
      first.store.commands.saveAndQuit();
      expect(first.store.getState().save).toMatchObject({ scenarioId: entry.id, side, round: before.round });
      first.store.dispose();

      const again = makeStore({ storage: first.storage });
      expect(again.store.getState().save).not.toBeNull();
      again.store.commands.continueGame();
      expect(again.store.getState().screen).toBe('negotiation');
      expect(again.store.getState().saveProblem).toBeNull();
      expect(rules.stateHash(savedState(first.storage))).toBe(rules.stateHash(before));
      // The same person goes on with the same moves; the AI must answer exactly as it did.
      playPerson(again.store, person);
      const resumed = savedState(first.storage);
      expect(resumed.log.filter((e) => e.kind === 'action')).toEqual(
        uninterrupted.log.filter((e) => e.kind === 'action'),
      );
      expect(rules.stateHash(resumed)).toBe(rules.stateHash(uninterrupted));
    }
  });

  it('calls a save that is not JSON corrupt, and keeps the settings', () => {
    const storage = storageWithSave();
    storage.setItem(SAVE_KEY, '{"format": "deadline-diplomacy-save", "vers');
    const { store } = makeStore({ storage });
    expect(store.getState().saveProblem?.code).toBe('SAVE_CORRUPT');
    expect(store.getState().save).toBeNull();
    expect(store.getState().settings.lang).toBe('es');
  });

  it('calls a save of another version, scenario or scenario version incompatible', () => {
    const cases: ((f: Record<string, unknown>) => unknown)[] = [
      (f) => ({ ...f, version: 2 }),
      (f) => ({ ...f, format: 'something-else' }),
      (f) => ({ ...f, scenarioHash: 'f'.repeat(64) }),
      (f) => ({ ...f, setup: { ...(f.setup as object), scenarioId: 'may-2020' } }),
      (f) => ({ ...f, state: { ...(f.state as object), engineVersion: '0.1.0' } }),
    ];
    for (const change of cases) {
      const store = problemOf(storageWithSave(), change);
      expect(store.getState().saveProblem?.code).toBe('SAVE_INCOMPATIBLE');
      expect(store.getState().saveProblem?.message).toMatch(/version|scenario/);
      expect(store.getState().settings.lang).toBe('es');
    }
  });

  it('calls a tampered state invalid, with the engine’s reason', () => {
    const store = problemOf(storageWithSave(), (f) => {
      const state = editable(f.state as GameState);
      state.round = 99;
      return { ...f, state };
    });
    const problem = store.getState().saveProblem;
    expect(problem?.code).toBe('SAVE_INVALID');
    expect(problem?.message).toMatch(/^This saved game/);
    // Continue is not offered, and asking for it anyway changes nothing.
    expect(store.getState().save).toBeNull();
    store.commands.continueGame();
    expect(store.getState().screen).toBe('title');
  });

  it('refuses, on Continue, a save the AI would now play differently', () => {
    const storage = storageWithSave();
    const store = problemOf(storage, (f) => ({
      ...f,
      setup: {
        ...(f.setup as object),
        opponent: { kind: 'ai', persona: 'sovereigntist', difficulty: 'hard' },
      },
    }));
    expect(store.getState().save).not.toBeNull();
    store.commands.continueGame();
    expect(store.getState()).toMatchObject({ screen: 'title', save: null, game: null });
    expect(store.getState().saveProblem?.code).toBe('SAVE_INCOMPATIBLE');
    expect(store.getState().saveProblem?.message).toMatch(/another version of the AI/);
  });

  it('discards the save alone, keeping the settings', () => {
    const storage = storageWithSave();
    storage.setItem(SAVE_KEY, 'not json');
    const { store } = makeStore({ storage });
    store.commands.discardSave();
    expect(store.getState()).toMatchObject({ save: null, saveProblem: null });
    expect([...storage.map.keys()]).toEqual([SETTINGS_KEY]);
    const again = makeStore({ storage });
    expect(again.store.getState()).toMatchObject({ save: null, saveProblem: null, settings: { lang: 'es' } });
  });

  it('never throws on a save, whatever storage holds', () => {
    const junk = ['', 'null', '[]', '42', '{}', '{"format":"deadline-diplomacy-save","version":1}'];
    for (const text of junk) {
      const storage = new MapStorage();
      storage.setItem(SAVE_KEY, text);
      const { store } = makeStore({ storage });
      expect(store.getState().saveProblem?.code, text).toMatch(/^SAVE_/);
      expect(() => store.commands.continueGame()).not.toThrow();
      expect(store.getState().screen).toBe('title');
    }
  });
});
