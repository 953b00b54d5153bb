// Where everything sits on the 1280×720 stage. The scene draws from these numbers and anchors.ts
// hands the same rectangles to the DOM, so a tooltip button always lies over what it explains.
// Pure: no Phaser here, so the DOM and the tests can import it.
import type { SideColumn } from '../view-models/world';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The DOM's right column (offer builder, action bar) covers x ≥ 880; the canvas art stays left. */
export const canvasArt = { x: 0, y: 0, width: 872, height: 720 } as const;

export const calendarBox: Rect = { x: 16, y: 14, width: 520, height: 82 };
export const ladderBox: Rect = { x: 720, y: 14, width: 148, height: 286 };
export const mapBox: Rect = { x: 8, y: 100, width: 856, height: 448 };
/**
 * Where the map's named places are fitted: the map box above the band that the counterpart's words
 * cover while they are open (panels.css puts the panel's foot at 74% of the stage; two lines of
 * words reach about 72 px above it). The land is still drawn under the band, but no place the
 * scenario frames, and no troop or flow on it, hides under what the counterpart says.
 */
export const mapFitBox: Rect = { x: mapBox.x, y: mapBox.y, width: mapBox.width, height: 356 };
export const bottomBand: Rect = { x: 0, y: 560, width: 872, height: 160 };

const column = { width: 428, top: 572, gap: 8 } as const;
const negotiatorSize = { width: 104, height: 128 } as const;
const principalSize = { width: 68, height: 84 } as const;
const meterArea = { width: 224, rowHeight: 28, rowGap: 2 } as const;

export interface ColumnLayout {
  readonly negotiator: Rect;
  readonly principal: Rect;
  /** One rectangle per meter, in the column's order: the label above, the bar below. */
  readonly meters: readonly Rect[];
}

/** Left column: portraits at the outer edge, meters inward; the right column mirrors it. */
export function columnLayout(seat: SideColumn['seat'], meterCount: number): ColumnLayout {
  const x0 = seat === 'left' ? 16 : 16 + column.width + column.gap;
  const top = column.top;
  const rows = Math.max(1, meterCount);
  const rowHeight = Math.min(meterArea.rowHeight, Math.floor((720 - 8 - top) / rows) - meterArea.rowGap);
  if (seat === 'left') {
    const negotiator = { x: x0, y: top, ...negotiatorSize };
    const principal = {
      x: x0 + negotiatorSize.width + 8,
      y: top + negotiatorSize.height - principalSize.height,
      ...principalSize,
    };
    const mx = principal.x + principalSize.width + 16;
    return { negotiator, principal, meters: meterRows(mx, top, rowHeight, meterCount) };
  }
  const right = x0 + column.width - 8;
  const negotiator = { x: right - negotiatorSize.width, y: top, ...negotiatorSize };
  const principal = {
    x: negotiator.x - 8 - principalSize.width,
    y: top + negotiatorSize.height - principalSize.height,
    ...principalSize,
  };
  const mx = principal.x - 16 - meterArea.width;
  return { negotiator, principal, meters: meterRows(mx, top, rowHeight, meterCount) };
}

function meterRows(x: number, top: number, rowHeight: number, count: number): Rect[] {
  return Array.from({ length: count }, (_, i) => ({
    x,
    y: top + i * (rowHeight + meterArea.rowGap),
    width: meterArea.width,
    height: rowHeight,
  }));
}

/** The ladder's five rungs top (highest rate) to bottom; `index` counts from the lowest step. */
export function rungRect(index: number, count: number): Rect {
  const headerHeight = 52;
  const footer = 58;
  const inner = ladderBox.height - headerHeight - footer;
  const h = inner / Math.max(1, count);
  const fromTop = count - 1 - index;
  return {
    x: ladderBox.x + 10,
    y: ladderBox.y + headerHeight + fromTop * h,
    width: ladderBox.width - 20,
    height: h - 4,
  };
}

/**
 * Map pixels to stage pixels. The frame follows the places the game names (plus a margin), not
 * the whole projected map, so Mexico fills the box however far the build's projection reaches;
 * what falls outside is clipped.
 */
export function mapTransform(
  width: number,
  height: number,
  places: readonly (readonly [number, number])[] = [],
): { scale: number; x: number; y: number } {
  let [x0, y0, x1, y1] = [0, 0, width, height];
  if (places.length >= 2) {
    const xs = places.map((p) => p[0]);
    const ys = places.map((p) => p[1]);
    [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const padX = (x1 - x0) * 0.12;
    const padY = (y1 - y0) * 0.1;
    [x0, x1, y0, y1] = [x0 - padX, x1 + padX, y0 - padY, y1 + padY];
  }
  const w = Math.max(1, x1 - x0);
  const h = Math.max(1, y1 - y0);
  const fit = places.length >= 2 ? mapFitBox : mapBox;
  const scale = Math.min(fit.width / w, fit.height / h);
  return {
    scale,
    x: fit.x + (fit.width - w * scale) / 2 - x0 * scale,
    y: fit.y + (fit.height - h * scale) / 2 - y0 * scale,
  };
}
