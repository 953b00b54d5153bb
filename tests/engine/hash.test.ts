import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, type GameState, hashString, stateHash } from '../../src/engine';
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

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('ignores key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(reversedKeys(value))).toBe(canonicalJson(value));
      }),
    );
  });

  it('drops undefined members and writes undefined array items as null', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson([1, undefined, 2])).toBe('[1,null,2]');
  });

  it('writes -0 as 0 and parses back to the same value as JSON', () => {
    expect(canonicalJson({ x: -0 })).toBe('{"x":0}');
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
});

describe('hashString', () => {
  it('is pinned: the same text gives the same 64-bit digest in every release', () => {
    expect(hashString('')).toBe('13b5f3fe9016d63a');
    expect(hashString('Deadline Diplomacy')).toBe('97c77eca30be85e9');
    expect(hashString('a')).toBe('96d05dffe4d0c609');
  });

  it('is 16 lower-case hex digits and sensitive to every character', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), (text, at) => {
        const h = hashString(text);
        expect(h).toMatch(/^[0-9a-f]{16}$/);
        const i = at % text.length;
        const changed = text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ 1) + text.slice(i + 1);
        expect(hashString(changed)).not.toBe(h);
      }),
    );
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
    s = must(rules, s, { type: 'wait', side: 'mx' });
    const after = must(rules, s, { type: 'wait', side: 'us' });
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
    a = must(rules, a, { type: 'wait', side: 'mx' });
    a = must(rules, a, { type: 'wait', side: 'us' });
    let b = rules.newGame({ seed: 5 });
    b = must(rules, b, { type: 'propose', side: 'mx', package: { terms: { guard: 'troops-6000' } } });
    b = must(rules, b, { type: 'reject', side: 'us' });
    // The offer count is the only other trace; take it away to leave only the history different.
    b = edited(b, (s) => {
      s.offersMade.mx = 0;
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
