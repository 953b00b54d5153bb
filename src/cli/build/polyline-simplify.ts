// Douglas–Peucker simplification of projected lines, in pixels: a point survives if leaving it out
// would move the outline by more than `tolerance`. At the map's size the eye cannot tell the
// difference below half a pixel, and the module stays a few tens of kilobytes.

export type Point = readonly [number, number];

export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  for (let span = stack.pop(); span !== undefined; span = stack.pop()) {
    const [first, last] = span;
    let worst = -1;
    let worstD2 = tol2;
    for (let i = first + 1; i < last; i++) {
      const d2 = segmentDistance2(at(points, i), at(points, first), at(points, last));
      if (d2 > worstD2) {
        worst = i;
        worstD2 = d2;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * A closed ring (first point not repeated at the end): split at the point farthest from the start
 * so that both halves are open lines, simplified alike.
 */
export function simplifyRing(ring: readonly Point[], tolerance: number): Point[] {
  if (ring.length <= 3) return [...ring];
  const start = at(ring, 0);
  let far = 0;
  let farD2 = -1;
  for (let i = 1; i < ring.length; i++) {
    const p = at(ring, i);
    const d2 = (p[0] - start[0]) ** 2 + (p[1] - start[1]) ** 2;
    if (d2 > farD2) {
      far = i;
      farD2 = d2;
    }
  }
  const a = simplifyLine(ring.slice(0, far + 1), tolerance);
  const b = simplifyLine([...ring.slice(far), start], tolerance);
  return [...a, ...b.slice(1, -1)];
}

/** Shoelace area, in square pixels, unsigned. */
export function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = at(ring, i);
    const q = at(ring, (i + 1) % ring.length);
    sum += p[0] * q[1] - q[0] * p[1];
  }
  return Math.abs(sum) / 2;
}

function at(points: readonly Point[], i: number): Point {
  const p = points[i];
  if (p === undefined) throw new RangeError(`no point ${i} in a line of ${points.length}`);
  return p;
}

function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}
