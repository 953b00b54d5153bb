// The still half of the flows: the faint trails the walkers follow, and the caption with the
// model's monthly encounters and their change. The dots themselves walk on the motion layer.
import type * as Phaser from 'phaser';
import { hex } from '../../theme';
import type { FlowsView } from '../../view-models/world';
import { mapBox } from '../layout';
import type { Route } from './flow-routes';
import { addText } from './text';

export class FlowCaptionWidget {
  private readonly caption: Phaser.GameObjects.Text;
  private readonly change: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, routes: readonly Route[]) {
    const trails = scene.add.graphics();
    trails.lineStyle(3, hex('tariffSoft'), 0.08);
    for (const r of routes) {
      for (let i = 1; i < r.points.length; i++) {
        const a = r.points[i - 1];
        const b = r.points[i];
        if (a && b) trails.lineBetween(a.x, a.y, b.x, b.y);
      }
    }
    const x = mapBox.x + 14;
    const y = mapBox.y + mapBox.height - 50;
    this.caption = addText(scene, x, y, '', { size: 'body', font: 'figures', colour: 'paper', bold: true });
    this.change = addText(scene, x, y + 22, '', { size: 'small', colour: 'mist' });
  }

  show(view: FlowsView): void {
    if (this.caption.text !== view.text) this.caption.setText(view.text);
    if (this.change.text !== view.changeText) this.change.setText(view.changeText);
  }
}
