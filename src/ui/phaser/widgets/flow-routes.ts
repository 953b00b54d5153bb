// The routes the migrant flows walk: from the Guatemalan border to the northern crossings, as
// polylines in stage coordinates, and the point a given share of the way along one.
import type { Rect } from '../layout';
import type { Project } from './region-map';

export interface Route {
  readonly points: readonly { x: number; y: number }[];
  readonly lengths: readonly number[];
  readonly total: number;
}

/** Routes whose places the map knows; a route with fewer than two known places is left out. */
export function flowRoutes(project: Project, routes: readonly (readonly string[])[]): Route[] {
  return routes.flatMap((ids) => {
    const points = ids.flatMap((id) => {
      const p = project(id);
      return p ? [p] : [];
    });
    return points.length >= 2 ? [route(points)] : [];
  });
}

function route(points: { x: number; y: number }[]): Route {
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const d = a && b ? Math.hypot(b.x - a.x, b.y - a.y) : 0;
    lengths.push(d);
    total += d;
  }
  return { points, lengths, total: Math.max(1, total) };
}

/** The point `at` (0..1) of the way along, with the unit normal there (for side-by-side walkers). */
export function pointAt(r: Route, at: number): { x: number; y: number; nx: number; ny: number } {
  let left = at * r.total;
  for (let i = 0; i < r.lengths.length; i++) {
    const d = r.lengths[i] ?? 0;
    const a = r.points[i];
    const b = r.points[i + 1];
    if (!a || !b) break;
    if (left <= d || i === r.lengths.length - 1) {
      const f = d > 0 ? Math.min(1, left / d) : 0;
      const nx = d > 0 ? -(b.y - a.y) / d : 0;
      const ny = d > 0 ? (b.x - a.x) / d : 0;
      return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f, nx, ny };
    }
    left -= d;
  }
  const p = r.points[0] ?? { x: 0, y: 0 };
  return { ...p, nx: 0, ny: 0 };
}

/** The stage rectangle the walkers can reach: the routes' bounds, `margin` wider on every side. */
export function routesBox(routes: readonly Route[], margin: number): Rect {
  const points = routes.flatMap((r) => r.points);
  if (points.length === 0) return { x: 0, y: 0, width: 1, height: 1 };
  const x0 = Math.floor(Math.min(...points.map((p) => p.x)) - margin);
  const y0 = Math.floor(Math.min(...points.map((p) => p.y)) - margin);
  const x1 = Math.ceil(Math.max(...points.map((p) => p.x)) + margin);
  const y1 = Math.ceil(Math.max(...points.map((p) => p.y)) + margin);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
