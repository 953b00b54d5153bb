// Clipping the region map's shapes to the map's frame: the build's projection may reach past it
// (Alaska, Canada's border), and nothing may spill over the calendar or the portraits.
import type { Rect } from './layout';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Sutherland–Hodgman against an axis-aligned rectangle; a polygon wholly outside comes back empty. */
export function clipPolygon(points: readonly Point[], r: Rect): Point[] {
  const edges: ((p: Point) => boolean)[] = [
    (p) => p.x >= r.x,
    (p) => p.x <= r.x + r.width,
    (p) => p.y >= r.y,
    (p) => p.y <= r.y + r.height,
  ];
  const cut: ((a: Point, b: Point) => Point)[] = [
    (a, b) => at(a, b, (r.x - a.x) / (b.x - a.x)),
    (a, b) => at(a, b, (r.x + r.width - a.x) / (b.x - a.x)),
    (a, b) => at(a, b, (r.y - a.y) / (b.y - a.y)),
    (a, b) => at(a, b, (r.y + r.height - a.y) / (b.y - a.y)),
  ];
  let out: Point[] = [...points];
  edges.forEach((inside, e) => {
    const input = out;
    out = [];
    const crossing = cut[e];
    if (!crossing) return;
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length];
      if (!previous) return;
      if (inside(current)) {
        if (!inside(previous)) out.push(crossing(previous, current));
        out.push(current);
      } else if (inside(previous)) out.push(crossing(previous, current));
    });
  });
  return out;
}

/** A polyline cut to the rectangle: the runs of it inside, each as its own line. */
export function clipPolyline(points: readonly Point[], r: Rect): Point[][] {
  const inside = (p: Point) => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (const p of points) {
    if (inside(p)) run.push(p);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs.filter((x) => x.length >= 2);
}

function at(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}
