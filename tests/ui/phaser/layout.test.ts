// The canvas's layout and anchors, the clipping of map shapes, and the reduced-motion rule: the
// pure parts of the Phaser scene (Phaser itself cannot load in Node).
import { describe, expect, it } from 'vitest';
import { worldAnchors } from '../../../src/ui/phaser/anchors';
import { clipPolygon, clipPolyline } from '../../../src/ui/phaser/clip';
import { mapBox, mapFitBox, mapTransform, type Rect } from '../../../src/ui/phaser/layout';
import { reducedMotion } from '../../../src/ui/phaser/motion';
import { worldView } from '../../../src/ui/view-models/world';
import { loadRules } from '../../support/scenarios';
import { MX } from '../../support/sides';

const rules = loadRules();
const view = worldView(rules.scenario, rules.observe(rules.newGame({ seed: 1 }), MX), 'en');

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const onStage = (r: Rect) => r.x >= 0 && r.y >= 0 && r.x + r.width <= 1280 && r.y + r.height <= 720;

describe('worldAnchors', () => {
  const anchors = worldAnchors(view);

  it('gives every meter and portrait a rectangle on the stage, left of the DOM column', () => {
    expect(anchors.meters.map((m) => m.id)).toEqual(view.columns.flatMap((c) => c.meters.map((m) => m.id)));
    expect(anchors.portraits).toHaveLength(4);
    for (const r of [...anchors.meters, ...anchors.portraits].map((a) => a.rect)) {
      expect(onStage(r)).toBe(true);
      expect(r.x + r.width).toBeLessThanOrEqual(880);
    }
  });

  it('never lets two anchors overlap, so each tooltip button has its own place', () => {
    const rects = [...anchors.meters, ...anchors.portraits].map((a) => a.rect);
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const [a, b] = [rects[i], rects[j]];
        if (a && b) expect(overlap(a, b), `${i} and ${j}`).toBe(false);
      }
  });

  it("puts the person's meters on the left half and the counterpart's on the right", () => {
    const [left, right] = view.columns;
    for (const m of anchors.meters) {
      const half = m.side === left.side ? 'left' : m.side === right.side ? 'right' : 'none';
      expect(half).toBe(m.rect.x < 440 ? 'left' : 'right');
    }
  });
});

describe('the map frame', () => {
  it('fits its places above two lines of the counterpart’s words (panels.css: foot at 74%)', () => {
    expect(mapFitBox.y + mapFitBox.height).toBeLessThanOrEqual(0.74 * 720 - 72);
    expect(mapFitBox.y).toBe(mapBox.y);
    expect(mapFitBox.height).toBeLessThan(mapBox.height);
  });

  it('fits the named places inside the map box', () => {
    const places: [number, number][] = [
      [100, 50],
      [700, 40],
      [400, 460],
    ];
    const t = mapTransform(900, 470, places);
    for (const [x, y] of places) {
      const sx = t.x + x * t.scale;
      const sy = t.y + y * t.scale;
      expect(sx).toBeGreaterThanOrEqual(mapFitBox.x);
      expect(sx).toBeLessThanOrEqual(mapFitBox.x + mapFitBox.width);
      expect(sy).toBeGreaterThanOrEqual(mapFitBox.y);
      // Above the band the counterpart's words cover while they are open.
      expect(sy).toBeLessThanOrEqual(mapFitBox.y + mapFitBox.height);
    }
  });

  it('clips polygons and lines to a rectangle', () => {
    const r = { x: 0, y: 0, width: 10, height: 10 };
    const square = [
      { x: -5, y: -5 },
      { x: 5, y: -5 },
      { x: 5, y: 5 },
      { x: -5, y: 5 },
    ];
    const clipped = clipPolygon(square, r);
    expect(clipped.every((p) => p.x >= 0 && p.x <= 10 && p.y >= 0 && p.y <= 10)).toBe(true);
    expect(clipped).toContainEqual({ x: 5, y: 5 });
    expect(
      clipPolygon(
        square.map((p) => ({ x: p.x + 100, y: p.y })),
        r,
      ),
    ).toEqual([]);
    const line = [
      { x: 1, y: 1 },
      { x: 2, y: 2 },
      { x: 20, y: 2 },
      { x: 3, y: 3 },
      { x: 4, y: 4 },
    ];
    expect(clipPolyline(line, r)).toEqual([line.slice(0, 2), line.slice(3)]);
  });
});

describe('reduced motion', () => {
  it('follows the setting, and with "system" the browser', () => {
    expect(reducedMotion('reduced', false)).toBe(true);
    expect(reducedMotion('full', true)).toBe(false);
    expect(reducedMotion('system', true)).toBe(true);
    expect(reducedMotion('system', false)).toBe(false);
  });
});
