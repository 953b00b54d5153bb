// How far one side's words can be believed, from the record of what it did after saying them, and
// what a negotiator should take from the other side's words now. Pure functions of one observation
// and the scenario's public structure: deterministic, and blind to the other side's private numbers.
//
// The estimate is a Beta-like mean. With no evidence a side is believed at PRIOR (0.7: people mostly
// mean what they say at a table, but a claim is cheap); each kept statement counts as one success,
// each bluff as one failure, against a prior worth PRIOR_WEIGHT statements, so one bluff costs a
// fresh speaker about a third of its credit and two kept statements win most of it back. Each
// intent is estimated with the side's overall figure as its prior: a side caught bluffing about a
// final offer is believed less when it warns of a walk-out, as a person across the table would.
// Pending statements count for nothing until they are settled.
import { type Observation, STATEMENT_INTENTS, type StatementIntent } from '../engine';
import type { SideId } from '../scenario/sides';
import { readStatements, type StatementReading, type StatementTable } from './statement-record';

export const PRIOR = 0.7;
export const PRIOR_WEIGHT = 2;
/** Before the deadline nobody may walk out, and a warning then is a promise about a later meeting. */
export const WALKOUT_DEFERRED = 0.5;

export interface Tally {
  kept: number;
  bluff: number;
  pending: number;
}

export interface Credibility {
  /** 0..1: how far this side's typed statements can be believed, all intents together. */
  overall: number;
  byIntent: Record<StatementIntent, number>;
  counts: Tally;
  countsByIntent: Record<StatementIntent, Tally>;
}

/** `speaker`'s credibility as the observer judges it. */
export function credibilityOf(table: StatementTable, obs: Observation, speaker: SideId): Credibility {
  return credibilityFrom(readStatements(table, obs, speaker));
}

/** The same estimate from readings already made (one pass over the log serves both). */
export function credibilityFrom(readings: readonly StatementReading[]): Credibility {
  const counts = tally(readings);
  const overall = beta(PRIOR, counts);
  const byIntent = {} as Record<StatementIntent, number>;
  const countsByIntent = {} as Record<StatementIntent, Tally>;
  for (const intent of STATEMENT_INTENTS) {
    const own = tally(readings.filter((r) => r.intent === intent));
    countsByIntent[intent] = own;
    byIntent[intent] = beta(overall, own);
  }
  return { overall, byIntent, counts, countsByIntent };
}

function tally(readings: readonly StatementReading[]): Tally {
  const t: Tally = { kept: 0, bluff: 0, pending: 0 };
  for (const r of readings) t[r.verdict]++;
  return t;
}

function beta(prior: number, t: Tally): number {
  return (prior * PRIOR_WEIGHT + t.kept) / (PRIOR_WEIGHT + t.kept + t.bluff);
}

/**
 * What the other side's words weigh now, for the negotiator's beliefs. Every field is about the
 * other side (the observation's side is "we"); null means it has no such claim standing.
 */
export interface StatementPressure {
  /**
   * Its latest final offer, if no later move has shown it a bluff and the game is on: how far to
   * believe it (0..1) and what it gives us. Believe it, and expect no better offer from it.
   */
  finalOffer: { credibility: number; yourUtility: number } | null;
  /**
   * 0..1: how likely it walks out if we do not settle now, from its latest walk-out warning still
   * untested and the credibility of its warnings (discounted before the deadline, when nobody may
   * leave yet). 0 with no warning standing: silent walk-outs are the opponent model's business.
   */
  walkoutRisk: number;
  /** 0..1: belief in its latest deadline threat still untested; null with none standing. */
  deadlineCredible: number | null;
  /**
   * What the package its latest standing appeal to its principal defended is worth to us: the
   * appeal says its principal signs nothing that gives us more. Null with no such appeal standing.
   */
  principalFloorHint: { credibility: number; yourUtility: number } | null;
}

export function statementPressure(table: StatementTable, obs: Observation): StatementPressure {
  const [a, b] = table.sides;
  const them = obs.side === a ? b : a;
  const readings = readStatements(table, obs, them);
  const credibility = credibilityFrom(readings);
  const over = obs.phase === 'over';
  const latest = (intent: StatementIntent) => readings.filter((r) => r.intent === intent).at(-1);
  // A claim still binds its speaker while no move has broken it; a final offer the listener
  // accepted binds no longer (a refused ratification reopens the talks), an appeal still does.
  const standing = (r: StatementReading | undefined) =>
    r !== undefined &&
    !over &&
    r.verdict !== 'bluff' &&
    !(r.intent === 'final-offer' && r.because.kind === 'accepted') &&
    r.yourUtility !== null
      ? { credibility: credibility.byIntent[r.intent], yourUtility: r.yourUtility }
      : null;
  const warning = latest('walkout-warning');
  const threat = latest('deadline-threat');
  const warned = !over && warning?.verdict === 'pending';
  return {
    finalOffer: standing(latest('final-offer')),
    walkoutRisk: warned
      ? credibility.byIntent['walkout-warning'] * (obs.date >= obs.deadline ? 1 : WALKOUT_DEFERRED)
      : 0,
    deadlineCredible: !over && threat?.verdict === 'pending' ? credibility.byIntent['deadline-threat'] : null,
    principalFloorHint: standing(latest('principal-appeal')),
  };
}
