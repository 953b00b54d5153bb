// The captions at the foot of the map, on the still layer: where the Guard goes, the model's
// monthly encounters and their change. The trails are on the map's backdrop; the dots and the
// troop markers are on the motion layer.
import type * as Phaser from 'phaser';
import type { FlowsView, TroopsView } from '../../view-models/world';
import { mapBox } from '../layout';
import { addText } from './text';

export class FlowCaptionWidget {
  private readonly troops: Phaser.GameObjects.Text;
  private readonly caption: Phaser.GameObjects.Text;
  private readonly change: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene) {
    const x = mapBox.x + 14;
    const y = mapBox.y + mapBox.height - 50;
    this.troops = addText(scene, x, y - 24, '', { size: 'small', colour: 'mxSoft', bold: true });
    this.caption = addText(scene, x, y, '', { size: 'body', font: 'figures', colour: 'paper', bold: true });
    this.change = addText(scene, x, y + 22, '', { size: 'small', colour: 'mist' });
  }

  show(view: FlowsView, troops: TroopsView): void {
    this.troops.setText(troops.caption);
    this.caption.setText(view.text);
    this.change.setText(view.changeText);
  }
}
