// A canvas that only draws when something on it changes. Software WebGL (and a laptop on
// battery) pays for every frame, and the still layer (map, ladder, calendar, portraits, meters)
// changes only on a move: so its loop sleeps once nothing is moving and wakes when told.
import type * as Phaser from 'phaser';

/** Frames drawn after the last change before the loop sleeps (the last one is the settled state). */
const IDLE_FRAMES = 2;

export interface RenderOnDemand {
  /** Something changed: draw from the next task on (never inside the caller's own task). */
  request(): void;
  /** Called from the scene's update: whether anything is still moving this frame. */
  settle(busy: boolean): void;
  /** Game.destroy finishes on the loop's next step, so a sleeping loop is woken to finish it. */
  wakeForDestroy(): void;
}

export function renderOnDemand(game: Phaser.Game): RenderOnDemand {
  let idle = 0;
  let pending: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const wake = () => {
    pending = null;
    if (stopped || game.loop.running) return;
    game.loop.resetDelta();
    game.loop.wake();
  };
  return {
    request() {
      idle = 0;
      // A separate task: the person's click (and the DOM it re-renders) is not held up by a frame.
      if (!stopped && !game.loop.running && pending === null) pending = setTimeout(wake, 0);
    },
    settle(busy) {
      idle = busy ? 0 : idle + 1;
      if (idle >= IDLE_FRAMES && game.loop.running) game.loop.sleep();
    },
    wakeForDestroy() {
      stopped = true;
      if (pending !== null) clearTimeout(pending);
      pending = null;
      if (!game.loop.running) game.loop.wake();
    },
  };
}
