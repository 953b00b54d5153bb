// The screen rectangles of what the canvas draws, in stage coordinates (0..1280 × 0..720), for
// the DOM to lay focusable tooltip buttons over the meters and portraits. Computed from the same
// layout the scene draws with; the DOM never reads a Phaser object.
import type { SideId } from '../../scenario/sides';
import type { WorldView } from '../view-models/world';
import { calendarBox, columnLayout, ladderBox, mapBox, type Rect } from './layout';

export type { Rect } from './layout';

export interface MeterAnchor {
  readonly id: string;
  readonly side: SideId;
  readonly label: string;
  readonly rect: Rect;
}

export interface PortraitAnchor {
  readonly side: SideId;
  readonly role: 'negotiator' | 'principal';
  readonly name: string;
  readonly rect: Rect;
}

export interface WorldAnchors {
  readonly meters: readonly MeterAnchor[];
  readonly portraits: readonly PortraitAnchor[];
  readonly ladder: Rect;
  readonly calendar: Rect;
  readonly map: Rect;
}

export function worldAnchors(view: WorldView): WorldAnchors {
  const meters: MeterAnchor[] = [];
  const portraits: PortraitAnchor[] = [];
  for (const col of view.columns) {
    const layout = columnLayout(col.seat, col.meters.length);
    col.meters.forEach((m, i) => {
      const rect = layout.meters[i];
      if (rect) meters.push({ id: m.id, side: m.side, label: m.label, rect });
    });
    for (const p of col.portraits)
      portraits.push({
        side: p.side,
        role: p.role,
        name: p.name,
        rect: p.role === 'negotiator' ? layout.negotiator : layout.principal,
      });
  }
  return { meters, portraits, ladder: ladderBox, calendar: calendarBox, map: mapBox };
}
