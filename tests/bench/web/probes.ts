// In-page probes for the web benchmark, installed before any of the game's scripts run: every long
// main-thread task (PerformanceObserver 'longtask', over 50 ms by definition) and the longest gap
// between two animation frames, both since the last reset.
import type { BrowserContext } from 'playwright-core';

export interface Seen {
  longestTask: number;
  longTasks: number;
  longestFrame: number;
}

declare global {
  interface Window {
    __bench?: { reset(): void; read(): Seen };
  }
}

export async function installProbes(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    let seen = { longestTask: 0, longTasks: 0, longestFrame: 0 };
    let last = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        seen.longTasks++;
        seen.longestTask = Math.max(seen.longestTask, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
    const frame = (t: number) => {
      if (last > 0) seen.longestFrame = Math.max(seen.longestFrame, t - last);
      last = t;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    window.__bench = {
      reset() {
        seen = { longestTask: 0, longTasks: 0, longestFrame: 0 };
        last = 0;
      },
      read: () => ({ ...seen }),
    };
  });
}
