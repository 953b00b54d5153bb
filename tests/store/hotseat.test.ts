// Two people on one device: each turn shows only the side to move, after the device has passed;
// the two briefs are never on screen together; the game saves, continues and replays as hotseat.
import { describe, expect, it } from 'vitest';
import { readReplay } from '../../src/replay/read';
import type { SessionStore } from '../../src/store/contract';
import { MX, US } from '../support/sides';
import { intentOf, ManualScheduler, makeStore, personFor, seatOf } from './fixture';

function startHotseat(store: SessionStore, timerMinutes: number | null = null): void {
  store.commands.openSetup();
  store.commands.chooseSetup({ opponent: { kind: 'person' }, timerMinutes });
  store.commands.startGame();
}

/** Plays both sides to the end: takes the device when asked, moves for whoever holds it. */
function playBoth(store: SessionStore, moves = Number.POSITIVE_INFINITY): { handoffs: number } {
  const people = { [US]: personFor(US, 3), [MX]: personFor(MX, 5) };
  let handoffs = 0;
  for (let made = 0, guard = 0; guard < 1000 && made < moves; guard++) {
    const s = store.getState();
    if (!s.game || s.game.observation.phase === 'over') break;
    if (s.handoff) {
      const shownBefore = s.game.observation.side;
      expect(shownBefore, 'the cover is up, and the view is still the side that moved').not.toBe(s.handoff);
      store.commands.takeDevice();
      handoffs++;
      continue;
    }
    const obs = s.game.observation;
    expect(obs.yourTurn, 'the side on screen is the side to move').toBe(true);
    store.commands.act(intentOf((people[obs.side] ?? personFor(obs.side)).decide(seatOf(obs))));
    expect(store.getState().notice).toBeNull();
    made++;
  }
  return { handoffs };
}

describe('hotseat', () => {
  it('shows each brief to its own side alone, then the side to move, title to debrief', () => {
    const { store } = makeStore();
    startHotseat(store);
    const c = store.commands;
    expect(store.getState()).toMatchObject({ screen: 'brief', handoff: US });
    c.beginTalks();
    expect(store.getState().screen, 'no brief is read before the device is taken').toBe('brief');
    c.takeDevice();
    expect(store.getState()).toMatchObject({ handoff: null, game: { observation: { side: US } } });
    c.beginTalks();
    // Mexico's turn to read: the cover first, and the US's view stays the US's until then.
    expect(store.getState()).toMatchObject({
      screen: 'brief',
      handoff: MX,
      game: { observation: { side: US } },
    });
    c.takeDevice();
    expect(store.getState().game?.observation.side).toBe(MX);
    c.beginTalks();
    expect(store.getState().screen).toBe('negotiation');
    const { handoffs } = playBoth(store);
    expect(handoffs).toBeGreaterThan(2);
    expect(store.getState().game?.observation.phase).toBe('over');
    c.toDebrief();
    expect(store.getState().screen).toBe('debrief');
    const exported = c.exportReplay();
    const file = exported ? readReplay(exported.text) : null;
    expect(file?.ok && file.value.header).toMatchObject({
      players: { us: { kind: 'person' }, mx: { kind: 'person' } },
      settings: { mode: 'hotseat' },
    });
    store.dispose();
  });

  it('refuses moves while the device is passing, and has no AI to ask', () => {
    const { store } = makeStore();
    startHotseat(store);
    store.commands.takeDevice();
    store.commands.beginTalks();
    store.commands.takeDevice();
    store.commands.beginTalks();
    if (store.getState().handoff) store.commands.takeDevice();
    playBoth(store, 1);
    const s = store.getState();
    if (s.handoff) {
      store.commands.act({ type: 'wait' });
      expect(store.getState().notice?.code).toBe('HANDOFF');
      store.commands.takeDevice();
    }
    const obs = store.getState().game?.observation;
    if (!obs) throw new Error('no game');
    store.commands.askWhatItTakes({ terms: {} });
    expect(store.getState().notice?.code).toBe('NO_AI');
    store.dispose();
  });

  it('continues a saved hotseat game with the side to move, behind the cover', () => {
    const { store, storage } = makeStore();
    startHotseat(store);
    for (let i = 0; i < 2; i++) {
      store.commands.takeDevice();
      store.commands.beginTalks();
    }
    playBoth(store, 3);
    const turn = store.getState().game?.observation.turn.side;
    store.commands.saveAndQuit();
    const { store: again } = makeStore({ storage });
    again.commands.continueGame();
    const s = again.getState();
    expect(s.screen).toBe('negotiation');
    expect(s.handoff).toBe(s.handoff === null ? null : (turn ?? null));
    expect(s.handoff).not.toBeNull();
    again.commands.takeDevice();
    playBoth(again);
    expect(again.getState().game?.observation.phase).toBe('over');
  });
});

describe('the meeting timer', () => {
  it('is off by default, counts down only while a person is to move, pauses, extends and passes the turn', () => {
    const off = makeStore().store;
    startHotseat(off);
    expect(off.getState().timer).toBeNull();

    const scheduler = new ManualScheduler();
    const { store } = makeStore({ scheduler });
    startHotseat(store, 2);
    for (let i = 0; i < 2; i++) {
      store.commands.takeDevice();
      store.commands.beginTalks();
    }
    if (store.getState().handoff) store.commands.takeDevice();
    expect(store.getState().timer).toEqual({ limitMs: 120_000, remainingMs: 120_000, running: true });
    scheduler.runNext();
    expect(store.getState().timer?.remainingMs).toBe(119_000);
    store.commands.pauseTimer();
    expect(store.getState().timer?.running).toBe(false);
    expect(scheduler.runNext()).toBe(false);
    store.commands.extendTimer();
    expect(store.getState().timer).toMatchObject({ remainingMs: 179_000, running: true });
    // The pause menu holds the clock, and gives it back.
    store.commands.pause();
    expect(store.getState().timer?.running).toBe(false);
    store.commands.resume();
    expect(store.getState().timer?.running).toBe(true);
    const before = store.getState().game?.observation.log.length ?? 0;
    const mover = store.getState().game?.observation.turn.side;
    for (let i = 0; i < 179; i++) scheduler.runNext();
    const s = store.getState();
    expect(s.notice?.code).toBe('TIME_UP');
    expect(s.game?.observation.log.length ?? 0).toBeGreaterThan(before);
    // The side that ran out passed; the device goes to the other side.
    expect(s.handoff).not.toBe(mover);
  });
});
