// The region: land and sea, the borders the talks are about, and the key places named, as the
// scenario's map view chooses them (view-models/map-view.ts).

import type { RegionMap } from 'virtual:region-map';
import * as Phaser from 'phaser';
import { placeTexts } from '../../i18n/areas/world';
import type { Lang } from '../../i18n/texts';
import { hex, palette } from '../../theme';
import type { LabelSide, MapLabel, MapView } from '../../view-models/map-view';
import { clipPolygon, clipPolyline, type Point } from '../clip';
import { mapBox, mapTransform, type Rect } from '../layout';
import { addText, RENDER_SCALE } from './text';

export const MAP_TEXTURE = 'world-map';

/**
 * Draws `layers` once into a texture covering `box` (plus a pixel for its outline) at the render
 * scale, and shows that instead: a frame then fills the map's box once, not the whole stage.
 */
function bake(scene: Phaser.Scene, key: string, layers: Phaser.GameObjects.Graphics[], box: Rect): void {
  const scale = Number(scene.game.registry.get(RENDER_SCALE)) || 1;
  const x = box.x - 1;
  const y = box.y - 1;
  if (scene.textures.exists(key)) scene.textures.remove(key);
  const texture = scene.textures.addDynamicTexture(
    key,
    Math.ceil((box.width + 2) * scale),
    Math.ceil((box.height + 2) * scale),
  );
  if (!texture) {
    // No texture (should not happen in WebGL): draw the shapes live instead.
    for (const layer of layers) scene.add.existing(layer);
    return;
  }
  for (const layer of layers) {
    layer.setScale(scale);
    texture.draw(layer, -x * scale, -y * scale);
  }
  texture.render();
  for (const layer of layers) layer.destroy();
  const image = scene.add
    .image(x, y, key)
    .setOrigin(0, 0)
    .setScale(1 / scale);
  image.setDepth(-1);
}

export type Project = (place: string) => { x: number; y: number } | null;

/** The frame's places, projected: what the view fits into the map's box. */
function framed(map: RegionMap, view: MapView): (readonly [number, number])[] {
  return view.frame.flatMap((id) => {
    const p = map.places[id];
    return p ? [p] : [];
  });
}

export function projector(map: RegionMap, view: MapView): Project {
  const t = mapTransform(map.width, map.height, framed(map, view));
  return (place) => {
    const p = map.places[place];
    return p ? { x: t.x + p[0] * t.scale, y: t.y + p[1] * t.scale } : null;
  };
}

export class RegionMapWidget {
  private readonly labels: { id: MapLabel['id']; text: Phaser.GameObjects.Text }[] = [];

  constructor(scene: Phaser.Scene, map: RegionMap, view: MapView, lang: Lang) {
    const t = mapTransform(map.width, map.height, framed(map, view));
    const toStage = (flat: readonly number[]) => {
      const pts: Point[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2)
        pts.push({ x: t.x + (flat[i] ?? 0) * t.scale, y: t.y + (flat[i + 1] ?? 0) * t.scale });
      return pts;
    };
    const vectors = (pts: readonly Point[]) => pts.map((p) => new Phaser.Math.Vector2(p.x, p.y));
    const frame = { x: mapBox.x + 1, y: mapBox.y + 1, width: mapBox.width - 2, height: mapBox.height - 2 };
    const g = scene.make.graphics({}, false);
    g.fillStyle(hex('sea'), 1);
    g.fillRoundedRect(mapBox.x, mapBox.y, mapBox.width, mapBox.height, 8);
    // A faint graticule-like grid for the situation-room look.
    g.lineStyle(1, hex('slateRaised'), 0.5);
    for (let x = mapBox.x + 40; x < mapBox.x + mapBox.width; x += 40)
      g.lineBetween(x, mapBox.y + 4, x, mapBox.y + mapBox.height - 4);
    for (let y = mapBox.y + 40; y < mapBox.y + mapBox.height; y += 40)
      g.lineBetween(mapBox.x + 4, y, mapBox.x + mapBox.width - 4, y);
    for (const country of map.countries) {
      g.fillStyle(hex(view.countries.has(country.id) ? 'land' : 'slateRaised'), 1);
      g.lineStyle(1, hex('landEdge'), 0.8);
      for (const ring of country.rings) {
        const pts = vectors(clipPolygon(toStage(ring), frame));
        if (pts.length < 3) continue;
        g.fillPoints(pts, true);
        g.strokePoints(pts, true);
      }
    }
    for (const border of map.borders) {
      if (!view.borders.has(border.id)) continue;
      for (const run of clipPolyline(toStage(border.points), frame)) {
        const pts = vectors(run);
        g.lineStyle(6, hex('gold'), 0.18);
        g.strokePoints(pts, false);
        g.lineStyle(2, hex('gold'), 0.9);
        g.strokePoints(pts, false);
      }
    }
    g.lineStyle(1, hex('rule'), 1);
    g.strokeRoundedRect(mapBox.x, mapBox.y, mapBox.width, mapBox.height, 8);
    const project = projector(map, view);
    const dots = scene.make.graphics({}, false);
    for (const label of view.labels) {
      const p = project(label.id);
      if (!p) continue;
      const capital = label.capital;
      dots.fillStyle(hex('night'), 1);
      dots.fillCircle(p.x, p.y, capital ? 5 : 4);
      dots.fillStyle(hex(capital ? 'paper' : 'mist'), 1);
      dots.fillCircle(p.x, p.y, capital ? 3.5 : 2.5);
      if (capital) {
        dots.lineStyle(1, hex('paper'), 0.8);
        dots.strokeCircle(p.x, p.y, 7);
      }
      const text = addText(scene, 0, 0, placeTexts[label.id][lang], {
        size: capital ? 13 : 12,
        colour: capital ? 'paper' : 'mist',
        bold: capital,
      });
      text.setShadow(0, 1, palette.night, 4, false, true);
      this.place(text, p, label.side);
      this.labels.push({ id: label.id, text });
    }
    // Thousands of vertices that never change: drawn once into a texture at the render scale, so
    // the frame only draws one image instead of re-filling every polygon.
    bake(scene, MAP_TEXTURE, [g, dots], mapBox);
  }

  private place(text: Phaser.GameObjects.Text, p: { x: number; y: number }, side: LabelSide): void {
    if (side === 'left') text.setOrigin(1, 0.5).setPosition(p.x - 9, p.y);
    else if (side === 'right') text.setOrigin(0, 0.5).setPosition(p.x + 9, p.y);
    else if (side === 'above') text.setOrigin(0.5, 1).setPosition(p.x, p.y - 8);
    else text.setOrigin(0.5, 0).setPosition(p.x, p.y + 8);
  }

  setLang(lang: Lang): void {
    for (const l of this.labels) l.text.setText(placeTexts[l.id][lang]);
  }
}
