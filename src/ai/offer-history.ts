// The talks so far as a negotiator reads them from its own observation: the offers each side has
// made, in order, and what has happened since our last offer that could justify asking for more
// (a refused ratification, an event, the other side taking back what it had offered).
import { type Observation, type OfferCause, type Package, samePackage } from '../engine';
import type { Knowledge } from './knowledge';
import { ownUtility } from './win-sets';

export interface OfferHistory {
  /** Our offers, oldest first, with the log position each was made at. */
  own: readonly { pkg: Package; seq: number }[];
  /** The other side's offers, oldest first. */
  theirs: readonly { pkg: Package; seq: number }[];
  /** What happened since our last offer that lets the next one give them less; null if nothing. */
  cause: OfferCause | null;
  /** How far their offers have come toward us, in our utility: their latest minus their first (≥ 0). */
  theirConcession: number;
  /** Whether their latest offer gave us more than any of their earlier ones. */
  theyJustConceded: boolean;
  /** How much their latest offer gave us beyond the best of their earlier ones, in our utility (≥ 0). */
  theirLastStep: number;
  /** Consecutive offers of theirs, up to the latest, that gave us nothing more than the one before. */
  theirStill: number;
  /** Consecutive offers of ours, up to the latest, with the same terms. */
  ownRepeats: number;
  /**
   * They have stopped moving though we have not: two or more offers of theirs that gave us nothing
   * more, while we conceded in between. A partner who waits for our move is not standing still.
   */
  theyStand: boolean;
}

export function offerHistory(knowledge: Knowledge, obs: Observation): OfferHistory {
  const own: { pkg: Package; seq: number }[] = [];
  const theirs: { pkg: Package; seq: number }[] = [];
  for (const e of obs.log) {
    if (e.kind !== 'action' || (e.action.type !== 'propose' && e.action.type !== 'counter')) continue;
    (e.action.side === knowledge.side ? own : theirs).push({ pkg: e.action.package, seq: e.seq });
  }
  const value = theirs.map((o) => ownUtility(obs, o.pkg, knowledge));
  const first = value[0];
  const latest = value.at(-1);
  // Concessions count only from a side whose offers have never gone back on us: answering the
  // swings of one that does would reward noise.
  const steady = value.every((v, i) => i === 0 || v >= (value[i - 1] as number) - 1e-9);
  const theirConcession =
    !steady || first === undefined || latest === undefined ? 0 : Math.max(0, latest - first);
  let theirStill = 0;
  for (let i = value.length - 1; i > 0; i--) {
    if ((value[i] as number) > (value[i - 1] as number) + 1e-9) break;
    theirStill++;
  }
  const n = value.length;
  // New ground only: a side whose offers swing back and forth has not conceded when it swings back.
  const bestBefore = n > 1 ? Math.max(...value.slice(0, n - 1)) : 0;
  const theirLastStep = n > 1 ? Math.max(0, (value[n - 1] as number) - bestBefore) : 0;
  const theyJustConceded = steady && theirLastStep > 1e-9;
  let ownRepeats = 0;
  for (let i = own.length - 1; i > 0; i--) {
    const a = own[i]?.pkg;
    const b = own[i - 1]?.pkg;
    if (!a || !b || !samePackage(a, b)) break;
    ownRepeats++;
  }
  // Their still period began with the offer before the still ones (their last move, or their first).
  const since = theirs[Math.max(0, theirs.length - 1 - theirStill)]?.seq ?? Number.POSITIVE_INFINITY;
  const ownValue = own.map((o) => ownUtility(obs, o.pkg, knowledge));
  const weConceded = own.some(
    (o, i) => i > 0 && o.seq > since && (ownValue[i] as number) < (ownValue[i - 1] as number) - 1e-9,
  );
  return {
    own,
    theirs,
    theyStand: theirs.length >= 2 && theirStill >= 2 && weConceded,
    cause: causeSince(obs, own.at(-1)?.seq ?? -1, value, theirs),
    theirConcession,
    theyJustConceded,
    theirLastStep,
    theirStill,
    ownRepeats,
  };
}

/** The first named cause logged after `since`; a retraction counts only when it came after it too. */
function causeSince(
  obs: Observation,
  since: number,
  value: readonly number[],
  theirs: readonly { seq: number }[],
): OfferCause | null {
  for (const e of obs.log) {
    if (e.seq <= since) continue;
    if (e.kind === 'ratification' && !e.passed) return 'ratification-refused';
    if (e.kind === 'event' && !e.background) return 'event';
  }
  const n = value.length;
  const latest = theirs[n - 1];
  if (n > 1 && latest && latest.seq > since && (value[n - 1] as number) < (value[n - 2] as number) - 1e-9) {
    return 'their-retraction';
  }
  return null;
}
