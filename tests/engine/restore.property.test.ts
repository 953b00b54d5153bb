// restoreState under fire: states from random games, corrupted at random, are either refused or play
// to the end cleanly; uncorrupted, they restore to the very same state and play on identically.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameState, Rules } from '../../src/engine';
import { loadRules as loadJune } from '../support/scenarios';
import { loadRules as loadFixture } from './fixture';
import { randomAction, randomGame, testRandom } from './play';

const RUNS = 1000;
/** States swept field by field, each field with a few of the corruptions (about 1,000 restores each). */
const SWEEPS = 12;
const KINDS_PER_FIELD = 4;
const RULES: readonly Rules[] = [loadJune(), loadFixture()];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

const isContainer = (v: Json | undefined): v is Container => typeof v === 'object' && v !== null;
const keysOf = (c: Container): (string | number)[] =>
  Array.isArray(c) ? c.map((_, i) => i) : Object.keys(c);

const CORRUPTIONS = [
  'remove',
  'retype',
  'nan',
  'null',
  'infinity',
  'out-of-range',
  'negative',
  'nudge',
  'unknown-id',
  'wrong-length',
  'string-number',
  'extra-key',
] as const;
type Corruption = (typeof CORRUPTIONS)[number];

function retyped(v: Json): Json {
  if (typeof v === 'number') return true;
  if (typeof v === 'string') return 42;
  if (typeof v === 'boolean') return 'yes';
  if (Array.isArray(v)) return {};
  return v === null ? 0 : [];
}

/** The corrupted value for `v`; `undefined` removes it. Values are set directly, so NaN survives. */
function corrupted(kind: Corruption, v: Json, pick: number): Json | undefined {
  const n = typeof v === 'number' ? v : 1;
  switch (kind) {
    case 'remove':
      return undefined;
    case 'retype':
      return retyped(v);
    case 'nan':
      return Number.NaN;
    case 'null':
      return null;
    case 'infinity':
      return pick % 2 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    case 'out-of-range':
      return pick % 2 ? n * 1e6 + 1e6 : -n * 1e6 - 1e6;
    case 'negative':
      return -n - 1;
    case 'nudge':
      return pick % 2 ? n + 1 : n + 0.5;
    case 'unknown-id':
      return 'no-such-id';
    case 'wrong-length':
      if (!Array.isArray(v)) return [v];
      return pick % 2 ? [...v, v[v.length - 1] ?? 0] : v.slice(1);
    case 'string-number':
      return String(n);
    case 'extra-key':
      return isContainer(v) && !Array.isArray(v) ? { ...v, extra: 1 } : { value: v };
  }
}

function setAt(parent: Container, key: string | number, value: Json | undefined): void {
  if (Array.isArray(parent)) {
    if (value === undefined) parent.splice(key as number, 1);
    else parent[key as number] = value;
  } else if (value === undefined) delete parent[key as string];
  else parent[key as string] = value;
}

type Path = readonly (string | number)[];

function corruptAt(root: Container, path: Path, kind: Corruption, pick: number): void {
  let parent = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as Container;
  const key = path[path.length - 1] as string | number;
  const value = (parent as Record<string | number, Json>)[key] as Json;
  setAt(parent, key, corrupted(kind, value, pick));
}

/** Walks down from the root by the choices given, stopping at random: the path to corrupt. */
function walk(root: Container, choices: readonly number[]): Path {
  const path: (string | number)[] = [];
  let node: Json = root;
  for (const [i, choice] of choices.entries()) {
    if (!isContainer(node) || keysOf(node).length === 0 || (i > 0 && choice % 3 === 0)) break;
    const key = keysOf(node)[choice % keysOf(node).length] as string | number;
    path.push(key);
    node = (node as Record<string | number, Json>)[key] as Json;
  }
  return path;
}

/** Every path in the value, except that a list's entries are sampled by its first and last. */
function everyPath(node: Json, path: Path = []): Path[] {
  if (!isContainer(node)) return [];
  const keys = keysOf(node);
  const sampled = Array.isArray(node) && keys.length > 2 ? [keys[0], keys[keys.length - 1]] : keys;
  return sampled.flatMap((key) => {
    const child = (node as Record<string | number, Json>)[key as string | number] as Json;
    const here = [...path, key as string | number];
    return [here, ...everyPath(child, here)];
  });
}

function numbersAreFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(numbersAreFinite);
  if (value && typeof value === 'object') return Object.values(value).every(numbersAreFinite);
  return true;
}

/** Plays random legal actions to the end, failing on any refusal, NaN or meter out of bounds. */
function playsCleanly(rules: Rules, state: GameState, seed: number): void {
  const random = testRandom(seed);
  let s = state;
  for (let i = 0; s.phase !== 'over'; i++) {
    if (i > 2000) throw new Error('the restored game did not end');
    const action = randomAction(rules, s, random);
    const result = rules.apply(s, action);
    if (!result.ok)
      throw new Error(`a legal action was refused: ${result.error.code} ${result.error.message}`);
    s = result.value;
    if (!numbersAreFinite(s)) throw new Error(`a number went NaN or infinite at action ${s.actionCount}`);
    for (const m of rules.scenario.meters) {
      const v = s.meters[m.id];
      if (v === undefined || !(v >= m.min && v <= m.max)) throw new Error(`meter ${m.id} = ${v}`);
    }
  }
}

const game = fc.record({ scenario: fc.nat({ max: RULES.length - 1 }), seed: fc.nat(), pick: fc.nat() });
const corruption = fc.record({
  kind: fc.constantFrom(...CORRUPTIONS),
  choices: fc.array(fc.nat(), { minLength: 2, maxLength: 8 }),
});

function stateFrom({ scenario, seed, pick }: { scenario: number; seed: number; pick: number }) {
  const rules = RULES[scenario] as Rules;
  const { states, actions } = randomGame(rules, seed);
  const i = pick % states.length;
  return { rules, states, actions, i, state: states[i] as GameState };
}

describe('restoreState on states from random games', () => {
  it('restores every valid state to an equal one that plays on identically', () => {
    fc.assert(
      fc.property(game, (g) => {
        const { rules, states, actions, i, state } = stateFrom(g);
        const result = rules.restoreState(JSON.parse(JSON.stringify(state)));
        if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
        expect(result.value).toEqual(state);
        expect(rules.stateHash(result.value)).toBe(rules.stateHash(state));
        let s = result.value;
        for (const a of actions.slice(i)) {
          const r = rules.apply(s, a);
          if (!r.ok) throw new Error(r.error.message);
          s = r.value;
        }
        expect(rules.stateHash(s)).toBe(rules.stateHash(states[states.length - 1] as GameState));
      }),
      { numRuns: RUNS },
    );
  });

  /** A corrupted state is refused with at least one problem, or it plays to the end cleanly. */
  function survives(rules: Rules, copy: Container, seed: number): void {
    const result = rules.restoreState(copy);
    if (result.ok) playsCleanly(rules, result.value, seed);
    else expect(result.error.problems.length).toBeGreaterThan(0);
  }

  it('refuses a corruption of any field, or plays it to the end cleanly', () => {
    fc.assert(
      fc.property(game, (g) => {
        const { rules, state } = stateFrom(g);
        const json = JSON.parse(JSON.stringify(state)) as Container;
        for (const [i, path] of everyPath(json).entries()) {
          for (let k = 0; k < KINDS_PER_FIELD; k++) {
            const kind = CORRUPTIONS[(g.pick + i * KINDS_PER_FIELD + k) % CORRUPTIONS.length] as Corruption;
            const copy = structuredClone(json);
            corruptAt(copy, path, kind, g.pick);
            survives(rules, copy, g.seed);
          }
        }
      }),
      { numRuns: SWEEPS },
    );
  });

  it('refuses random combinations of corruptions, or plays them to the end cleanly', () => {
    fc.assert(
      fc.property(game, fc.array(corruption, { minLength: 1, maxLength: 3 }), (g, damage) => {
        const { rules, state } = stateFrom(g);
        const copy = JSON.parse(JSON.stringify(state)) as Container;
        for (const d of damage) corruptAt(copy, walk(copy, d.choices), d.kind, d.choices[0] ?? 0);
        survives(rules, copy, g.seed);
      }),
      { numRuns: RUNS },
    );
  });
});
