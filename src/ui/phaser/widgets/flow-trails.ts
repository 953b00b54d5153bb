// The faint trails the migrant flows follow, drawn under the walkers on the map's backdrop.
import type * as Phaser from 'phaser';
import { hex } from '../../theme';
import type { Route } from './flow-routes';

export function drawFlowTrails(scene: Phaser.Scene, routes: readonly Route[]): Phaser.GameObjects.Graphics {
  const trails = scene.add.graphics();
  trails.lineStyle(3, hex('tariffSoft'), 0.08);
  for (const r of routes) {
    for (let i = 1; i < r.points.length; i++) {
      const a = r.points[i - 1];
      const b = r.points[i];
      if (a && b) trails.lineBetween(a.x, a.y, b.x, b.y);
    }
  }
  return trails;
}
