// A side's domestic meters as bars: the exact value filled in the side's colour, or for the other
// side's private meters the band it lies in, hatched and translucent, with no value inside it.
import type * as Phaser from 'phaser';
import { hex, motion, palette } from '../../theme';
import type { MeterItem } from '../../view-models/world';
import type { Rect } from '../layout';
import { declareExtent } from '../partial-redraw';
import { Baked } from './baked';
import { addText, recolour } from './text';
import { toneKey, toneSoftKey } from './tones';

const BAR = { height: 7, fromBottom: 9 } as const;

export class MeterWidget {
  private readonly label: Phaser.GameObjects.Text;
  /** The label and the track, which change only with the label's text. */
  private readonly still: Baked;
  private readonly value: Phaser.GameObjects.Text;
  private readonly bar: Phaser.GameObjects.Graphics;
  /** What the bar shows now: tweened from the last value to the new one. */
  private readonly drawn = { lo: 0, hi: 0 };
  private known = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly rect: Rect,
    private item: MeterItem,
  ) {
    const r = rect;
    this.label = addText(scene, r.x, r.y, clipLabel(item.label, 30), { size: 12, colour: 'paperShade' });
    this.value = addText(scene, r.x + r.width, r.y, '', { size: 12, font: 'figures', bold: true }).setOrigin(
      1,
      0,
    );
    // The track and the label are drawn once into a texture; the value and the bar stay live.
    const y = r.y + r.height - BAR.fromBottom;
    const track = scene.add.graphics();
    track.fillStyle(hex('night'), 1);
    track.fillRoundedRect(r.x, y, r.width, BAR.height, 3);
    track.lineStyle(1, hex('rule'), 1);
    track.strokeRoundedRect(r.x, y, r.width, BAR.height, 3);
    this.still = new Baked(scene, [this.label, track], r, `meter-${item.id}`).refresh();
    this.bar = scene.add.graphics();
    declareExtent(this.bar, { x: r.x, y, width: r.width, height: BAR.height });
  }

  show(item: MeterItem, instant: boolean): void {
    this.item = item;
    const label = clipLabel(item.label, 30);
    if (label !== this.label.text) {
      this.label.setText(label);
      this.still.refresh();
    }
    this.value.setText(item.text);
    recolour(this.value, item.value === null ? palette.mist : palette[toneSoftKey(item.tone)]);
    const from = item.band ? item.band[0] : 0;
    const to = item.band ? item.band[1] : (item.share ?? 0);
    if (instant || !this.known) {
      this.drawn.lo = from;
      this.drawn.hi = to;
      this.known = true;
      this.paint();
      return;
    }
    if (from === this.drawn.lo && to === this.drawn.hi) {
      this.paint();
      return;
    }
    this.scene.tweens.killTweensOf(this.drawn);
    this.scene.tweens.add({
      targets: this.drawn,
      lo: from,
      hi: to,
      duration: motion.move,
      ease: motion.ease,
      onUpdate: () => this.paint(),
    });
  }

  private paint(): void {
    const r = this.rect;
    const g = this.bar;
    const y = r.y + r.height - BAR.fromBottom;
    g.clear();
    const colour = hex(toneKey(this.item.tone));
    const x0 = r.x + this.drawn.lo * r.width;
    const w = Math.max(2, (this.drawn.hi - this.drawn.lo) * r.width);
    if (this.item.band) {
      // The estimate: a translucent band with diagonal hatching, so it never reads as a value.
      g.fillStyle(colour, 0.35);
      g.fillRect(x0, y, w, BAR.height);
      g.lineStyle(1, hex(toneSoftKey(this.item.tone)), 0.9);
      for (let hx = x0 - BAR.height; hx < x0 + w; hx += 5) {
        const a = Math.max(hx, x0);
        const b = Math.min(hx + BAR.height, x0 + w);
        if (b > a) g.lineBetween(a, y + BAR.height - (a - hx), b, y + BAR.height - (b - hx));
      }
      g.lineStyle(1, hex(toneSoftKey(this.item.tone)), 1);
      g.strokeRect(x0, y, w, BAR.height);
    } else {
      g.fillStyle(colour, 1);
      g.fillRoundedRect(r.x, y, Math.max(3, this.drawn.hi * r.width), BAR.height, 3);
    }
    // Quarter ticks, so a bar's level can be read without the number.
    g.lineStyle(1, hex('night'), 0.8);
    for (const q of [0.25, 0.5, 0.75]) g.lineBetween(r.x + q * r.width, y, r.x + q * r.width, y + BAR.height);
  }
}

function clipLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
