// Which parts of a canvas need drawing again. Each frame the layer reports what it shows (every
// object's bounds and a signature of how it looks); what changed, appeared or went damages where
// it was and where it is now. The damage comes back as a few rectangles, merged where they touch
// or lie close, so a frame redraws little more than what moved. Pure, so the rules are tested
// without a browser.
import type { Rect } from './layout';

export interface Sighting {
  /** The same key frame after frame for the same thing shown (its game object). */
  readonly key: object;
  /** Where it draws, in the canvas's stage coordinates; null when it draws nothing. */
  readonly bounds: Rect | null;
  /** Changes whenever its look changes (position, size, texture, text, colour, alpha, order…). */
  readonly signature: string | number;
}

/** At most this many rectangles a frame: each is a camera pass of its own. */
export const MAX_RECTS = 6;

export class DamageTracker {
  private seen = new Map<object, Sighting>();
  private everything = true;

  /** `area`: the whole canvas, in stage coordinates; damage is clipped to it. */
  constructor(readonly area: Rect) {}

  /** The canvas was cleared or lost: it is drawn afresh, whole. */
  invalidate(): void {
    this.everything = true;
  }

  /** The rectangles to draw this frame, from what is shown now; remembers it for the next. */
  damaged(shown: Iterable<Sighting>): Rect[] {
    const hurt: Rect[] = [];
    const now = new Map<object, Sighting>();
    for (const s of shown) {
      now.set(s.key, s);
      const before = this.seen.get(s.key);
      if (before && before.signature === s.signature && sameRect(before.bounds, s.bounds)) continue;
      if (before?.bounds) hurt.push(before.bounds);
      if (s.bounds) hurt.push(s.bounds);
    }
    for (const [key, before] of this.seen) if (!now.has(key) && before.bounds) hurt.push(before.bounds);
    this.seen = now;
    if (this.everything) {
      this.everything = false;
      return [this.area];
    }
    return mergeRects(
      hurt.map((r) => clip(r, this.area)).filter((r): r is Rect => r !== null),
      MAX_RECTS,
    );
  }
}

/**
 * Merges rectangles that overlap, or whose union costs little more than the two apart (one pass
 * over a slightly larger area is cheaper than two), then the cheapest pairs until at most `max`
 * are left.
 */
export function mergeRects(rects: readonly Rect[], max: number): Rect[] {
  const out = [...rects];
  const cost = (a: Rect, b: Rect) => area(union(a, b)) - area(a) - area(b);
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i < out.length && !merged; i++)
      for (let j = i + 1; j < out.length && !merged; j++) {
        const a = out[i];
        const b = out[j];
        if (!a || !b) continue;
        if (overlaps(a, b) || cost(a, b) <= Math.min(area(a), area(b)) * 0.5) {
          out.splice(j, 1);
          out[i] = union(a, b);
          merged = true;
        }
      }
  }
  while (out.length > Math.max(1, max)) {
    let best: [number, number, number] = [0, 1, Number.POSITIVE_INFINITY];
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i];
        const b = out[j];
        if (a && b && cost(a, b) < best[2]) best = [i, j, cost(a, b)];
      }
    const [i, j] = best;
    const a = out[i];
    const b = out[j];
    if (!a || !b) break;
    out.splice(j, 1);
    out[i] = union(a, b);
  }
  return out;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

function clip(r: Rect, to: Rect): Rect | null {
  const x = Math.max(r.x, to.x);
  const y = Math.max(r.y, to.y);
  const width = Math.min(r.x + r.width, to.x + to.width) - x;
  const height = Math.min(r.y + r.height, to.y + to.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

function area(r: Rect): number {
  return r.width * r.height;
}

function sameRect(a: Rect | null, b: Rect | null): boolean {
  if (!a || !b) return a === b;
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
