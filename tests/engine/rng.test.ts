import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextFloat, nextGaussian, nextInt, nextUint32, type RngState, seedRng } from '../../src/engine/rng';
import { present } from '../support/present';

const stream = (state: RngState, n: number) => Array.from({ length: n }, () => nextUint32(state));

describe('seeded stream', () => {
  it('gives the same stream for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        expect(stream(seedRng(seed), 50)).toEqual(stream(seedRng(seed), 50));
      }),
    );
  });

  it('gives different streams for different seeds, neighbours included', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 500; seed++) seen.add(stream(seedRng(seed), 4).join(','));
    expect(seen.size).toBe(500);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 1, max: 1000 }), (seed, d) => {
        const other = (seed + d) >>> 0;
        expect(stream(seedRng(seed), 8)).not.toEqual(stream(seedRng(other), 8));
      }),
    );
  });

  it('keeps its whole state in four 32-bit unsigned integers that survive JSON', () => {
    const state = seedRng(42);
    stream(state, 10);
    expect(state).toHaveLength(4);
    for (const x of state) expect(Number.isInteger(x) && x >= 0 && x <= 0xffffffff).toBe(true);
    const copy = JSON.parse(JSON.stringify(state)) as RngState;
    expect(stream(copy, 20)).toEqual(stream(state, 20));
  });

  it('treats seeds modulo 2^32, so a negative seed is a valid seed', () => {
    expect(stream(seedRng(-1), 5)).toEqual(stream(seedRng(0xffffffff), 5));
  });
});

describe('draws', () => {
  it('returns floats in [0, 1)', () => {
    const s = seedRng(7);
    for (let i = 0; i < 20_000; i++) {
      const x = nextFloat(s);
      if (!(x >= 0 && x < 1)) expect.fail(`draw ${i} was ${x}`);
    }
  });

  it('has a mean near 1/2 and fills the unit interval evenly', () => {
    const s = seedRng(2019);
    const n = 100_000;
    const buckets = new Array<number>(10).fill(0);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const x = nextFloat(s);
      sum += x;
      buckets[Math.floor(x * 10)] = present(buckets[Math.floor(x * 10)]) + 1;
    }
    // The standard error of the mean is 1/sqrt(12 n) ≈ 0.0009.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    for (const b of buckets) expect(Math.abs(b - n / 10)).toBeLessThan(n / 100);
  });

  it('returns integers in [0, n) that reach both ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 20 }), (seed, n) => {
        const s = seedRng(seed);
        const seen = new Set<number>();
        for (let i = 0; i < 40 * n; i++) {
          const k = nextInt(s, n);
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
          seen.add(k);
        }
        expect(seen.has(0) && seen.has(n - 1)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('draws standard normals: finite, mean 0, variance 1', () => {
    const s = seedRng(99);
    const n = 50_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const g = nextGaussian(s);
      expect(Number.isFinite(g)).toBe(true);
      sum += g;
      squares += g * g;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.05);
  });

  it('advances the state it is given, in place', () => {
    const s = seedRng(5);
    const before = [...s];
    nextFloat(s);
    expect(s).not.toEqual(before);
  });
});
