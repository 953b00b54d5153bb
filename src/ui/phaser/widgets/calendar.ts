// The calendar strip: the talks' days up to the deadline, each with a pip per meeting, today
// marked; beside it the meeting number and the countdown (to the deadline, then to the next step).
import type * as Phaser from 'phaser';
import { hex, motion, palette } from '../../theme';
import type { CalendarView } from '../../view-models/world';
import { calendarBox } from '../layout';
import { declareExtent } from '../partial-redraw';
import { Baked } from './baked';
import { addPanel } from './panel';
import { addText, recolour } from './text';

const CELL = { width: 52, height: 44, gap: 4 } as const;
/** The strip holds six full cells; a longer run of talks (Guatemala's eight days) narrows them. */
const STRIP_CELLS = 6;
const STRIP_WIDTH = STRIP_CELLS * (CELL.width + CELL.gap) - CELL.gap;
/** Below this a cell shows the day of the month alone, and the title names the month. */
const NARROW = 46;

function cellWidth(count: number): number {
  if (count <= STRIP_CELLS) return CELL.width;
  return Math.floor((STRIP_WIDTH - (count - 1) * CELL.gap) / count);
}

export class CalendarWidget {
  private readonly title: Phaser.GameObjects.Text;
  private readonly round: Phaser.GameObjects.Text;
  private readonly countdown: Phaser.GameObjects.Text;
  private readonly left: Phaser.GameObjects.Text;
  private readonly cells: Baked<Phaser.GameObjects.Graphics>;
  private readonly marker: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  private today = -1;
  private cellsKey = '';
  private width: number = CELL.width;

  constructor(private readonly scene: Phaser.Scene) {
    const b = calendarBox;
    addPanel(scene, b, 'calendar-panel');
    this.title = addText(scene, b.x + 12, b.y + 8, '', { size: 12, colour: 'mist', bold: true });
    this.cells = new Baked(scene, [scene.add.graphics()], b, 'calendar-cells');
    this.marker = scene.add.graphics();
    // The ring is drawn around its own origin, a cell's centre, 2 px out and 2 px wide (at most a
    // full cell's size: narrower cells draw a smaller ring inside the same extent).
    declareExtent(this.marker, {
      x: -CELL.width / 2 - 3,
      y: -CELL.height / 2 - 3,
      width: CELL.width + 6,
      height: CELL.height + 6,
    });
    const tx = this.textX();
    this.round = addText(scene, tx, b.y + 10, '', { size: 'body', font: 'display', bold: true });
    this.countdown = addText(scene, tx, b.y + 34, '', {
      size: 12,
      font: 'figures',
      colour: 'gold',
      wrap: b.x + b.width - tx - 10,
    });
    this.left = addText(scene, tx, b.y + 56, '', { size: 12, colour: 'mist', wrap: b.x + b.width - tx - 10 });
  }

  private textX(): number {
    return calendarBox.x + 12 + STRIP_WIDTH + CELL.gap + 8;
  }

  show(view: CalendarView, instant: boolean): void {
    this.width = cellWidth(view.days.length);
    const narrow = this.width < NARROW;
    this.title.setText((narrow ? `${view.title} · ${view.monthText}` : view.title).toUpperCase());
    this.round.setText(view.roundText);
    this.countdown.setText(view.countdownText);
    this.left.setText(view.leftText);
    this.drawCells(view);
    const y = calendarBox.y + 28;
    const today = view.days.findIndex((d) => d.state === 'today');
    const moved = today !== this.today;
    this.today = today;
    this.marker.clear();
    if (today < 0) return;
    this.marker.lineStyle(2, hex('focus'), 1);
    const w = this.width;
    this.marker.strokeRoundedRect(-w / 2 - 2, -CELL.height / 2 - 2, w + 4, CELL.height + 4, 6);
    const tx = calendarBox.x + 12 + today * (w + CELL.gap) + w / 2;
    const ty = y + CELL.height / 2;
    if (instant || !moved || this.marker.x === 0) this.marker.setPosition(tx, ty);
    else
      this.scene.tweens.add({ targets: this.marker, x: tx, y: ty, duration: motion.move, ease: motion.ease });
  }

  /** The cells and their labels, drawn again only when a day changes. */
  private drawCells(view: CalendarView): void {
    const w = this.width;
    const narrow = w < NARROW;
    const key = JSON.stringify(view.days);
    if (key === this.cellsKey && this.labels.length === view.days.length) return;
    this.cellsKey = key;
    const g = this.cells.graphics;
    g.clear();
    if (this.labels.length !== view.days.length) {
      for (const l of this.labels) l.destroy();
      this.labels = view.days.map((_, i) =>
        addText(this.scene, calendarBox.x + 12 + i * (w + CELL.gap) + w / 2, calendarBox.y + 34, '', {
          size: 12,
          font: 'figures',
        }).setOrigin(0.5, 0),
      );
    }
    const y = calendarBox.y + 28;
    view.days.forEach((day, i) => {
      const x = calendarBox.x + 12 + i * (w + CELL.gap);
      const deadline = i === view.days.length - 1;
      const past = day.state === 'past';
      g.fillStyle(hex(deadline ? 'tariff' : 'slateRaised'), deadline ? (past ? 0.35 : 0.8) : past ? 0.45 : 1);
      g.fillRoundedRect(x, y, w, CELL.height, 4);
      const label = this.labels[i];
      if (label) {
        label.setText(narrow ? day.dayOfMonth : day.label);
        recolour(label, past ? palette.mist : palette.paper);
        const weight = day.state === 'today' ? 'bold' : 'normal';
        if (label.style.fontStyle !== weight) label.setFontStyle(weight);
      }
      // One pip per meeting; those already held are filled.
      for (let m = 0; m < day.meetings; m++) {
        const px = x + w / 2 + (m - (day.meetings - 1) / 2) * Math.min(12, w / 3);
        const py = y + CELL.height - 11;
        if (m < day.held) {
          g.fillStyle(hex('mist'), 0.8);
          g.fillCircle(px, py, 3.5);
        } else if (m >= day.meetings - day.cancelled) {
          // Never to be held: the talks are over. A dash, not an open pip.
          g.lineStyle(1.5, hex('mist'), 0.6);
          g.lineBetween(px - 3.5, py, px + 3.5, py);
        } else {
          g.lineStyle(1.5, hex(deadline ? 'paper' : 'gold'), 1);
          g.strokeCircle(px, py, 3.5);
        }
      }
    });
    this.cells.refresh();
  }
}
