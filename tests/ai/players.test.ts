import { describe, expect, it } from 'vitest';
import { playMatch, seatFor } from '../../src/ai/match';
import { createPlayer } from '../../src/ai/registry';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const players = (us: 'random' | 'history', mx: 'random' | 'history', seed: number) => ({
  us: createPlayer({ kind: us }, { scenario: rules.scenario, side: US, seed }),
  mx: createPlayer({ kind: mx }, { scenario: rules.scenario, side: MX, seed }),
});

describe('history player', () => {
  it('replays June 2019: the Joint Declaration is signed on the afternoon of June 7', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const { state } = playMatch(rules, players('history', 'history', seed), seed);
      expect(state.outcome.kind).toBe('deal');
      if (state.outcome.kind !== 'deal') continue;
      expect(state.outcome.historical).toBe(true);
      expect(state.outcome.date).toBe('2019-06-07');
      expect(rules.rounds[state.outcome.round]?.slot).toBe('pm');
      // Mexico opened, as it really did, by offering the Guard.
      const first = state.log.find((e) => e.kind === 'action');
      expect(first?.kind === 'action' && first.action.side).toBe(MX);
    }
  });

  it('speaks every scripted move in both languages', () => {
    const { state } = playMatch(rules, players('history', 'history', 1), 1);
    const said = state.log.flatMap((e) => (e.kind === 'action' && e.action.say ? [e.action.say.text] : []));
    expect(said.length).toBeGreaterThanOrEqual(rules.scenario.historical.script.length - 1);
    for (const text of said) {
      expect(text.en.length).toBeGreaterThan(0);
      expect(text.es.length).toBeGreaterThan(0);
    }
  });

  it('steers back to the historical deal against an unpredictable opponent', () => {
    let historical = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const { state } = playMatch(rules, players('history', 'random', seed), seed);
      if (state.outcome.kind === 'deal' && state.outcome.historical) historical++;
    }
    expect(historical).toBeGreaterThan(0);
  });
});

describe('random player', () => {
  it('only ever chooses legal actions and is reproducible from its seed', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const a = playMatch(rules, players('random', 'random', seed), seed);
      const b = playMatch(rules, players('random', 'random', seed), seed);
      expect(rules.stateHash(a.state)).toBe(rules.stateHash(b.state));
      expect(a.actions).toEqual(b.actions);
    }
  });

  it('reaches more than one kind of outcome', () => {
    const kinds = new Set<string>();
    for (let seed = 1; seed <= 400; seed++)
      kinds.add(playMatch(rules, players('random', 'random', seed), seed).state.outcome.kind);
    expect(kinds.size).toBeGreaterThan(1);
  });
});

describe('seat', () => {
  it('builds the observation only when asked, and only once', () => {
    const state = rules.newGame({ seed: 1 });
    let calls = 0;
    const counting = {
      ...rules,
      observe: (...args: Parameters<typeof rules.observe>) => {
        calls++;
        return rules.observe(...args);
      },
    };
    const seat = seatFor(counting, state, MX);
    expect(seat.legal()).toEqual(rules.legalActions(state, MX));
    expect(calls).toBe(0);
    expect(seat.observe()).toBe(seat.observe());
    expect(calls).toBe(1);
  });
});
