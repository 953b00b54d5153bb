// Migrant flows: dots walking north along the routes. How many walk follows the model's monthly
// encounters (the view's density); a change adds or retires dots one frame at a time, so the
// stream thickens or thins rather than jumping. They live on the motion layer, the only canvas
// redrawn every frame.
import type * as Phaser from 'phaser';
import { hex } from '../../theme';
import type { FlowsView } from '../../view-models/world';
import { DOT } from '../textures';
import { pointAt, type Route } from './flow-routes';

/** Dots at density 1 (the starting month's level); the pool allows up to 1.5×. */
const DOTS_AT_REFERENCE = 72;
const POOL = 108;
/** Stage pixels per second. */
const SPEED = 34;

interface Walker {
  readonly image: Phaser.GameObjects.Image;
  readonly route: Route;
  at: number;
  readonly offset: number;
  active: boolean;
}

export class FlowsWidget {
  private readonly walkers: Walker[] = [];
  private target = 0;

  constructor(scene: Phaser.Scene, routes: readonly Route[]) {
    for (let i = 0; i < POOL && routes.length > 0; i++) {
      const r = routes[i % routes.length];
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
  }

  /** `instant`: reduced motion, so the dots take their places at once and stand still. */
  show(view: FlowsView, instant: boolean): void {
    this.target = Math.min(POOL, Math.round(view.density * DOTS_AT_REFERENCE));
    if (!instant) return;
    this.walkers.forEach((w, i) => {
      w.active = i < this.target;
      this.place(w);
      w.image.setVisible(w.active).setAlpha(0.85);
    });
  }

  /** Moves the dots on; false once nothing will change until the next `show` (standing still). */
  update(deltaMs: number, still: boolean): boolean {
    let active = 0;
    for (const w of this.walkers) if (w.active) active++;
    // One dot on or off per frame: a thickening stream, not a jump.
    if (active < this.target) {
      const w = this.walkers.find((x) => !x.active);
      if (w) {
        w.active = true;
        w.at = 0;
        this.place(w);
        w.image.setVisible(true);
      }
    } else if (active > this.target) {
      const w = this.walkers.find((x) => x.active);
      if (w) {
        w.active = false;
        w.image.setVisible(false);
      }
    }
    if (still) return active !== this.target;
    for (const w of this.walkers) {
      if (!w.active) continue;
      w.at += (SPEED * deltaMs) / 1000 / w.route.total;
      if (w.at >= 1) w.at -= 1;
      this.place(w);
      // Fade in at the southern border and out at the northern crossing.
      w.image.setAlpha(Math.min(1, w.at * 10, (1 - w.at) * 10) * 0.85);
    }
    return this.target > 0;
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
