// The replay viewer through the session's commands: a game exported from the table opens again,
// steps, jumps, plays and looks through each lens; bad files leave the session as it was.
import { describe, expect, it } from 'vitest';
import { readReplay } from '../../src/replay/read';
import type { SessionStore } from '../../src/store/contract';
import { MX, US } from '../support/sides';
import { ManualScheduler, makeStore, personFor, playPerson, startAs } from './fixture';

/** A whole game as Mexico against the AI, exported from the debrief. */
function exportedGame(): { text: string; fileName: string; actions: number } {
  const { store } = makeStore();
  startAs(store, MX);
  playPerson(store, personFor(MX));
  store.commands.toDebrief();
  const exported = store.commands.exportReplay();
  if (!exported) throw new Error('nothing exported');
  const read = readReplay(exported.text);
  if (!read.ok) throw new Error(read.error.message);
  store.dispose();
  return { ...exported, actions: read.value.actions.length };
}

const game = exportedGame();

function viewer(scheduler = new ManualScheduler()): { store: SessionStore; scheduler: ManualScheduler } {
  const { store } = makeStore({ scheduler });
  store.commands.openReplays();
  store.commands.openReplay(game.text, game.fileName);
  return { store, scheduler };
}

describe('replays in the session', () => {
  it('exports the game at the table, with the person and the AI named, finished or not', () => {
    expect(game.fileName).toMatch(/^june-2019-2019-\d\d-\d\d-seed-\d+\.replay\.json$/);
    const read = readReplay(game.text);
    expect(read.ok && read.value.header.players).toEqual({
      mx: { kind: 'person' },
      us: { kind: 'ai', player: 'pragmatist:medium' },
    });
    expect(read.ok && read.value.header.settings).toEqual({ mode: 'vs-ai' });
    const { store } = makeStore();
    expect(store.commands.exportReplay()).toBeNull();
    startAs(store, US);
    playPerson(store, personFor(US), 1);
    const partial = store.commands.exportReplay();
    const again = partial ? readReplay(partial.text) : null;
    expect(again?.ok && again.value.final.outcome).toEqual({ kind: 'ongoing' });
    store.dispose();
  });

  it('opens a replay at the start, seeing everything, and steps through it', () => {
    const { store } = viewer();
    const s = store.getState();
    expect(s.screen).toBe('replay');
    expect(s.replay).toMatchObject({ step: 0, steps: game.actions, round: 0, lens: 'all', playing: false });
    expect(s.game?.observation.log.every((e) => e.round === 0)).toBe(true);
    store.commands.replayTo(5);
    expect(store.getState().replay?.step).toBe(5);
    store.commands.replayTo(10_000);
    expect(store.getState().replay?.step).toBe(game.actions);
    expect(store.getState().game?.observation.phase).toBe('over');
    expect(store.getState().game?.analysis).not.toBeNull();
    store.commands.replayTo(-3);
    expect(store.getState().replay?.step).toBe(0);
  });

  it('jumps to the start of any round, and opens at a round when asked', () => {
    const { store } = viewer();
    const rounds = store.getState().replay?.rounds ?? [];
    expect(rounds.length).toBeGreaterThan(2);
    for (const r of rounds) {
      store.commands.replayRound(r.round);
      expect(store.getState().replay).toMatchObject({ step: r.step, round: r.round });
      expect(store.getState().game?.observation.round).toBe(r.round);
    }
    const at = rounds[2];
    const { store: second } = makeStore();
    second.commands.openReplays();
    second.commands.openReplay(game.text, 'link', at?.round);
    expect(second.getState().replay?.step).toBe(at?.step);
  });

  it('shows one side only what that side saw, and everything in the "all" lens', () => {
    const { store } = viewer();
    store.commands.replayTo(game.actions);
    const all = store.getState().game?.observation;
    store.commands.replayLens(US);
    const us = store.getState().game?.observation;
    store.commands.replayLens(MX);
    const mx = store.getState().game?.observation;
    expect(us?.side).toBe(US);
    expect(mx?.side).toBe(MX);
    expect(all?.meters.every((m) => m.value !== null)).toBe(true);
    expect(us?.meters.some((m) => m.value === null)).toBe(true);
    expect((us?.log.length ?? 0) < (all?.log.length ?? 0)).toBe(true);
    expect((mx?.log.length ?? 0) < (all?.log.length ?? 0)).toBe(true);
    store.commands.replayLens('nobody' as typeof US);
    expect(store.getState().replay?.lens).toBe(MX);
  });

  it('plays one step per tick at the chosen speed, pauses, and stops at the end', () => {
    const { store, scheduler } = viewer();
    store.commands.replaySpeed(4);
    store.commands.replayPlay();
    expect(store.getState().replay?.playing).toBe(true);
    expect(scheduler.queue[scheduler.queue.length - 1]?.ms).toBe(250);
    scheduler.runNext();
    scheduler.runNext();
    expect(store.getState().replay?.step).toBe(2);
    store.commands.replayPause();
    expect(store.getState().replay?.playing).toBe(false);
    expect(scheduler.runNext()).toBe(false);
    store.commands.replayPlay();
    while (scheduler.runNext());
    expect(store.getState().replay).toMatchObject({ step: game.actions, playing: false });
    store.commands.replaySpeed(3);
    expect(store.getState().replay?.speed).toBe(4);
  });

  it('refuses a bad file on the replays screen, saying why, and keeps the save', () => {
    const { store, storage } = makeStore();
    startAs(store, MX);
    playPerson(store, personFor(MX), 2);
    store.commands.saveAndQuit();
    const save = storage.getItem('deadline-diplomacy/save/v1');
    store.commands.openReplays();
    const cases: [string, string][] = [
      ['', 'REPLAY_EMPTY'],
      [game.text.slice(0, 400), 'REPLAY_TRUNCATED'],
      ['not json', 'REPLAY_NOT_JSON'],
      [game.text.replace(/"seed": \d+/, '"seed": "x"'), 'REPLAY_MALFORMED'],
      [game.text.replace(/"hash": "[0-9a-f]+"/, '"hash": "0000000000000000"'), 'REPLAY_CHECKPOINT'],
    ];
    for (const [text, code] of cases) {
      store.commands.openReplay(text, 'bad.json');
      const s = store.getState();
      expect(s.screen).toBe('replays');
      expect(s.replayProblem?.code).toBe(code);
      expect(s.replayProblem?.source).toBe('bad.json');
      expect(s.replayProblem?.message).toMatch(/^[A-Z].*\.$/);
    }
    expect(store.getState().replayProblem?.details ?? []).toEqual([]);
    store.commands.openReplay(game.text.replace(/"seed": \d+/, '"seed": "x"'), 'bad.json');
    expect(store.getState().replayProblem?.details[0]).toMatch(/^bad\.json:\d+:\d+ header\.seed: /);
    store.commands.refuseReplay('huge.json', 6 * 2 ** 20);
    expect(store.getState().replayProblem?.code).toBe('REPLAY_TOO_LARGE');
    expect(storage.getItem('deadline-diplomacy/save/v1')).toBe(save);
    store.commands.toTitle();
    expect(store.getState().save).not.toBeNull();
  });

  it('shares a short game as a link that opens the same replay, and refuses a long one', () => {
    const { store } = makeStore();
    startAs(store, US);
    playPerson(store, personFor(US), 1);
    const link = store.commands.shareReplay('https://example.org/');
    expect(link.ok).toBe(true);
    const { store: viewerOfLong } = viewer();
    const long = viewerOfLong.commands.shareReplay('https://example.org/');
    expect(!long.ok && long.notice.code).toBe('REPLAY_LINK_TOO_LONG');
    expect(viewerOfLong.commands.exportReplay()?.text).toBe(game.text);
  });
});

describe('share links in the session', () => {
  it('opens a link at the round it names (counted from 1), or says what is wrong with it', () => {
    const { store } = makeStore();
    startAs(store, US);
    playPerson(store, personFor(US), 3);
    const link = store.commands.shareReplay('https://example.org/');
    if (!link.ok) throw new Error(link.notice.message);
    store.commands.toTitle();
    store.commands.openReplayLink(`${link.link}&round=2`);
    expect(store.getState()).toMatchObject({ screen: 'replay', replay: { source: 'link', round: 1 } });
    store.commands.toTitle();
    store.commands.openReplayLink('https://example.org/#r=1.garbage');
    expect(store.getState().screen).toBe('replays');
    expect(store.getState().replayProblem?.code).toBe('REPLAY_LINK_MALFORMED');
    store.commands.openReplayLink('https://example.org/');
    expect(store.getState().replayProblem?.message).toMatch(/^This is not a share link/);
    store.commands.openReplayLink('#r=9.AAAA');
    expect(store.getState().replayProblem?.code).toBe('REPLAY_LINK_VERSION');
  });
});
