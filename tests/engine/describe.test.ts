import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/engine/describe';
import { HOSTILE, hostileValue } from './hostile';

describe('describeValue', () => {
  it('shows plain values as an error message would quote them', () => {
    expect(describeValue('troops-99000')).toBe('"troops-99000"');
    expect(describeValue(6000)).toBe('6000');
    expect(describeValue(Number.NaN)).toBe('a number (NaN)');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('nothing (undefined)');
    expect(describeValue(12n)).toBe('a BigInt (12n)');
    expect(describeValue(Symbol('x'))).toBe('a symbol (x)');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue(['a', 'b'])).toBe('an array (2 items)');
    expect(describeValue({})).toBe('an empty object');
    expect(describeValue({ a: 1, b: 2, c: 3, d: 4 })).toBe('an object with a, b, c, … (4 keys)');
  });

  it('caps what it shows of a long string, and escapes control characters', () => {
    const text = describeValue('x'.repeat(10_000_000));
    expect(text).toBe(`"${'x'.repeat(40)}…" (10000000 characters)`);
    expect(describeValue('a\nb')).toBe('"a\\nb"');
  });

  it('describes hostile values without throwing or running their code', () => {
    expect(describeValue(HOSTILE.circular?.())).toBe('an object with self, kind');
    expect(describeValue(HOSTILE['throwing proxy']?.())).toBe('an object');
    expect(describeValue(HOSTILE['revoked proxy']?.())).toBe('an unreadable object');
    expect(describeValue(HOSTILE['toJSON that throws']?.())).toBe('an object with toJSON');
  });

  it('never throws and stays short, whatever the value', () => {
    fc.assert(
      fc.property(hostileValue, (make) => {
        const text = describeValue(make());
        expect(typeof text).toBe('string');
        expect(text.length).toBeLessThanOrEqual(120);
      }),
      { numRuns: 1000 },
    );
  });
});
