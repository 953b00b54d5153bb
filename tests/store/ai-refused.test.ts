// An AI move the engine refuses cannot happen with the real players (the rules check every move,
// and the gauntlet plays thousands of games); a stand-in player that breaks the rules shows the
// store stops the AI with a notice instead of throwing.
import { describe, expect, it, vi } from 'vitest';
import { MX } from '../support/sides';
import { makeStore, startAs } from './fixture';

vi.mock('../../src/ai/registry', async (original) => {
  const real = await original<typeof import('../../src/ai/registry')>();
  return {
    ...real,
    createPlayer: (_spec: unknown, context: { side: string }) => ({
      name: 'rule-breaker',
      decide: () => ({ type: 'unilateral', side: context.side, move: 'no-such-move' }),
    }),
  };
});

describe('an AI move the engine refuses', () => {
  it('sets a notice, stops the AI and throws nothing', () => {
    const { store } = makeStore();
    startAs(store, MX);
    expect(() =>
      store.commands.act({ type: 'propose', package: { terms: { 'guard-size': 'troops-2000' } } }),
    ).not.toThrow();
    const state = store.getState();
    expect(state.notice?.code).toBe('AI_REFUSED');
    expect(state.game?.aiThinking).toBe(false);
    expect(state.game?.observation.yourTurn).toBe(false);
  });
});
