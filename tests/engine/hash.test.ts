import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type GameState, hashValue, stateHash } from '../../src/engine';
import { MX, US } from '../support/sides';
import { loadRules } from './fixture';
import { edited, must, randomGame } from './play';

/** The same value with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value === 'object' && value !== null) {
    // fromEntries defines own members, so even a "__proto__" key stays an ordinary member.
    const entries = Object.entries(value).reverse();
    return Object.fromEntries(entries.map(([k, v]) => [k, reversedKeys(v)]));
  }
  return value;
}

describe('hashValue', () => {
  it('ignores key order at every depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(hashValue(reversedKeys(value))).toBe(hashValue(value));
      }),
    );
  });

  it('drops undefined members, reads undefined array items as null, and -0 as 0', () => {
    expect(hashValue({ a: 1, b: undefined })).toBe(hashValue({ a: 1 }));
    expect(hashValue([1, undefined, 2])).toBe(hashValue([1, null, 2]));
    expect(hashValue({ x: -0 })).toBe(hashValue({ x: 0 }));
  });

  it('survives a JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(hashValue(JSON.parse(JSON.stringify(value)))).toBe(hashValue(value));
      }),
    );
  });

  it('tells apart values that JSON text would blur: types, nesting and order in arrays', () => {
    const values = [
      0,
      '0',
      false,
      null,
      [],
      {},
      [0],
      { 0: 0 },
      [1, 2],
      [2, 1],
      { a: [1] },
      { a: 1 },
      'ab',
      ['a', 'b'],
    ];
    expect(new Set(values.map((v) => hashValue(v))).size).toBe(values.length);
  });

  it('is sensitive to every character of a string and every bit of a number', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), (text, at) => {
        const i = at % text.length;
        const changed = text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ 1) + text.slice(i + 1);
        expect(hashValue({ text: changed })).not.toBe(hashValue({ text }));
      }),
    );
    expect(hashValue(0.1 + 0.2)).not.toBe(hashValue(0.3));
  });

  it('is pinned: the same value gives the same 64-bit digest in every release and engine', () => {
    const value = {
      game: 'Deadline Diplomacy',
      tariff: [5, 10, 15, 20, 25],
      peso: 19.6,
      over: false,
      deal: null,
    };
    expect(hashValue(value)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashValue(value)).toBe('d375dcbf2e56680e');
  });
});

describe('stateHash', () => {
  const rules = loadRules();

  it('is equal for structurally equal states, whatever their key order', () => {
    const a = rules.newGame({ seed: 11 });
    const b = rules.newGame({ seed: 11 });
    expect(b).toEqual(a);
    expect(stateHash(b)).toBe(stateHash(a));
    expect(stateHash(reversedKeys(a) as GameState)).toBe(stateHash(a));
    expect(rules.stateHash(a)).toBe(stateHash(a));
  });

  it('differs between seeds and when any part of the state differs', () => {
    const a = rules.newGame({ seed: 11 });
    expect(stateHash(rules.newGame({ seed: 12 }))).not.toBe(stateHash(a));
    expect(
      stateHash(
        edited(a, (s) => {
          s.meters.approval = (s.meters.approval ?? 0) + 0.0001;
        }),
      ),
    ).not.toBe(stateHash(a));
    expect(
      stateHash(
        edited(a, (s) => {
          s.turn.slotUsed = true;
        }),
      ),
    ).not.toBe(stateHash(a));
    expect(
      stateHash(
        edited(a, (s) => {
          s.world.encounters += 1;
        }),
      ),
    ).not.toBe(stateHash(a));
  });

  it('changes after every applied action, and never repeats within a game', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { states } = randomGame(rules, seed);
      const hashes = states.map(stateHash);
      expect(new Set(hashes).size).toBe(hashes.length);
    }
  });

  it('changes after an action that changes nothing but the history (a wait)', () => {
    let s = rules.newGame({ seed: 3 });
    s = must(rules, s, { type: 'wait', side: MX });
    const after = must(rules, s, { type: 'wait', side: US });
    expect(stateHash(after)).not.toBe(stateHash(s));
  });

  it('is unchanged by a JSON round trip or a structured clone, at every point of a game', () => {
    for (let seed = 1; seed <= 10; seed++) {
      for (const state of randomGame(rules, seed).states) {
        const json = JSON.parse(JSON.stringify(state)) as GameState;
        expect(json).toEqual(state);
        expect(stateHash(json)).toBe(stateHash(state));
        expect(stateHash(structuredClone(state))).toBe(stateHash(state));
      }
    }
  });

  it('covers the history: two games in the same place by different paths hash differently', () => {
    // mx waits then us waits, or mx proposes and us rejects: both reach round 1 with no offer standing.
    let a = rules.newGame({ seed: 5 });
    a = must(rules, a, { type: 'wait', side: MX });
    a = must(rules, a, { type: 'wait', side: US });
    let b = rules.newGame({ seed: 5 });
    b = must(rules, b, { type: 'propose', side: MX, package: { terms: { guard: 'troops-6000' } } });
    b = must(rules, b, { type: 'reject', side: US });
    // The offer count is the only other trace; take it away to leave only the history different.
    b = edited(b, (s) => {
      s.offersMade = { ...s.offersMade, [MX]: 0 };
    });
    // Everything but the history (the log, the timeline and the running digest of them) is equal.
    const present = (s: GameState) =>
      Object.fromEntries(
        Object.entries(s).filter(([k]) => k !== 'log' && k !== 'timeline' && !k.endsWith('Digest')),
      );
    expect(present(b)).toEqual(present(a));
    expect(stateHash(b)).not.toBe(stateHash(a));
  });
});
