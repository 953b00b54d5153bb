import { describe, expect, it } from 'vitest';
import { DamageTracker, MAX_RECTS, mergeRects, overlaps, type Sighting } from '../../../src/ui/phaser/damage';
import type { Rect } from '../../../src/ui/phaser/layout';

const area: Rect = { x: 0, y: 0, width: 800, height: 600 };
const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

/** A tracker that has seen its first frame (which is always drawn whole). */
function settled(shown: Sighting[]): DamageTracker {
  const t = new DamageTracker(area);
  expect(t.damaged(shown)).toEqual([area]);
  return t;
}

/** The damage of one frame after another: `before` seen and settled, then `after` shown. */
function damageBetween(before: Sighting[], after: Sighting[]): Rect[] {
  return settled(before).damaged(after);
}

describe('DamageTracker', () => {
  const bar = {};
  const label = {};

  it('draws the whole canvas first, then nothing while nothing changes', () => {
    const shown = [{ key: bar, bounds: rect(10, 10, 50, 8), signature: 'a' }];
    const t = settled(shown);
    expect(t.damaged(shown)).toEqual([]);
    expect(t.damaged(shown)).toEqual([]);
  });

  it('damages where a moved object was and where it is now', () => {
    const t = settled([{ key: bar, bounds: rect(10, 10, 20, 10), signature: 'x=10' }]);
    const damaged = t.damaged([{ key: bar, bounds: rect(300, 200, 20, 10), signature: 'x=300' }]);
    expect(damaged).toHaveLength(2);
    expect(damaged).toContainEqual(rect(10, 10, 20, 10));
    expect(damaged).toContainEqual(rect(300, 200, 20, 10));
  });

  it('damages an object whose look changed in place, and only it', () => {
    const meter = (value: string): Sighting[] => [
      { key: bar, bounds: rect(10, 10, 20, 10), signature: 'red' },
      { key: label, bounds: rect(400, 400, 60, 12), signature: value },
    ];
    expect(damageBetween(meter('AMLO 65'), meter('AMLO 66'))).toEqual([rect(400, 400, 60, 12)]);
  });

  it('damages where an object appeared, and where one went', () => {
    const t = settled([{ key: bar, bounds: rect(10, 10, 20, 10), signature: 's' }]);
    expect(t.damaged([])).toEqual([rect(10, 10, 20, 10)]);
    expect(t.damaged([{ key: label, bounds: rect(500, 50, 30, 30), signature: 's' }])).toEqual([
      rect(500, 50, 30, 30),
    ]);
  });

  it('damages where an object was hidden, and nothing for one that stays hidden', () => {
    const hidden = (key: object): Sighting => ({ key, bounds: null, signature: 'hidden' });
    expect(
      damageBetween(
        [{ key: bar, bounds: rect(10, 10, 20, 10), signature: 's' }, hidden(label)],
        [hidden(bar), hidden(label)],
      ),
    ).toEqual([rect(10, 10, 20, 10)]);
  });

  it('clips damage to the canvas and drops what lies wholly outside it', () => {
    const edges = (look: string): Sighting[] => [
      { key: bar, bounds: rect(790, 590, 20, 20), signature: look },
      { key: label, bounds: rect(900, 10, 20, 20), signature: look },
    ];
    expect(damageBetween(edges('a'), edges('b'))).toEqual([rect(790, 590, 10, 10)]);
  });

  it('draws whole again after invalidate (a lost context, a restart)', () => {
    const shown = [{ key: bar, bounds: rect(10, 10, 20, 10), signature: 'a' }];
    const t = settled(shown);
    t.invalidate();
    expect(t.damaged(shown)).toEqual([area]);
    expect(t.damaged(shown)).toEqual([]);
  });
});

describe('mergeRects', () => {
  it('merges overlapping rectangles into their union', () => {
    expect(mergeRects([rect(0, 0, 10, 10), rect(5, 5, 10, 10)], 6)).toEqual([rect(0, 0, 15, 15)]);
  });

  it('merges rectangles whose union costs little more than the two apart', () => {
    // Two meter rows a pixel apart: one pass.
    expect(mergeRects([rect(0, 0, 200, 10), rect(0, 11, 200, 10)], 6)).toEqual([rect(0, 0, 200, 21)]);
  });

  it('keeps distant rectangles apart', () => {
    const apart = [rect(0, 0, 10, 10), rect(500, 400, 10, 10)];
    expect(mergeRects(apart, 6)).toEqual(apart);
  });

  it('never returns more than the limit, and still covers every rectangle', () => {
    const many = Array.from({ length: 20 }, (_, i) => rect((i % 5) * 150, Math.floor(i / 5) * 140, 8, 8));
    const merged = mergeRects(many, MAX_RECTS);
    expect(merged.length).toBeLessThanOrEqual(MAX_RECTS);
    for (const r of many) expect(merged.some((m) => contains(m, r))).toBe(true);
  });
});

describe('overlaps', () => {
  it('counts shared area, not a shared edge', () => {
    expect(overlaps(rect(0, 0, 10, 10), rect(9, 9, 10, 10))).toBe(true);
    expect(overlaps(rect(0, 0, 10, 10), rect(10, 0, 10, 10))).toBe(false);
  });
});

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
