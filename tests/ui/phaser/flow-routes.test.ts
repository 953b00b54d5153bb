// The flows' routes: which places make a route, the walker's point along it, and the box the
// motion layer's canvas covers (every point a walker can reach must lie inside it).
import { describe, expect, it } from 'vitest';
import { flowRoutes, pointAt, routesBox } from '../../../src/ui/phaser/widgets/flow-routes';
import { JUNE_2019_MAP } from '../../../src/ui/view-models/map-view';

const JUNE_ROUTES = JUNE_2019_MAP.routes ?? [];

const places: Record<string, { x: number; y: number }> = {
  'guatemala-city': { x: 540, y: 500 },
  tapachula: { x: 515, y: 495 },
  tenosique: { x: 525, y: 455 },
  'mexico-city': { x: 420, y: 435 },
  'ciudad-juarez': { x: 333, y: 260 },
  tijuana: { x: 210, y: 237 },
  'nuevo-laredo': { x: 416, y: 322 },
  matamoros: { x: 443, y: 344 },
};
const project = (id: string) => places[id] ?? null;

describe('flowRoutes', () => {
  it('makes the four routes north from Guatemala, each from its places in order', () => {
    const routes = flowRoutes(project, JUNE_ROUTES);
    expect(routes).toHaveLength(4);
    for (const r of routes) expect(r.points[0]).toEqual(places['guatemala-city']);
    const last = routes.map((r) => r.points.at(-1));
    expect(last).toEqual([places['ciudad-juarez'], places.tijuana, places['nuevo-laredo'], places.matamoros]);
  });

  it('leaves out a place the map does not know, and a route left with one place', () => {
    const partial = (id: string) => (id === 'mexico-city' || id === 'tapachula' ? null : project(id));
    const routes = flowRoutes(partial, JUNE_ROUTES);
    expect(routes.every((r) => r.points.length >= 2)).toBe(true);
    expect(routes.flatMap((r) => r.points)).not.toContainEqual(places['mexico-city']);
    expect(flowRoutes(() => null, JUNE_ROUTES)).toEqual([]);
  });
});

describe('pointAt', () => {
  const [route] = flowRoutes(project, JUNE_ROUTES);

  it('starts at the first place, ends at the last, and walks the length in between', () => {
    if (!route) throw new Error('no route');
    expect(pointAt(route, 0)).toMatchObject(route.points[0] ?? {});
    const end = pointAt(route, 1);
    const last = route.points.at(-1);
    expect(end.x).toBeCloseTo(last?.x ?? Number.NaN);
    expect(end.y).toBeCloseTo(last?.y ?? Number.NaN);
    expect(route.total).toBeCloseTo(route.lengths.reduce((a, b) => a + b, 0));
  });

  it('gives a unit normal, at right angles to the leg', () => {
    if (!route) throw new Error('no route');
    const p = pointAt(route, 0.05);
    expect(Math.hypot(p.nx, p.ny)).toBeCloseTo(1);
    const a = route.points[0];
    const b = route.points[1];
    if (!a || !b) throw new Error('a route has two points');
    expect(p.nx * (b.x - a.x) + p.ny * (b.y - a.y)).toBeCloseTo(0);
  });
});

describe('routesBox', () => {
  const routes = flowRoutes(project, JUNE_ROUTES);
  const margin = 12;
  const box = routesBox(routes, margin);

  it('holds every point a walker reaches, its sideways step and the dot included', () => {
    for (const r of routes)
      for (let i = 0; i <= 100; i++) {
        const p = pointAt(r, i / 100);
        for (const offset of [-6, 6]) {
          const x = p.x + p.nx * offset;
          const y = p.y + p.ny * offset;
          expect(x - 4).toBeGreaterThanOrEqual(box.x);
          expect(y - 4).toBeGreaterThanOrEqual(box.y);
          expect(x + 4).toBeLessThanOrEqual(box.x + box.width);
          expect(y + 4).toBeLessThanOrEqual(box.y + box.height);
        }
      }
  });

  it('is in whole stage pixels, and far smaller than the stage', () => {
    for (const v of [box.x, box.y, box.width, box.height]) expect(Number.isInteger(v)).toBe(true);
    expect(box.width * box.height).toBeLessThan((1280 * 720) / 4);
  });

  it('is a one-pixel box when there is no route', () => {
    expect(routesBox([], margin)).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });
});
