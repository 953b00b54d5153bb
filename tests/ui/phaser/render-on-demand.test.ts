// A layer drawn on demand: it sleeps after its idle frames; told of a change it leaves the next
// frame to the DOM, prepares the scene in a task of its own and wakes in the frame after; it never
// wakes once destroyed, and a sleeping loop is woken so Phaser can finish destroying.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderOnDemand } from '../../../src/ui/phaser/render-on-demand';

function fakeGame() {
  const loop = {
    running: true,
    wakes: 0,
    resets: 0,
    sleep() {
      loop.running = false;
    },
    wake() {
      loop.running = true;
      loop.wakes++;
    },
    resetDelta() {
      loop.resets++;
    },
  };
  // The helper only touches the loop; a Phaser game cannot be made in Node.
  return { loop, game: { loop } as unknown as Parameters<typeof renderOnDemand>[0] };
}

describe('renderOnDemand', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // Node has no animation frames: one every 16 ms of the fake clock.
    vi.stubGlobal('requestAnimationFrame', (step: (t: number) => void) =>
      setTimeout(() => step(Date.now()), 16),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('sleeps after two idle frames in a row, and not while something moves', () => {
    const { loop, game } = fakeGame();
    const demand = renderOnDemand(game);
    demand.settle(false);
    demand.settle(true);
    demand.settle(false);
    expect(loop.running).toBe(true);
    demand.settle(false);
    expect(loop.running).toBe(false);
  });

  it('prepares the scene between two frames, then wakes once, with a fresh delta', () => {
    const { loop, game } = fakeGame();
    const demand = renderOnDemand(game);
    const seen: string[] = [];
    demand.prepare = () => seen.push(`prepared, awake: ${loop.running}`);
    demand.settle(false);
    demand.settle(false);
    demand.request();
    demand.request();
    expect(loop.running).toBe(false);
    vi.advanceTimersByTime(16);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['prepared, awake: false']);
    expect(loop.running).toBe(false);
    vi.runAllTimers();
    expect(loop.running).toBe(true);
    expect(loop.wakes).toBe(1);
    expect(loop.resets).toBe(1);
    expect(seen).toHaveLength(1);
  });

  it('counts idle frames afresh after a request', () => {
    const { loop, game } = fakeGame();
    const demand = renderOnDemand(game);
    demand.settle(false);
    demand.request();
    demand.settle(false);
    expect(loop.running).toBe(true);
  });

  it('wakes a sleeping loop once to finish destroying, and never again after', () => {
    const { loop, game } = fakeGame();
    const demand = renderOnDemand(game);
    let prepared = 0;
    demand.prepare = () => prepared++;
    demand.settle(false);
    demand.settle(false);
    demand.request();
    demand.wakeForDestroy();
    expect(demand.prepare).toBeNull();
    expect(loop.wakes).toBe(1);
    loop.running = false;
    demand.request();
    vi.runAllTimers();
    expect(loop.wakes).toBe(1);
    expect(prepared).toBe(0);
  });
});
