// Class results through the session: replay files and share links verified one by one, the bad
// ones named and left out, the CSV without file names; a dropped scenario joins the setup.
import { describe, expect, it } from 'vitest';
import { encodeReplay } from '../../src/replay/format';
import { sharePayload } from '../../src/replay/share-link';
import type { SessionStore } from '../../src/store/contract';
import { cutShort, playedGame, replayOf } from '../replay/games';
import { loadRules } from '../support/scenarios';
import { entry, makeStore } from './fixture';

const rules = loadRules();
const files = (['pragmatist', 'historical', 'random'] as const).map((p, i) => ({
  text: encodeReplay(replayOf(rules, playedGame(rules, [p, p], i + 1), [p, p])),
  source: `group-${i + 1}.json`,
}));

function atResults(): SessionStore {
  const { store } = makeStore();
  store.commands.openClassroom();
  store.commands.openClassResults();
  return store;
}

describe('class results in the session', () => {
  it('adds every good replay, names each bad one, and builds the tables again', () => {
    const store = atResults();
    expect(store.getState().screen).toBe('class-results');
    store.commands.addClassReplays([
      ...files,
      { text: 'nope', source: 'bad.json' },
      { text: '', source: 'big.json', bytes: 6e6 },
    ]);
    const view = store.getState().classResults;
    expect(view?.results.rows).toHaveLength(3);
    expect(view?.refused.map((r) => [r.source, r.code])).toEqual([
      ['bad.json', 'REPLAY_NOT_JSON'],
      ['big.json', 'REPLAY_TOO_LARGE'],
    ]);
    const csv = store.commands.classCsv();
    expect(csv?.fileName).toBe('class-results.csv');
    expect(csv?.text.trim().split(/\r?\n/)).toHaveLength(4);
    expect(csv?.text).not.toMatch(/group-\d|bad\.json/);
    store.commands.clearClassResults();
    expect(store.getState().classResults).toBeNull();
    expect(store.commands.classCsv()).toBeNull();
  });

  it('adds share links, one per line, and names the broken ones', () => {
    const store = atResults();
    const short = replayOf(rules, cutShort(rules, playedGame(rules, ['random', 'random'], 4), 3), [
      'random',
      'random',
    ]);
    store.commands.addClassLinks(
      `https://example.org/#r=${sharePayload(short)}\n\nhttps://example.org/#r=1.zz\nnot a link`,
    );
    const view = store.getState().classResults;
    expect(view?.results.rows).toHaveLength(1);
    expect(view?.refused.map((r) => r.source)).toEqual(['link 2', 'link 3']);
  });

  it('takes replays only on the class results screen', () => {
    const { store } = makeStore();
    store.commands.addClassReplays(files);
    expect(store.getState().classResults).toBeNull();
  });
});

describe('a scenario dropped in', () => {
  it('joins the scenarios and is chosen; an id already taken by another version is refused', () => {
    const { store } = makeStore();
    store.commands.openSetup();
    const variant = {
      ...entry,
      id: 'june-2019-variant',
      hash: 'f'.repeat(64),
      scenario: { ...entry.scenario, id: 'june-2019-variant' },
    };
    store.commands.addScenario(variant);
    expect(store.getState().scenarios.map((e) => e.id)).toEqual([entry.id, 'june-2019-variant']);
    expect(store.getState().setup?.scenarioId).toBe('june-2019-variant');
    store.commands.addScenario({ ...entry, hash: '0'.repeat(64) });
    expect(store.getState().scenarioProblem?.code).toBe('SCENARIO_ID_TAKEN');
    store.commands.refuseScenario({
      code: 'SCENARIO_INVALID',
      message: 'Bad.',
      source: 'x.yaml',
      details: ['x.yaml:1:1 id: wrong'],
    });
    expect(store.getState().scenarioProblem?.details).toEqual(['x.yaml:1:1 id: wrong']);
  });
});
