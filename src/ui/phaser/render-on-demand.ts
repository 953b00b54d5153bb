// A canvas that only draws when something on it changes. Software WebGL (and a browser that
// composites in software) pays for every frame, and the still layers change only on a move: so
// their loops sleep once nothing is moving, and wake when told.
import type * as Phaser from 'phaser';

/** Frames drawn after the last change before the loop sleeps (the last one is the settled state). */
const IDLE_FRAMES = 2;

export interface RenderOnDemand {
  /**
   * Something changed. A sleeping layer wakes in three steps, each its own task: the next frame is
   * left to the DOM (which redraws for the same change), then `prepare` brings the scene up to
   * date, then the frame after draws it. A task that lays out the DOM, updates the scene and
   * waits for the canvas's draw is the longest a move makes; apart, none is long.
   */
  request(): void;
  /** The scene's update for a change, run before the loop wakes; null for none. */
  prepare: (() => void) | null;
  /** Called from the scene's update: whether anything is still moving this frame. */
  settle(busy: boolean): void;
  /** Game.destroy finishes on the loop's next step, so a sleeping loop is woken to finish it. */
  wakeForDestroy(): void;
}

export function renderOnDemand(game: Phaser.Game): RenderOnDemand {
  let idle = 0;
  let waking = false;
  let stopped = false;
  const wake = () => {
    waking = false;
    if (stopped || game.loop.running) return;
    game.loop.resetDelta();
    game.loop.wake();
  };
  const demand: RenderOnDemand = {
    prepare: null,
    request() {
      idle = 0;
      if (stopped || game.loop.running || waking) return;
      waking = true;
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (stopped) return;
          demand.prepare?.();
          requestAnimationFrame(wake);
        }, 0),
      );
    },
    settle(busy) {
      idle = busy ? 0 : idle + 1;
      if (idle >= IDLE_FRAMES && game.loop.running) game.loop.sleep();
    },
    wakeForDestroy() {
      stopped = true;
      demand.prepare = null;
      if (!game.loop.running) game.loop.wake();
    },
  };
  return demand;
}
