// The canvas's panels (the calendar, the tariff ladder): a slate card with a hairline edge,
// baked into a texture, with whatever else a panel draws on its card.
import type * as Phaser from 'phaser';
import { hex } from '../../theme';
import type { Rect } from '../layout';
import { Baked } from './baked';

export function addPanel(
  scene: Phaser.Scene,
  box: Rect,
  key: string,
  extra?: (g: Phaser.GameObjects.Graphics) => void,
): void {
  const g = scene.add.graphics();
  g.fillStyle(hex('slate'), 0.94);
  g.fillRoundedRect(box.x, box.y, box.width, box.height, 8);
  g.lineStyle(1, hex('rule'), 1);
  g.strokeRoundedRect(box.x, box.y, box.width, box.height, 8);
  extra?.(g);
  new Baked(scene, [g], box, key).refresh();
}
