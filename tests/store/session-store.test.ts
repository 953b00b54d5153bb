// The session through its commands alone, as the views drive it: a whole game against the AI,
// refused moves, the AI's pause, and what the views may and may not see.
import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../src/store/contract';
import { SAVE_KEY } from '../../src/store/saves';
import { MX, US } from '../support/sides';
import { ManualScheduler, MapStorage, makeStore, personFor, playPerson, startAs } from './fixture';

function savedActionCount(storage: MapStorage): number {
  const text = storage.getItem(SAVE_KEY);
  if (text === null) throw new Error('no save');
  return (JSON.parse(text) as { state: { actionCount: number } }).state.actionCount;
}

describe('session store', () => {
  it('plays a whole game as either side, title to debrief, through commands only', () => {
    for (const side of [US, MX]) {
      const { store } = makeStore();
      const c = store.commands;
      expect(store.getState().screen).toBe('title');
      c.openSetup();
      expect(store.getState().screen).toBe('setup');
      expect(store.getState().setup?.opponent).toEqual({
        kind: 'ai',
        persona: 'pragmatist',
        difficulty: 'medium',
      });
      c.chooseSetup({ side });
      expect(store.getState().setup?.side).toBe(side);
      c.startGame();
      expect(store.getState().screen).toBe('brief');
      expect(store.getState().game?.observation.side).toBe(side);
      c.beginTalks();
      expect(store.getState().screen).toBe('negotiation');
      const made = playPerson(store, personFor(side));
      expect(made).toBeGreaterThan(0);
      const over = store.getState();
      expect(over.screen).toBe('negotiation');
      expect(over.game?.observation.phase).toBe('over');
      expect(over.game?.aiThinking).toBe(false);
      c.toDebrief();
      expect(store.getState().screen).toBe('debrief');
      expect(store.getState().game?.analysis?.frontier.length).toBeGreaterThan(0);
      c.toTitle();
      expect(store.getState()).toMatchObject({ screen: 'title', game: null, save: null });
      store.dispose();
    }
  });

  it('refuses a setup that names no side or persona of the scenario, and keeps the old one', () => {
    const { store } = makeStore();
    store.commands.openSetup();
    const before = store.getState().setup;
    store.commands.chooseSetup({ opponent: { kind: 'ai', persona: 'nobody', difficulty: 'hard' } });
    expect(store.getState().notice?.code).toBe('UNKNOWN_PERSONA');
    expect(store.getState().setup).toBe(before);
    store.commands.chooseSetup({ side: 'xx' as typeof US });
    expect(store.getState().notice?.code).toBe('UNKNOWN_SIDE');
    // A persona of the person's own side cannot sit across the table.
    store.commands.chooseSetup({
      side: US,
      opponent: { kind: 'ai', persona: 'hardliner', difficulty: 'hard' },
    });
    expect(store.getState().notice?.code).toBe('UNKNOWN_PERSONA');
    store.commands.chooseSetup({
      side: MX,
      opponent: { kind: 'ai', persona: 'hardliner', difficulty: 'hard' },
    });
    expect(store.getState().notice).toBeNull();
    expect(store.getState().setup?.opponent).toMatchObject({ persona: 'hardliner' });
  });

  it('turns a refused intent into a notice and changes nothing else', () => {
    const { store, storage } = makeStore();
    startAs(store, US);
    const before = store.getState();
    const saved = storage.getItem(SAVE_KEY);
    store.commands.act({ type: 'unilateral', move: 'no-such-move' });
    const after = store.getState();
    expect(after.notice?.code).toBeTruthy();
    expect({ ...after, notice: null }).toEqual(before);
    expect(after.game).toBe(before.game);
    expect(storage.getItem(SAVE_KEY)).toBe(saved);
    store.commands.clearNotice();
    expect(store.getState().notice).toBeNull();
  });

  it('sends a proposal as a counter when the person faces an offer', () => {
    const scheduler = new ManualScheduler();
    const { store, storage } = makeStore({ scheduler });
    startAs(store, US);
    // Mexico opens: its move waits on the scheduler until the test runs it.
    while (!store.getState().game?.observation.yourTurn) expect(scheduler.runNext()).toBe(true);
    const obs = store.getState().game?.observation;
    if (!obs?.standing) throw new Error('the AI made no offer');
    store.commands.act({ type: 'propose', package: { terms: { 'guard-size': 'troops-2000' } } });
    expect(store.getState().notice).toBeNull();
    const log = (
      JSON.parse(storage.getItem(SAVE_KEY) ?? '') as {
        state: { log: { kind: string; action?: { type: string } }[] };
      }
    ).state.log.filter((e) => e.kind === 'action');
    expect(log.at(-1)?.action?.type).toBe('counter');
  });

  it('autosaves after every action, the person’s and the AI’s', () => {
    const scheduler = new ManualScheduler();
    const { store, storage } = makeStore({ scheduler });
    startAs(store, US);
    const seen: number[] = [savedActionCount(storage)];
    const person = personFor(US);
    for (let i = 0; i < 30 && store.getState().game?.observation.phase !== 'over'; i++) {
      if (scheduler.runNext()) seen.push(savedActionCount(storage));
      else {
        playPerson(store, person, 1);
        seen.push(savedActionCount(storage));
      }
    }
    expect(seen).toEqual(seen.map((_, i) => i));
  });

  it('waits the pause before an AI move, and skipPause shows it at once', () => {
    const scheduler = new ManualScheduler();
    const { store } = makeStore({ scheduler });
    // Mexico opens the talks: the person plays the United States, so the AI moves first.
    startAs(store, US);
    expect(store.getState().game?.aiThinking).toBe(true);
    expect(scheduler.queue[0]?.ms).toBe(store.getState().settings.aiPauseMs);
    const before = store.getState().game?.observation.log.length ?? 0;
    store.commands.skipPause();
    // The timer is cancelled, so it cannot play a second move when it fires.
    expect(scheduler.queue[0]?.cancelled).toBe(true);
    expect(store.getState().game?.observation.log.length).toBeGreaterThan(before);
  });

  it('schedules nothing while paused, and goes on after resume', () => {
    const scheduler = new ManualScheduler();
    const { store } = makeStore({ scheduler });
    startAs(store, US);
    store.commands.pause();
    expect(store.getState()).toMatchObject({ paused: true, game: { aiThinking: false } });
    expect(scheduler.waiting).toBe(0);
    store.commands.resume();
    expect(store.getState().paused).toBe(false);
    expect(scheduler.waiting).toBe(1);
  });

  it('answers "what would it take?" from the AI and explains its rejections', () => {
    const { store } = makeStore();
    startAs(store, MX);
    store.commands.askWhatItTakes({ terms: {} });
    expect(store.getState().game?.counterpart?.kind).toBe('answer');
    // The least Mexico could offer: the AI rejects or counters it and says why.
    store.commands.act({ type: 'propose', package: { terms: { 'guard-size': 'troops-2000' } } });
    expect(store.getState().notice).toBeNull();
    const words = store.getState().game?.counterpart;
    expect(words?.kind).toBe('explanation');
    if (words?.kind === 'explanation') expect(words.explanation.accepts).toBe(false);
  });

  it('gives views no game state, only the person’s observation', () => {
    const { store } = makeStore();
    startAs(store, US);
    const state: SessionState = store.getState();
    expect(Object.keys(state).sort()).toEqual(
      [
        'classResults',
        'game',
        'handoff',
        'notice',
        'paused',
        'replay',
        'replayProblem',
        'save',
        'saveProblem',
        'scenarioProblem',
        'scenarios',
        'screen',
        'settings',
        'setup',
        'timer',
      ].sort(),
    );
    expect(Object.keys(state.game ?? {}).sort()).toEqual(
      ['aiThinking', 'analysis', 'counterpart', 'observation', 'scenario', 'setup'].sort(),
    );
    const text = JSON.stringify({ ...state, scenarios: [], game: { ...state.game, scenario: null } });
    for (const key of ['"rng"', '"actionsDigest"', '"engineVersion"']) expect(text).not.toContain(key);
    expect(state.game?.observation.side).toBe(US);
  });

  it('returns an unsubscribe that works, and leaves no listener after dispose', () => {
    const { store } = makeStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.commands.openSetup();
    expect(calls).toBe(1);
    off();
    store.commands.toTitle();
    expect(calls).toBe(1);
    let late = 0;
    store.subscribe(() => late++);
    store.dispose();
    store.commands.openSetup();
    expect(late).toBe(0);
  });

  it('plays ten games in a row with nothing left behind', () => {
    const { store, storage } = makeStore();
    for (let game = 0; game < 10; game++) {
      let calls = 0;
      const off = store.subscribe(() => calls++);
      startAs(store, game % 2 === 0 ? US : MX);
      playPerson(store, personFor(game % 2 === 0 ? US : MX, game));
      store.commands.toDebrief();
      store.commands.toTitle();
      off();
      const seen = calls;
      store.commands.openSetup();
      store.commands.toTitle();
      expect(calls).toBe(seen);
      expect(store.getState().game).toBeNull();
      // A finished game leaves no save behind, and the settings are all that stays.
      expect([...storage.map.keys()].filter((k) => k === SAVE_KEY)).toEqual([]);
    }
    store.dispose();
  });
});

describe('session store on a storage that refuses writes', () => {
  it('plays on, saying the game could not be saved', () => {
    const storage = new MapStorage();
    storage.setItem = () => {
      throw new Error('quota exceeded');
    };
    const { store } = makeStore({ storage });
    expect(() => startAs(store, MX)).not.toThrow();
    store.commands.act({ type: 'propose', package: { terms: { 'guard-size': 'troops-2000' } } });
    expect(store.getState().notice?.code).toBe('SAVE_FAILED');
    expect(store.getState().game?.observation.log.some((e) => e.kind === 'action')).toBe(true);
  });
});
