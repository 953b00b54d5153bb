// The National Guard where the deal (or the offer on the table) sends it: a shield with the count
// at each place, dropping in when the deployment changes.
import type * as Phaser from 'phaser';
import { hex, motion } from '../../theme';
import type { TroopsView } from '../../view-models/world';
import { mapBox } from '../layout';
import { SHIELD } from '../textures';
import type { Project } from './region-map';
import { addText } from './text';

/**
 * Where a marker sits from its place's dot, so neither covers a place label: at the northern
 * crossings on the Mexican side, at the southern ones out over the sea.
 */
const OFFSETS: Readonly<Record<string, readonly [number, number]>> = {
  tapachula: [-30, -62],
  tenosique: [4, -70],
  tijuana: [8, 8],
  'ciudad-juarez': [0, 10],
  'nuevo-laredo': [-22, 8],
  matamoros: [14, 12],
};

export class TroopsWidget {
  private markers: Phaser.GameObjects.Container[] = [];
  private key = '';
  private readonly caption: Phaser.GameObjects.Text;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly project: Project,
  ) {
    this.caption = addText(scene, mapBox.x + 14, mapBox.y + mapBox.height - 74, '', {
      size: 'small',
      colour: 'mxSoft',
      bold: true,
    });
  }

  show(view: TroopsView, instant: boolean): void {
    this.caption.setText(view.caption);
    const key = view.markers.map((m) => `${m.place}:${m.count}`).join('|');
    if (key === this.key) return;
    this.key = key;
    for (const m of this.markers) m.destroy();
    this.markers = [];
    view.markers.forEach((m) => {
      const p = this.project(m.place);
      if (!p) return;
      const [dx, dy] = OFFSETS[m.place] ?? [0, 10];
      const x = p.x + dx;
      const y = p.y + dy;
      const shield = this.scene.add.image(0, 0, SHIELD).setOrigin(0.5, 0);
      const count = addText(this.scene, 0, 34, m.text, {
        size: 11,
        font: 'figures',
        colour: 'paper',
        bold: true,
      });
      count.setOrigin(0.5, 0);
      const plate = this.scene.add
        .rectangle(0, 33, count.width + 8, count.height + 2, hex('night'), 0.8)
        .setOrigin(0.5, 0);
      const c = this.scene.add.container(x, y, [plate, shield, count]);
      this.markers.push(c);
      if (instant) return;
      c.setAlpha(0).setY(y - 28);
      this.scene.tweens.add({
        targets: c,
        y,
        alpha: 1,
        duration: motion.move,
        ease: 'Back.easeOut',
      });
    });
  }

  destroy(): void {
    for (const m of this.markers) m.destroy();
    this.markers = [];
  }
}
