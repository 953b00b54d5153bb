// The meeting clock: turns within a round, the world moving on between rounds, the tariff steps,
// and the end of the game.

import type { Scenario } from '../scenario/schema';
import { otherSide } from '../scenario/sides';
import type { RoundInfo } from './calendar';
import { fireEvents } from './events';
import { appendLog, takeSnapshot } from './log';
import { driftMeters } from './meters';
import type { GameDraft } from './state';
import { rateInForce } from './tariff';
import { advanceWorld } from './world';

export function endGame(s: GameDraft, outcome: GameDraft['outcome']): void {
  s.phase = 'over';
  s.outcome = outcome;
  appendLog(s, { kind: 'end', outcome: outcome.kind, visibility: 'public' });
}

export function endTurn(scenario: Scenario, rounds: readonly RoundInfo[], s: GameDraft): void {
  if (s.turn.step === 0) {
    s.turn = { side: otherSide(scenario, s.turn.side), step: 1, slotUsed: false };
    return;
  }
  closeRound(scenario, rounds, s);
}

/** The round's meeting is over: the world moves on by the round's length, then the next begins. */
function closeRound(scenario: Scenario, rounds: readonly RoundInfo[], s: GameDraft): void {
  if (advanceRound(scenario, rounds, s)) return;
  endGame(s, { kind: 'no-deal', date: s.date, round: s.round, finalTariff: s.tariff.rate });
}

/**
 * Moves the world through the current round to the next meeting (or to the end date, returning
 * false when the calendar has no more meetings).
 */
export function advanceRound(scenario: Scenario, rounds: readonly RoundInfo[], s: GameDraft): boolean {
  const info = rounds[s.round];
  // Past the last meeting (which restoreState and the clock never allow): the calendar is over.
  if (!info) return false;
  const crossed = advanceWorld(scenario, s, s.date, info.days);
  driftMeters(scenario, s, info.days);
  appendLog(s, { kind: 'round', closed: s.round, visibility: 'public' });
  takeSnapshot(scenario, s, crossed);
  const next = rounds[s.round + 1];
  if (!next) {
    s.date = scenario.calendar.end;
    updateTariff(s);
    return false;
  }
  s.round = next.index;
  s.date = next.date;
  s.slot = next.slot;
  s.phase = next.phase;
  updateTariff(s);
  fireEvents(scenario, s);
  // The initiative alternates: whoever answered last round opens this one.
  const opener =
    next.index % 2 === 0 ? scenario.calendar.opener : otherSide(scenario, scenario.calendar.opener);
  s.turn = { side: opener, step: 0, slotUsed: false };
  return true;
}

function updateTariff(s: GameDraft): void {
  const rate = rateInForce(s.tariff, s.date);
  if (rate !== s.tariff.rate || (rate > 0 && s.tariff.status === 'threatened')) {
    s.tariff.rate = rate;
    if (rate > 0) s.tariff.status = 'in-force';
    appendLog(s, { kind: 'tariff', rate, status: s.tariff.status, visibility: 'public' });
  }
}
