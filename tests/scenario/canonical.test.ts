import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, scenarioHash } from '../../src/scenario/canonical';
import { parseScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { sha256Hex } from '../../src/scenario/sha256';

const MINIMAL = readFileSync(join(import.meta.dirname, 'fixtures', 'minimal.yaml'), 'utf8');

function minimalScenario(): Scenario {
  const result = parseScenario(MINIMAL, 'minimal.yaml');
  if (!result.ok) throw new Error('minimal.yaml must load');
  return result.value.scenario;
}

/** The same value with every object's keys in a random order. */
function shuffleKeys(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, random));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    for (let i = entries.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v, random)]));
  }
  return value;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    const value = { b: 1, a: { d: [3, { z: 1, y: 'ü "q"' }], c: null }, A: true };
    expect(canonicalJson(value)).toBe('{"A":true,"a":{"c":null,"d":[3,{"y":"ü \\"q\\"","z":1}]},"b":1}');
  });

  it('writes numbers the way JSON does', () => {
    expect(canonicalJson([0, -0, 1.5, 1e21, 1e-7, 0.1 + 0.2])).toBe(
      '[0,0,1.5,1e+21,1e-7,0.30000000000000004]',
    );
  });

  it('leaves out undefined entries, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson([undefined])).toBe('[null]');
  });

  it('refuses values JSON cannot represent', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1n, () => 1, Symbol('s'), cycle]) {
      expect(() => canonicalJson(bad)).toThrow(TypeError);
    }
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it('does not depend on key order, and reads back as the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, seed) => {
        let state = seed;
        const random = () => {
          state = (Math.imul(state, 1103515245) + 12345) | 0;
          return ((state >>> 8) & 0xffff) / 0x10000;
        };
        const text = canonicalJson(value);
        expect(canonicalJson(shuffleKeys(value, random))).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
});

describe('scenarioHash', () => {
  it('is the SHA-256 of the canonical JSON', () => {
    const scenario = minimalScenario();
    expect(scenarioHash(scenario)).toBe(sha256Hex(canonicalJson(scenario)));
    expect(scenarioHash(scenario)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on key order', () => {
    const scenario = minimalScenario();
    const random = (() => {
      let i = 0;
      return () => (((i++ * 0.618034) % 1) + 1) % 1;
    })();
    expect(scenarioHash(shuffleKeys(scenario, random) as Scenario)).toBe(scenarioHash(scenario));
  });

  it('changes when any single value changes', () => {
    const scenario = minimalScenario();
    const base = scenarioHash(scenario);
    const seen = new Set([base]);
    let leaves = 0;
    // Walk every leaf, change it in a copy, and demand a hash never seen before.
    const visit = (path: (string | number)[], value: unknown) => {
      if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) visit([...path, Array.isArray(value) ? Number(k) : k], v);
        return;
      }
      const copy = structuredClone(scenario) as unknown as Record<string | number, unknown>;
      let parent = copy;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      const last = path[path.length - 1] ?? '';
      parent[last] =
        typeof value === 'number' ? value + 1 : typeof value === 'boolean' ? !value : `${value}x`;
      const hash = scenarioHash(copy as unknown as Scenario);
      expect(seen.has(hash), path.join('.')).toBe(false);
      seen.add(hash);
      leaves++;
    };
    visit([], scenario);
    expect(leaves).toBeGreaterThan(150);
  });

  it('changes when a key is renamed, an entry added or an array reordered', () => {
    const scenario = minimalScenario();
    const base = scenarioHash(scenario);
    const renamed = structuredClone(scenario);
    renamed.scoring.us = { ...renamed.scoring.us, terms: 0.8, meters: { approvals: 0.2 } };
    const added = structuredClone(scenario);
    const [issue] = added.issues;
    const [option] = issue?.options ?? [];
    if (issue === undefined || option === undefined) throw new Error('minimal.yaml has issues with options');
    issue.description = { ...issue.description };
    option.description = { en: 'x', es: 'x' };
    const reordered = structuredClone(scenario);
    reordered.issues.reverse();
    for (const changed of [renamed, added, reordered]) expect(scenarioHash(changed)).not.toBe(base);
  });
});
