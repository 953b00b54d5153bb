// When a negotiator leaves the table, and what it warns first. It leaves only when no deal it still
// expects the other side to take and ratify beats having none, or when it warned that it would and
// the other side neither took its offer nor moved. It warns only when it means it: the other side
// has stopped moving, nothing it asks for clears our floor, and we have no ground left to give.
import { contributions } from './bidding';
import type { Situation } from './evaluation';
import { ownUtility } from './win-sets';

export type WalkOutReason = 'hopeless' | 'warned';

/** From this share of the calendar on, a walk-out is on the table (as the rules allow it). */
const WALK_OUT_FROM = 0.5;

export function walkOutReason(sit: Situation): WalkOutReason | null {
  const { obs, frontier, model, floor, time } = sit;
  if (!obs.legal.some((l) => l.type === 'walkout') || time < WALK_OUT_FROM) return null;
  // A deal beats none only if it is worth our reservation and our own principal would sign it. We
  // give up on one only when our model says none would pass theirs, and the most we could give has
  // been put to them and refused: until then there is still a deal we expect them to ratify.
  const expected = frontier.some((p) => p.theirs >= model.reservation && p.own >= floor - 1e-9);
  if (!expected && mostWeCouldGiveRefused(sit)) return 'hopeless';
  return warningIgnored(sit) ? 'warned' : null;
}

function mostWeCouldGiveRefused(sit: Situation): boolean {
  const { frontier, floor, lessons, knowledge } = sit;
  const within = frontier.filter((p) => p.own >= floor - 1e-9);
  const most = within[within.length - 1];
  if (!most) return true;
  const table = contributions(sit.tables);
  const forThem = (terms: Readonly<Record<string, string>>) =>
    knowledge.issues.reduce((sum, i) => sum + (table[i.id]?.[terms[i.id] ?? i.statusQuo]?.theirs ?? 0), 0);
  return lessons.refusedByThem.some((pkg) => forThem(pkg.terms) >= most.theirs - 1e-9);
}

/** Whether our standing offer should carry a walk-out warning: we will leave if it is refused. */
export function shouldWarn(sit: Situation): boolean {
  const { obs, floor, target, theyStand, history, knowledge, roundsLeft } = sit;
  if (!theyStand || roundsLeft < 2 || target > floor + 0.01) return false;
  // The warning is for the meeting after this one: the walk-out must be allowed by then.
  if (sit.time < WALK_OUT_FROM - 1 / Math.max(1, obs.roundCount - 1)) return false;
  const theirLast = history.theirs.at(-1)?.pkg;
  return theirLast !== undefined && ownUtility(obs, theirLast, knowledge) < floor - 1e-9;
}

/** We warned with our last offer; since then they have neither taken it nor given us anything more. */
function warningIgnored(sit: Situation): boolean {
  const { obs, history, knowledge, floor } = sit;
  const ours = history.own.at(-1);
  if (!ours) return false;
  const warned = obs.log.some(
    (e) => e.seq === ours.seq && e.kind === 'action' && e.action.say?.intent === 'walkout-warning',
  );
  if (!warned) return false;
  const answer = history.theirs.at(-1);
  if (!answer || answer.seq < ours.seq) {
    // No new offer from them: they rejected it, or let it stand unanswered at the last meeting.
    return obs.log.some(
      (e) =>
        e.seq > ours.seq &&
        e.kind === 'action' &&
        e.action.side !== knowledge.side &&
        e.action.type === 'reject',
    );
  }
  return !history.theyJustConceded && ownUtility(obs, answer.pkg, knowledge) < floor - 1e-9;
}
