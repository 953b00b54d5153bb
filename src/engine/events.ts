// Events fire once each: on their date, when a meter crosses a line, or by chance in a window, all
// checked as rounds pass; or on an occasion (a deal ratified, a ratification failed, a walk-out), at
// the moment it happens.
import type { Scenario, ScenarioEvent } from '../scenario/schema';
import type { SideId } from '../scenario/sides';
import { appendLog } from './log';
import { applyEffects } from './meters';
import { nextFloat } from './rng';
import type { GameDraft } from './state';

/** Something that happened at the table, for the events that wait for it. */
export type Occasion =
  | { kind: 'signed'; terms: Readonly<Record<string, string>> }
  | { kind: 'ratification-failed'; failures: readonly string[] }
  | { kind: 'walkout'; by: SideId };

function due(event: ScenarioEvent, s: GameDraft): boolean {
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
    case 'signed':
    case 'ratification-failed':
    case 'walkout':
      return false;
  }
}

function answers(event: ScenarioEvent, occasion: Occasion): boolean {
  const t = event.trigger;
  switch (t.kind) {
    case 'signed':
      return (
        occasion.kind === 'signed' &&
        (t.when === undefined || t.when.options.includes(occasion.terms[t.when.issue] ?? ''))
      );
    case 'ratification-failed':
      return (
        occasion.kind === 'ratification-failed' &&
        (t.winset === undefined || occasion.failures.includes(t.winset))
      );
    case 'walkout':
      return occasion.kind === 'walkout' && (t.by === undefined || t.by === occasion.by);
    default:
      return false;
  }
}

function fire(scenario: Scenario, s: GameDraft, event: ScenarioEvent, background: boolean): void {
  s.firedEvents = [...s.firedEvents, event.id];
  applyEffects(scenario, s, event.effects);
  appendLog(s, { kind: 'event', event: event.id, background, visibility: 'public' });
}

/** Fires every due event, in scenario order. `background` marks what happened before play began. */
export function fireEvents(scenario: Scenario, s: GameDraft, background = false): void {
  for (const event of scenario.events) {
    if (s.firedEvents.includes(event.id) || !due(event, s)) continue;
    fire(scenario, s, event, background);
  }
}

/** Fires, in scenario order, the events not yet fired that wait for this occasion. Draws no luck. */
export function fireOccasion(scenario: Scenario, s: GameDraft, occasion: Occasion): void {
  for (const event of scenario.events) {
    if (s.firedEvents.includes(event.id) || !answers(event, occasion)) continue;
    fire(scenario, s, event, false);
  }
}
