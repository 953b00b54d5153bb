// What a negotiator offers next. An opening, or an offer after a refused ratification, is planned
// afresh from its target and its model of the other side. Otherwise it gives ground from its last
// offer, toward what the other side has asked for, so that no offer takes back what the one before
// gave; another named cause (an event, their own retraction) frees it to plan afresh only when
// giving ground from its last offer cannot reach its target.
import { type OfferCause, type Package, round6, sameTerms, type TradeOff } from '../engine';
import { type Contributions, choosePackage, contributions, repairToward } from './bidding';
import { KEEP_IN_HAND, type Situation } from './evaluation';
import { heardFrom, provablyNoWorse, surelyBetter } from './heard';
import type { Knowledge } from './knowledge';
import { opponentOffers } from './opponent-model';

export interface NextOffer {
  offer: TradeOff;
  /** The cause named with the offer: set when it was planned afresh after one. */
  cause: OfferCause | null;
}

/**
 * One answer per evaluation: the negotiator's move, its acceptance rule and its explanation all
 * ask for the same next offer of the same Situation, which draws no randomness.
 */
const planned = new WeakMap<Situation, NextOffer | null>();

/** The package we would offer next at our target, or null when none reaches it. */
export function nextOffer(sit: Situation): NextOffer | null {
  if (planned.has(sit)) return planned.get(sit) ?? null;
  const next = nextOfferAfresh(sit);
  planned.set(sit, next);
  return next;
}

function nextOfferAfresh(sit: Situation): NextOffer | null {
  const { history, lastOwn, lessons, floor } = sit;
  const cause = history.cause;
  if (lastOwn === null) {
    const opening = plannedOffer(sit);
    return opening ? { offer: opening, cause: null } : null;
  }
  // A named cause lets us ask for more than our last offer (an event, only when it has pushed our
  // floor above it), never for less in a way our model could get wrong: an offer that gives ground
  // is built from our last one, issue by issue, so it is never worse for both sides.
  // Their side refused to ratify our last offer: a real step their way, the best our floor allows
  // on one issue, not today's small one.
  const theyRefused = cause === 'ratification-refused' && lessons.refusedByThem.length > 0;
  if (cause !== null) {
    // Planned afresh, the offer may ask for more (the cause says why), or give more where the
    // intelligence we hold proves it no worse for them, whatever its errors.
    const planned = plannedOffer(sit);
    const last = history.own.at(-1)?.pkg;
    const heard = heardFrom(sit.obs, sit.knowledge);
    if (
      planned &&
      last &&
      ((!theyRefused && planned.own >= lastOwn - 1e-9 && (cause !== 'event' || floor > lastOwn)) ||
        (heard !== null &&
          provablyNoWorse(heard, sit.knowledge, completed(sit.knowledge, last), planned.terms)))
    ) {
      return { offer: planned, cause };
    }
  }
  const conceded = concededOffer(sit, theyRefused ? floor : sit.target, theyRefused);
  if (conceded) return { offer: conceded, cause: null };
  // Our last offer is now short of our target (our floor rose): we hold it rather than take it back,
  // since asking for more needs a cause the other side can see.
  const held = heldOffer(sit);
  if (held) return { offer: held, cause: null };
  const planned = plannedOffer(sit);
  return planned ? { offer: planned, cause } : null;
}

function heldOffer(sit: Situation): TradeOff | null {
  const last = sit.history.own.at(-1)?.pkg;
  if (!last) return null;
  const table = contributions(sit.tables);
  const terms = completed(sit.knowledge, last);
  // An offer holding an option since ruled out is not one we can hold.
  if (Object.entries(terms).some(([issue, option]) => table[issue]?.[option] === undefined)) return null;
  const [own, theirs] = totals(terms, table);
  return { terms, own: round6(own), theirs: round6(theirs) };
}

/** The offer our target and model call for, planned afresh: an opening, or after a named cause. */
function plannedOffer(sit: Situation): TradeOff | null {
  const { knowledge, obs, model, lessons, tables, frontier, floor, target } = sit;
  const exploit = sit.skill.exploits ? { theirReservation: model.reservation } : null;
  let next = choosePackage(frontier, target, exploit);
  const theirLast = opponentOffers(obs).at(-1);
  if (theirLast) {
    // Once they have spoken, meet them where they stand rather than where our model says: a
    // model's pick away from their offer stalls talks when the model is wrong.
    const repaired = repairToward(completed(knowledge, theirLast), target, contributions(tables));
    if (repaired.own >= target - 1e-9) next = repaired;
  }
  if (lessons.refusedByThem.length > 0 && next && next.theirs < model.reservation) {
    // Their principal has refused what we offered: give at least what we now think it needs,
    // keeping as much as we can above our own floor.
    const enough = frontier.find((p) => p.theirs >= model.reservation && p.own >= floor - 1e-9);
    if (enough) next = enough;
  }
  return next;
}

/**
 * Our last offer with ground given toward theirs, down to our target, most value to them (by our
 * model) for the least cost to us: issue by issue toward what they asked for, or, with intelligence
 * on their priorities, any package it proves no worse for them.
 */
function concededOffer(sit: Situation, target: number, bigStep = false): TradeOff | null {
  const { knowledge, tables, history } = sit;
  const last = history.own.at(-1)?.pkg;
  if (!last) return null;
  const ours = completed(knowledge, last);
  const asked = history.theirs.map((o) => completed(knowledge, o.pkg));
  const offered = history.own.map((o) => completed(knowledge, o.pkg));
  const full = contributions(tables);
  const heard = heardFrom(sit.obs, sit.knowledge);
  const table: Contributions = {};
  let movedOff = false;
  for (const [issue, options] of Object.entries(full)) {
    // Toward what they asked for: the option they offer now, or one that the intelligence we hold
    // ranks above ours for them by more than its margins can explain: either way better for them.
    // Their latest option counts only if ours is not one they asked for too: when we have already
    // moved to one of their asks, which of the two they prefer is not ours to guess.
    // What they opened with is what they want most, so it is always a step their way.
    const theirsNow = asked.at(-1)?.[issue];
    const theirsFirst = asked[0]?.[issue];
    const oursAsked = asked.some((terms) => terms[issue] === ours[issue]);
    // Nor if it is an option we offered before and have since moved on from: that is our own old
    // ask, which they took up, not what they want.
    const oursBefore = offered.some((terms) => terms[issue] === theirsNow);
    const toward = (id: string, own: number) =>
      id === ours[issue] ||
      id === theirsFirst ||
      (id === theirsNow && !oursAsked && !oursBefore) ||
      (own <= (options[ours[issue] as string]?.own ?? 0) + 1e-12 &&
        surelyBetter(heard, issue, id, ours[issue] as string));
    const kept = Object.fromEntries(Object.entries(options).filter(([id, o]) => toward(id, o.own)));
    table[issue] = Object.keys(kept).length > 0 ? kept : options;
    // Our last option has since been ruled out (a legislature refused it): we move to what costs us
    // least of what is left on that issue, their way.
    const left = table[issue] as Contributions[string];
    if (!left[ours[issue] as string]) {
      const [pick] = Object.entries(left).sort(([, a], [, b]) => b.own - a.own)[0] ?? [];
      if (pick !== undefined) {
        ours[issue] = pick;
        movedOff = true;
      }
    }
  }
  const bases = [ours, ...(asked.length > 0 ? [asked[asked.length - 1] as Record<string, string>] : [])];
  const candidates = [
    ...bases.map((base) => repairToward(base, target, table)),
    // With intelligence on their priorities we may also trade across issues, but only a package
    // that the intelligence proves no worse for them, whatever its errors within their margins.
    ...(heard
      ? bases
          .map((base) => repairToward(base, target, full))
          .filter((c) => provablyNoWorse(heard, knowledge, ours, c.terms))
      : []),
  ].filter((c) => c.own >= target - 1e-9);
  // First what costs us nothing: a package the intelligence proves no worse for them, at least as
  // good for us, and better for them by our model. It moves the talks toward the frontier.
  const [oursOwn, oursTheirs0] = totals(ours, full);
  if (heard) {
    let free: TradeOff | null = null;
    for (const base of bases) {
      const c = repairToward(base, oursOwn, full);
      if (c.own < oursOwn - 1e-9 || c.theirs <= oursTheirs0 + 1e-6 || sameTerms(c.terms, ours)) continue;
      if (!provablyNoWorse(heard, knowledge, ours, c.terms)) continue;
      if (!free || c.theirs > free.theirs) free = c;
    }
    if (free) return free;
  }
  // We give ground one issue at a time, so that a partner who answers concessions with concessions
  // sees as many as we have room for, and never a jump to our floor.
  const single = singleConcession(ours, table, target, bigStep ? 'best-value' : sit.skill.concedes);
  if (single) return single;
  // No single issue fits: a trade across issues that gives them more (by our model) at our target.
  const [, oursTheirs] = totals(ours, table);
  let best: TradeOff | null = null;
  for (const c of candidates) {
    if (sameTerms(c.terms, ours) || c.theirs <= oursTheirs + 1e-9) continue;
    if (!best || c.theirs > best.theirs + 1e-12) best = c;
  }
  if (best) return best;
  if (history.theyJustConceded || target < (sit.lastOwn ?? 0) - 1e-9) {
    // Our options come in lumps: when no concession fits in today's step, we make the smallest one
    // our floor allows rather than none, so a partner who answers concessions sees one. Before the
    // last meeting it keeps ground in hand as every step does (evaluation.ts): a lump that would
    // give away more than that share of what is left above our floor waits, since the step after
    // it would be to nothing.
    const bound =
      sit.roundsLeft > 0 && sit.lastOwn !== null
        ? sit.floor + (sit.lastOwn - sit.floor) * KEEP_IN_HAND
        : sit.floor;
    const small = singleConcession(ours, table, bound, 'cheapest');
    if (small) return small;
  }
  const [own, theirs] = totals(ours, table);
  // Off a ruled-out option we stay off it, even below today's target (not our floor): it cannot
  // be signed.
  const keep = own >= target - 1e-9 || (movedOff && own >= sit.floor - 1e-9);
  return keep ? { terms: ours, own: round6(own), theirs: round6(theirs) } : null;
}

/** One issue moved: what a single-issue concession changes, with its cost to us and gain to them. */
interface Step {
  issue: string;
  option: string;
  cost: number;
  gain: number;
}

/**
 * The single-issue change that gives them something (by our model) and keeps us at `bound` or
 * above: the one worth most to them for what it costs us, or the one that costs us least.
 */
function singleConcession(
  ours: Record<string, string>,
  table: Contributions,
  bound: number,
  prefer: 'best-value' | 'cheapest',
): TradeOff | null {
  const [own, theirs] = totals(ours, table);
  const value = (s: Step) => s.gain / (Math.max(0, s.cost) + 1e-3);
  const better = (s: Step, pick: Step) =>
    prefer === 'best-value'
      ? value(s) > value(pick)
      : s.cost < pick.cost - 1e-12 || (Math.abs(s.cost - pick.cost) <= 1e-12 && s.gain > pick.gain);
  let pick: Step | null = null;
  for (const [issue, options] of Object.entries(table)) {
    const current = options[ours[issue] as string];
    if (!current) continue;
    for (const [option, o] of Object.entries(options)) {
      const step = { issue, option, cost: current.own - o.own, gain: o.theirs - current.theirs };
      if (step.gain <= 1e-12 || own - step.cost < bound - 1e-9) continue;
      if (!pick || better(step, pick)) pick = step;
    }
  }
  if (!pick) return null;
  return {
    terms: { ...ours, [pick.issue]: pick.option },
    own: round6(own - pick.cost),
    theirs: round6(theirs + pick.gain),
  };
}

function totals(terms: Record<string, string>, table: Contributions): [number, number] {
  let own = 0;
  let theirs = 0;
  for (const [issue, option] of Object.entries(terms)) {
    own += table[issue]?.[option]?.own ?? 0;
    theirs += table[issue]?.[option]?.theirs ?? 0;
  }
  return [own, theirs];
}

/** A package's terms with every issue it leaves out at its status quo. */
function completed(knowledge: Knowledge, pkg: Package): Record<string, string> {
  const terms: Record<string, string> = {};
  for (const issue of knowledge.issues) terms[issue.id] = pkg.terms[issue.id] ?? issue.statusQuo;
  return terms;
}
