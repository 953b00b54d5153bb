// Would the negotiator accept the offer it faces, and if not, what in its evaluation says no: its
// reservation, its principal's line, its legislature, or simply that the offer is below the level
// it accepts at (the issues that fall short are named by the explanation, from the smallest change
// that would do). Read off the same `Situation` the negotiator decides from.

import { type Package, samePackage } from '../engine';
import { acceptsStanding, nextOffer } from './acceptance';
import type { Appraisal } from './appraisal';
import { assess, type Situation } from './evaluation';
import { onTheRecord } from './script';
import { legislatureRefusals, supposeOffered } from './supposition';
import { STALE_ROUNDS } from './win-sets';

/** Why the negotiator will not accept a package now. */
export type Reason =
  /** Worse for it than no deal. */
  | { kind: 'below-no-deal' }
  /** Its principal would not sign: the principal's utility test fails, or it is below the line it knows. */
  | { kind: 'principal' }
  /** Its legislature's meter test refuses one of the package's options. */
  | { kind: 'legislature'; winset: string; issue: string; option: string; meter: string }
  /** The package's option on this issue costs it too much; `wants` is the option that would do. */
  | { kind: 'issue-short'; issue: string; from: string; wants: string | 'better' }
  /** The package's conditional clause costs it too much: what comes into force if it triggers. */
  | { kind: 'clause' }
  /** It follows a course of its own today (a historical persona on the record's script). */
  | { kind: 'own-plan' };

export type Verdict = { accepts: true } | { accepts: false; reasons: Reason[] };

/**
 * The verdict on the offer `sit` faces. `reasons` here never holds 'issue-short' or 'clause':
 * whether the offer is short of what it takes is `short`, and what falls short is the
 * explanation's business (explain.ts).
 */
export function verdictOn(sit: Situation): { verdict: Verdict; short: boolean } {
  const { obs, knowledge, reservation, threshold } = sit;
  const standing = obs.standing;
  if (!standing || standing.by === obs.side) {
    return { verdict: { accepts: false, reasons: [] }, short: true };
  }
  const u = standing.yourUtility;
  const planned = scriptedAnswer(sit);
  if (planned === 'accept') return { verdict: { accepts: true }, short: false };
  if (planned === 'other')
    return { verdict: { accepts: false, reasons: [{ kind: 'own-plan' }] }, short: false };
  if (acceptsStanding(sit, nextOffer(sit))) return { verdict: { accepts: true }, short: false };
  const reasons: Reason[] = [];
  if (u < reservation) reasons.push({ kind: 'below-no-deal' });
  const refusals = legislatureRefusals(knowledge, obs, standing.package);
  for (const r of refusals) reasons.push({ kind: 'legislature', ...r });
  if ((!standing.yourWinsetPasses && refusals.length === 0) || u < threshold)
    reasons.push({ kind: 'principal' });
  const short = reasons.length === 0 || u < sit.floor;
  return { verdict: { accepts: false, reasons }, short };
}

/**
 * A historical persona plays the record's step for today before it weighs anything, unless that
 * step is a signature its principal would refuse (negotiator.ts's `decide`).
 */
function scriptedAnswer(sit: Situation): 'accept' | 'other' | null {
  const { persona, knowledge, obs } = sit;
  if (!persona.historical || !obs.standing) return null;
  for (const step of knowledge.historical.script) {
    if (step.side !== knowledge.side || step.date !== obs.date || step.slot !== obs.slot) continue;
    const type = step.action.type;
    if (type === 'unilateral' || type === 'consult') continue;
    // Off the record (an offer of its own made), it no longer plays the record's offers.
    if (
      (type === 'propose' || type === 'counter') &&
      !onTheRecord(knowledge.historical, knowledge.side, obs, knowledge.issues)
    )
      continue;
    if (type !== 'accept') return 'other';
    const refusable = !(obs.standing.yourWinsetPasses && obs.standing.yourUtility >= obs.you.reservation);
    return refusable ? null : 'accept';
  }
  return null;
}

/**
 * The situation the negotiator would be in if the other side proposed `pkg` now: its evaluation
 * draws no randomness, so what it says it would take is what it takes on its turn.
 */
export function supposedSituation(sit: Situation, pkg: Package, appraisal: Appraisal): Situation {
  const { knowledge, skill, persona, obs } = sit;
  const standing = obs.standing;
  if (obs.yourTurn && standing && standing.by !== obs.side && samePackage(standing.package, pkg)) return sit;
  const supposed = supposeOffered(obs, pkg, appraisal, knowledge, consultsFirst(sit));
  const s = assess(knowledge, skill, persona, supposed, appraisal.statements);
  return { ...s, skill };
}

/** Whether its first move on its turn asks its principal for his line (negotiator.ts's `slotAction`). */
export function consultsFirst(sit: Situation): boolean {
  const { skill, obs, knowledge } = sit;
  if (!skill.consults.includes('own-winset')) return false;
  if (!knowledge.consultations.some((c) => c.reveals === 'own-winset')) return false;
  const asked = obs.intel.filter((r) => r.kind === 'own-winset').at(-1);
  return asked === undefined || obs.round - asked.round > STALE_ROUNDS;
}
