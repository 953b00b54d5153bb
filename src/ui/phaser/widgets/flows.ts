// Migrant flows: dots walking north along the routes from the Guatemalan border to the northern
// crossings. How many walk follows the model's monthly encounters (the view's density); a change
// adds or retires dots one frame at a time, so the stream thickens or thins rather than jumping.
import type * as Phaser from 'phaser';
import { hex } from '../../theme';
import type { FlowsView } from '../../view-models/world';
import { mapBox } from '../layout';
import { DOT } from '../textures';
import type { Project } from './region-map';
import { addText } from './text';

const ROUTES: readonly (readonly string[])[] = [
  ['guatemala-city', 'tapachula', 'mexico-city', 'ciudad-juarez'],
  ['guatemala-city', 'tapachula', 'mexico-city', 'tijuana'],
  ['guatemala-city', 'tenosique', 'mexico-city', 'nuevo-laredo'],
  ['guatemala-city', 'tenosique', 'matamoros'],
];
/** Dots at density 1 (the starting month's level); the pool allows up to 1.5×. */
const DOTS_AT_REFERENCE = 72;
const POOL = 108;
/** Stage pixels per second. */
const SPEED = 34;

interface Route {
  points: { x: number; y: number }[];
  lengths: number[];
  total: number;
}

interface Walker {
  image: Phaser.GameObjects.Image;
  route: Route;
  at: number;
  offset: number;
  active: boolean;
}

export class FlowsWidget {
  private readonly routes: Route[];
  private readonly walkers: Walker[] = [];
  private target = 0;
  private readonly caption: Phaser.GameObjects.Text;
  private readonly change: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, project: Project) {
    this.routes = ROUTES.flatMap((ids) => {
      const points = ids.flatMap((id) => {
        const p = project(id);
        return p ? [p] : [];
      });
      return points.length >= 2 ? [route(points)] : [];
    });
    const trails = scene.add.graphics();
    for (const r of this.routes) {
      trails.lineStyle(3, hex('tariffSoft'), 0.08);
      for (let i = 1; i < r.points.length; i++) {
        const a = r.points[i - 1];
        const b = r.points[i];
        if (a && b) trails.lineBetween(a.x, a.y, b.x, b.y);
      }
    }
    for (let i = 0; i < POOL && this.routes.length > 0; i++) {
      const r = this.routes[i % this.routes.length];
      if (!r) continue;
      const image = scene.add.image(0, 0, DOT).setScale(0.42).setTint(hex('tariffSoft')).setVisible(false);
      this.walkers.push({
        image,
        route: r,
        at: (i * 0.6180339) % 1,
        offset: ((i * 7) % 13) - 6,
        active: false,
      });
    }
    const x = mapBox.x + 14;
    const y = mapBox.y + mapBox.height - 50;
    this.caption = addText(scene, x, y, '', { size: 'body', font: 'figures', colour: 'paper', bold: true });
    this.change = addText(scene, x, y + 22, '', { size: 'small', colour: 'mist' });
  }

  /** `instant`: reduced motion, so the dots take their places at once and stand still. */
  show(view: FlowsView, instant: boolean): void {
    this.target = Math.min(POOL, Math.round(view.density * DOTS_AT_REFERENCE));
    this.caption.setText(view.text);
    this.change.setText(view.changeText);
    if (instant) {
      this.walkers.forEach((w, i) => {
        w.active = i < this.target;
        this.place(w);
        w.image.setVisible(w.active).setAlpha(0.85);
      });
    }
  }

  update(deltaMs: number, still: boolean): void {
    let active = 0;
    for (const w of this.walkers) if (w.active) active++;
    // One dot on or off per frame: a thickening stream, not a jump.
    if (active < this.target) {
      const w = this.walkers.find((x) => !x.active);
      if (w) {
        w.active = true;
        w.at = 0;
        w.image.setVisible(true);
      }
    } else if (active > this.target) {
      const w = this.walkers.find((x) => x.active);
      if (w) {
        w.active = false;
        w.image.setVisible(false);
      }
    }
    if (still) return;
    for (const w of this.walkers) {
      if (!w.active) continue;
      w.at += (SPEED * deltaMs) / 1000 / w.route.total;
      if (w.at >= 1) w.at -= 1;
      this.place(w);
      // Fade in at the southern border and out at the northern crossing.
      w.image.setAlpha(Math.min(1, w.at * 10, (1 - w.at) * 10) * 0.85);
    }
  }

  private place(w: Walker): void {
    const p = pointAt(w.route, w.at);
    w.image.setPosition(p.x + p.nx * w.offset, p.y + p.ny * w.offset);
  }

  destroy(): void {
    for (const w of this.walkers) w.image.destroy();
    this.walkers.length = 0;
  }
}

function route(points: { x: number; y: number }[]): Route {
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const d = a && b ? Math.hypot(b.x - a.x, b.y - a.y) : 0;
    lengths.push(d);
    total += d;
  }
  return { points, lengths, total: Math.max(1, total) };
}

function pointAt(r: Route, at: number): { x: number; y: number; nx: number; ny: number } {
  let left = at * r.total;
  for (let i = 0; i < r.lengths.length; i++) {
    const d = r.lengths[i] ?? 0;
    const a = r.points[i];
    const b = r.points[i + 1];
    if (!a || !b) break;
    if (left <= d || i === r.lengths.length - 1) {
      const f = d > 0 ? Math.min(1, left / d) : 0;
      const nx = d > 0 ? -(b.y - a.y) / d : 0;
      const ny = d > 0 ? (b.x - a.x) / d : 0;
      return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f, nx, ny };
    }
    left -= d;
  }
  const p = r.points[0] ?? { x: 0, y: 0 };
  return { ...p, nx: 0, ny: 0 };
}
