// The flows' caption on the still layer: the model's monthly encounters and their change. The
// trails are on the map's backdrop and the dots walk on the motion layer.
import type * as Phaser from 'phaser';
import type { FlowsView } from '../../view-models/world';
import { mapBox } from '../layout';
import { addText } from './text';

export class FlowCaptionWidget {
  private readonly caption: Phaser.GameObjects.Text;
  private readonly change: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene) {
    const x = mapBox.x + 14;
    const y = mapBox.y + mapBox.height - 50;
    this.caption = addText(scene, x, y, '', { size: 'body', font: 'figures', colour: 'paper', bold: true });
    this.change = addText(scene, x, y + 22, '', { size: 'small', colour: 'mist' });
  }

  show(view: FlowsView): void {
    this.caption.setText(view.text);
    this.change.setText(view.changeText);
  }
}
