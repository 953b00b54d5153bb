// Events fire once each: on their date, when a meter crosses a line, or by chance in a window.
import type { Scenario, ScenarioEvent } from '../scenario/schema';
import { appendLog } from './log';
import { applyEffects } from './meters';
import { nextFloat } from './rng';
import type { GameState } from './state';

function due(event: ScenarioEvent, s: GameState): boolean {
  const t = event.trigger;
  switch (t.kind) {
    case 'date':
      return t.date <= s.date;
    case 'meter': {
      const v = s.meters[t.meter];
      if (v === undefined) return false;
      return (t.below !== undefined && v < t.below) || (t.above !== undefined && v > t.above);
    }
    case 'chance': {
      if ((t.from && s.date < t.from) || (t.until && s.date > t.until)) return false;
      // Only chance events draw from the stream, so adding a dated event never reshuffles luck.
      return nextFloat(s.rng) < t.perRound;
    }
  }
}

/** Fires every due event, in scenario order. `background` marks what happened before play began. */
export function fireEvents(scenario: Scenario, s: GameState, background = false): void {
  for (const event of scenario.events) {
    if (s.firedEvents.includes(event.id) || !due(event, s)) continue;
    s.firedEvents = [...s.firedEvents, event.id];
    applyEffects(scenario, s, event.effects);
    appendLog(s, { kind: 'event', event: event.id, background, visibility: 'public' });
  }
}
