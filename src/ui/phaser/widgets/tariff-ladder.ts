// The tariff ladder: five rungs from 5% at the bottom to 25% at the top. Paid rungs filled, today's
// lit in tariff red, the next one outlined with its countdown, cancelled ones struck through. A new
// step lights its rung with a pulse and shakes the ladder a little.
import type * as Phaser from 'phaser';
import { hex, motion, palette } from '../../theme';
import type { LadderRung, LadderView } from '../../view-models/world';
import { ladderBox, type Rect, rungRect } from '../layout';
import { declareExtent } from '../partial-redraw';
import { Baked } from './baked';
import { addPanel } from './panel';
import { addText, recolour } from './text';

interface RungParts {
  fill: Baked<Phaser.GameObjects.Graphics>;
  rate: Phaser.GameObjects.Text;
  date: Phaser.GameObjects.Text;
  state: LadderRung['state'] | null;
  /** What the rung was last drawn with: drawn again only when that changes. */
  drawn: string;
}

export class TariffLadderWidget {
  private readonly title: Phaser.GameObjects.Text;
  private readonly today: Phaser.GameObjects.Text;
  private readonly next: Phaser.GameObjects.Text;
  private rungs: RungParts[] = [];

  /** `shake`: shakes what shows the ladder, when a new step is lit. */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly shake: (box: Rect, ms: number) => void,
  ) {
    const b = ladderBox;
    // The tariff's red mark on the card's edge, by the title.
    addPanel(scene, b, 'ladder-panel', (g) => {
      g.fillStyle(hex('tariff'), 1);
      g.fillRect(b.x, b.y + 10, 3, 30);
    });
    this.title = addText(scene, b.x + 12, b.y + 8, '', {
      size: 12,
      colour: 'mist',
      wrap: b.width - 20,
      bold: true,
    });
    this.today = addText(scene, b.x + 12, b.y + b.height - 54, '', {
      size: 'body',
      font: 'figures',
      bold: true,
    });
    this.next = addText(scene, b.x + 12, b.y + b.height - 34, '', {
      size: 12,
      colour: 'tariffSoft',
      wrap: b.width - 20,
    });
  }

  show(view: LadderView, instant: boolean): void {
    this.title.setText(view.title);
    this.today.setText(view.rateText);
    this.next.setText(view.nextText);
    if (this.rungs.length !== view.rungs.length) this.build(view.rungs.length);
    view.rungs.forEach((rung, i) => {
      const parts = this.rungs[i];
      if (!parts) return;
      const lit = parts.state !== null && parts.state !== 'now' && rung.state === 'now';
      this.paint(parts, rung, i, view.rungs.length);
      if (lit && !instant) this.pulse(parts, i, view.rungs.length);
    });
  }

  private build(count: number): void {
    for (const r of this.rungs) {
      r.fill.graphics.destroy();
      r.fill.destroy();
      r.rate.destroy();
      r.date.destroy();
    }
    this.rungs = Array.from({ length: count }, (_, i) => {
      const rect = rungRect(i, count);
      // The lit rung's glow reaches 3 px past it.
      const around = { x: rect.x - 2, y: rect.y - 2, width: rect.width + 4, height: rect.height + 4 };
      const fill = new Baked(this.scene, [this.scene.add.graphics()], around, `ladder-rung-${i}`);
      const rate = addText(this.scene, rect.x + 8, rect.y + rect.height / 2, '', {
        size: 'body',
        font: 'figures',
        bold: true,
      });
      rate.setOrigin(0, 0.5);
      const date = addText(this.scene, rect.x + rect.width - 8, rect.y + rect.height / 2, '', {
        size: 12,
        colour: 'mist',
      });
      date.setOrigin(1, 0.5);
      return { fill, rate, date, state: null, drawn: '' };
    });
  }

  private paint(parts: RungParts, rung: LadderRung, i: number, count: number): void {
    const drawn = `${rung.state}|${rung.rateText}|${rung.dateText}`;
    parts.state = rung.state;
    // A texture drawn again is a draw of its own, and damage the still layer redraws: only on a change.
    if (drawn === parts.drawn) return;
    parts.drawn = drawn;
    const r = rungRect(i, count);
    const g = parts.fill.graphics;
    g.clear();
    parts.rate.setText(rung.rateText);
    parts.date.setText(rung.dateText);
    switch (rung.state) {
      case 'now':
        g.fillStyle(hex('tariff'), 0.25);
        g.fillRoundedRect(r.x - 3, r.y - 3, r.width + 6, r.height + 6, 6);
        g.fillStyle(hex('tariff'), 1);
        g.fillRoundedRect(r.x, r.y, r.width, r.height, 4);
        recolour(parts.rate, paperColour);
        recolour(parts.date, paperColour);
        break;
      case 'paid':
        g.fillStyle(hex('tariff'), 0.45);
        g.fillRoundedRect(r.x, r.y, r.width, r.height, 4);
        recolour(parts.rate, paperColour);
        recolour(parts.date, mistColour);
        break;
      case 'next':
        g.fillStyle(hex('slateRaised'), 1);
        g.fillRoundedRect(r.x, r.y, r.width, r.height, 4);
        g.lineStyle(2, hex('tariff'), 1);
        g.strokeRoundedRect(r.x, r.y, r.width, r.height, 4);
        recolour(parts.rate, tariffSoftColour);
        recolour(parts.date, tariffSoftColour);
        break;
      case 'later':
        g.fillStyle(hex('slateRaised'), 0.7);
        g.fillRoundedRect(r.x, r.y, r.width, r.height, 4);
        g.lineStyle(1, hex('rule'), 1);
        g.strokeRoundedRect(r.x, r.y, r.width, r.height, 4);
        recolour(parts.rate, mistColour);
        recolour(parts.date, mistColour);
        break;
      case 'cancelled':
        g.fillStyle(hex('slate'), 1);
        g.fillRoundedRect(r.x, r.y, r.width, r.height, 4);
        g.lineStyle(1, hex('rule'), 1);
        g.strokeRoundedRect(r.x, r.y, r.width, r.height, 4);
        g.lineStyle(2, hex('mist'), 0.7);
        g.lineBetween(r.x + 6, r.y + r.height / 2, r.x + r.width - 6, r.y + r.height / 2);
        recolour(parts.rate, mistColour);
        recolour(parts.date, mistColour);
        break;
    }
    parts.fill.refresh();
  }

  private pulse(parts: RungParts, i: number, count: number): void {
    const r = rungRect(i, count);
    const ring = this.scene.add.graphics();
    declareExtent(ring, {
      x: -r.width / 2 - 2,
      y: -r.height / 2 - 2,
      width: r.width + 4,
      height: r.height + 4,
    });
    ring.lineStyle(3, hex('tariffSoft'), 1);
    ring.strokeRoundedRect(-r.width / 2, -r.height / 2, r.width, r.height, 6);
    ring.setPosition(r.x + r.width / 2, r.y + r.height / 2);
    this.scene.tweens.add({
      targets: ring,
      scaleX: 1.25,
      scaleY: 1.6,
      alpha: 0,
      duration: motion.step,
      ease: motion.ease,
      onComplete: () => ring.destroy(),
    });
    this.scene.tweens.add({
      targets: [parts.rate],
      scale: 1.25,
      duration: motion.quick,
      yoyo: true,
      repeat: 1,
    });
    this.shake(ladderBox, motion.move);
  }
}

const paperColour = palette.paper;
const mistColour = palette.mist;
const tariffSoftColour = palette.tariffSoft;
