// After a deal is ratified, its review period plays out month by month: the US judges the results
// at each review, a conditional clause may come due, and tariffs may return.
import type { Scenario } from '../scenario/schema';
import { addDays, fromDayNumber, toDayNumber } from './calendar';
import { fireEvents } from './events';
import { clamp, evaluateLinear, worldVariables } from './linear';
import { appendLog, takeSnapshot } from './log';
import { applySigningEffects, driftMeters } from './meters';
import { optionOf, reviewDays } from './offer';
import { nextFloat } from './rng';
import type { Deal, GameDraft, ReviewResult } from './state';
import { scheduledRate } from './tariff';
import { checkWinsets } from './winset';
import { advanceWorld } from './world';

/** Sum of the flow effects of the options a deal puts in force. */
export function dealFlowEffect(scenario: Scenario, terms: Record<string, string>): number {
  let total = 0;
  for (const [issue, option] of Object.entries(terms))
    total += optionOf(scenario, issue, option)?.effects?.flowEffect ?? 0;
  return total;
}

export function tariffTerm(
  scenario: Scenario,
  terms: Record<string, string>,
): 'suspended' | 'delayed' | 'imposed' {
  for (const [issue, option] of Object.entries(terms)) {
    const t = optionOf(scenario, issue, option)?.effects?.tariff;
    if (t) return t;
  }
  return 'imposed';
}

/**
 * Puts the deal in force and lets the world run on, through its reviews, to the close of the
 * scenario's end date (or to the last review, if that comes later), so that every game's timeline
 * covers the same months. A row is taken at each review and at each month's end; `s` is the
 * caller's draft.
 */
export function runReviewPeriod(scenario: Scenario, s: GameDraft, deal: Deal): void {
  s.world.flowEffect += dealFlowEffect(scenario, deal.terms);
  const tariffMode = tariffTerm(scenario, deal.terms);
  if (tariffMode === 'suspended') s.tariff.status = 'suspended';
  else if (tariffMode === 'delayed') s.tariff.status = 'frozen';
  s.tariff.rate = tariffMode === 'suspended' ? 0 : s.tariff.rate;
  appendLog(s, { kind: 'tariff', rate: s.tariff.rate, status: s.tariff.status, visibility: 'public' });

  const reviews = reviewDays(scenario, deal.terms);
  const signed = s.date;
  // Moments in elapsed days since the start. Each is a midnight, the close of a day: a review at the
  // close of its day, a month's end, the close of the end date. (The signing itself may fall at noon.)
  const origin = toDayNumber(scenario.calendar.start);
  const closeOf = (date: string) => toDayNumber(date) + 1 - origin;
  const reviewAt = new Map<number, number>(reviews.map((d) => [closeOf(addDays(signed, d)), d]));
  const closeOfEnd = closeOf(scenario.calendar.end);
  const last = Math.max(closeOfEnd, ...reviewAt.keys());
  // Month ends keep the months apart, so each row's `crossed` belongs to one month. A deal that keeps
  // the tariff climbing also stops on the eve of each step, so the bill is exact.
  const moments = new Set<number>([...reviewAt.keys(), last]);
  const from = Math.floor(origin + s.world.elapsedDays) + 1;
  for (let day = from; day - origin < last; day++) {
    if (fromDayNumber(day).endsWith('-01')) moments.add(day - origin);
  }
  if (tariffMode === 'imposed') {
    for (const step of s.tariff.steps) {
      const day = toDayNumber(step.date);
      if (day >= from && day - origin < last) moments.add(day - origin);
    }
  }
  let elapsed = s.world.elapsedDays;
  for (const at of [...moments].sort((a, b) => a - b)) {
    const crossed = advanceWorld(scenario, s, s.date, at - elapsed);
    driftMeters(scenario, s, at - elapsed);
    elapsed = at;
    // The day that just closed: the review's day, a month's last day, or the end date.
    s.date = fromDayNumber(origin + at - 1);
    const day = reviewAt.get(at);
    if (day !== undefined) judge(scenario, s, deal, day, day === reviews[reviews.length - 1]);
    takeSnapshot(scenario, s, crossed);
    if (at === last) break;
    // The next day begins: a tariff step due on it applies from here on, and events come due.
    s.date = fromDayNumber(origin + at);
    followSchedule(s);
    fireEvents(scenario, s);
  }
}

/** A tariff that no deal switched off (kept by the deal, or reinstated) climbs its ladder. */
function followSchedule(s: GameDraft): void {
  const status = s.tariff.status;
  if (status !== 'threatened' && status !== 'in-force' && status !== 'reinstated') return;
  const rate = scheduledRate(s.tariff.steps, s.date);
  if (rate === s.tariff.rate) return;
  s.tariff.rate = rate;
  if (status === 'threatened' && rate > 0) s.tariff.status = 'in-force';
  appendLog(s, { kind: 'tariff', rate, status: s.tariff.status, visibility: 'public' });
}

function judge(scenario: Scenario, s: GameDraft, deal: Deal, day: number, final: boolean): void {
  const initial = scenario.world.encounters.initial;
  const dropPct = (100 * (initial - s.world.encounters)) / initial;
  const clause = deal.package.conditional?.review === day ? deal.package.conditional : undefined;
  const target = clause?.minDropPct ?? scenario.review.targetDropPct;
  const sufficient = dropPct >= target;
  const result: ReviewResult = {
    day,
    date: s.date,
    encounters: s.world.encounters,
    dropPct: Math.round(dropPct * 10) / 10,
    target,
    sufficient,
    clause: 'none',
    tariff: 'kept-off',
  };
  let reinstate = false;
  if (!sufficient && deal.reinstated === false) {
    if (clause) {
      const terms = { ...deal.terms, ...clause.then };
      const checks = checkWinsets(scenario, s, { terms }).filter(
        (c) => c.applies && c.winset.test.kind === 'meter',
      );
      if (checks.every((c) => c.passed)) {
        result.clause = 'ratified';
        s.world.flowEffect +=
          dealFlowEffect(scenario, clause.then) - dealFlowEffect(scenario, pick(deal.terms, clause.then));
        applySigningEffects(scenario, s, clause.then, deal.terms);
        deal.terms = terms;
        deal.clauseTriggered = true;
      } else {
        result.clause = 'failed';
        reinstate = true;
      }
    } else {
      const vars = worldVariables(scenario, s);
      const p = clamp(evaluateLinear(scenario.review.reinstate, s.meters, vars), 0, 1);
      reinstate = nextFloat(s.rng) < p;
    }
  } else if (sufficient && final && s.tariff.status === 'frozen') {
    s.tariff.status = 'suspended';
    s.tariff.rate = 0;
  }
  if (reinstate) {
    deal.reinstated = true;
    s.tariff.status = 'reinstated';
    // The ladder as it stood, delays and escalations included, as if it had never been suspended.
    s.tariff.rate = scheduledRate(s.tariff.steps, s.date);
    result.tariff = 'reinstated';
  }
  appendLog(s, { kind: 'review', result, visibility: 'public' });
}

function pick(terms: Record<string, string>, keysOf: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(keysOf)) if (terms[k] !== undefined) out[k] = terms[k];
  return out;
}
