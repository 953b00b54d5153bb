// The meeting timer of a classroom game: a limit per meeting, counted down only while a person at
// the screen is to move, paused and extended by the players, and started afresh at each meeting.
// When it runs out, the side to move passes. It keeps time by the session's scheduler, so tests
// drive it step by step.
import type { GameState } from '../engine';
import type { Scheduler, TimerView } from './contract';

const TICK_MS = 1000;
const EXTEND_MS = 60_000;

export interface RoundTimerDeps {
  readonly scheduler: Scheduler;
  readonly show: (view: TimerView | null) => void;
  /** Whether time counts now (a person to move, nothing paused or handed over). */
  readonly ticking: () => boolean;
  readonly expire: () => void;
}

export interface RoundTimer {
  /** A new table: a timer of `minutes` a meeting, or none. */
  start(minutes: number | null, state: GameState): void;
  /** After every move: a new meeting starts the clock again. */
  onMove(state: GameState): void;
  /** True when it was running and is now paused. */
  pause(): boolean;
  resume(): void;
  extend(): void;
  stop(): void;
}

export function createRoundTimer(deps: RoundTimerDeps): RoundTimer {
  let limitMs = 0;
  let remainingMs = 0;
  let running = false;
  let round = -1;
  let cancel: (() => void) | null = null;
  let on = false;

  const show = () => deps.show(on ? { limitMs, remainingMs, running } : null);
  const clear = () => {
    cancel?.();
    cancel = null;
  };
  const schedule = () => {
    clear();
    if (!on || !running) return;
    cancel = deps.scheduler.schedule(TICK_MS, () => {
      cancel = null;
      if (!on || !running) return;
      if (deps.ticking()) {
        remainingMs = Math.max(0, remainingMs - TICK_MS);
        show();
        if (remainingMs === 0) {
          running = false;
          show();
          deps.expire();
          return;
        }
      }
      schedule();
    });
  };

  return {
    start(minutes, state) {
      clear();
      on = minutes !== null;
      limitMs = (minutes ?? 0) * 60_000;
      remainingMs = limitMs;
      running = on;
      round = state.round;
      show();
      schedule();
    },
    onMove(state) {
      if (!on || state.round === round) return;
      round = state.round;
      remainingMs = limitMs;
      running = state.phase !== 'over';
      show();
      schedule();
    },
    pause() {
      if (!on || !running) return false;
      running = false;
      clear();
      show();
      return true;
    },
    resume() {
      if (!on || running || remainingMs === 0) return;
      running = true;
      show();
      schedule();
    },
    extend() {
      if (!on) return;
      remainingMs += EXTEND_MS;
      if (!running) running = true;
      show();
      schedule();
    },
    stop() {
      clear();
      on = false;
      running = false;
    },
  };
}
