// What a negotiator makes of the table at one decision: what it has learnt, its floor and its
// target. The negotiator decides from it, and the explanations it gives a player are read from the
// same evaluation, so what it says is what it weighed.
import { type Observation, paretoOf, type TradeOff } from '../engine';
import type { ScenarioPersona } from '../scenario/schema';
import { tablesFor, targetUtility } from './bidding';
import { type StatementPressure, statementPressure } from './credibility';
import type { Skill } from './difficulty';
import type { Knowledge } from './knowledge';
import { type OfferHistory, offerHistory } from './offer-history';
import { modelOpponent } from './opponent-model';
import type { StatementTable } from './statement-record';
import { lessonsFrom, ownRefusals, ownUtility, principalThreshold, raiseTheirFloor } from './win-sets';

/** What a negotiating decision rests on, worked out once per decision. */
export interface Situation {
  knowledge: Knowledge;
  skill: Skill;
  persona: ScenarioPersona;
  obs: Observation;
  model: ReturnType<typeof modelOpponent>;
  lessons: ReturnType<typeof lessonsFrom>;
  tables: ReturnType<typeof tablesFor>;
  /** Our model's frontier of complete packages: what we could offer and what it would give them. */
  frontier: readonly TradeOff[];
  reservation: number;
  threshold: number;
  /** The least we will settle for: our reservation value or our principal's line. */
  floor: number;
  /** The share of the calendar gone, 0 at the first meeting and 1 at the last. */
  time: number;
  /** The utility we ask for now. */
  target: number;
  /** The offers so far, and what since our last one would justify asking for more. */
  history: OfferHistory;
  /** Our own utility of our last offer, or null before our first. */
  lastOwn: number | null;
  /** The other side has stopped moving: offers that gave us nothing more, twice or more. */
  theyStand: boolean;
  /** Meetings left after this one. */
  roundsLeft: number;
}

/** In its last meetings a negotiator no longer offers options the other side's legislature votes on. */
const CAUTIOUS_ROUNDS = 3;

function legislatureTested(knowledge: Knowledge): string[] {
  return knowledge.otherWinsets.flatMap((w) =>
    w.when ? w.when.options.map((o) => `${w.when?.issue}=${o}`) : [],
  );
}

/** How far a believed deadline threat moves our clock toward the end of the talks. */
const DEADLINE_PULL = 0.5;
/** A final offer believed less than this is taken for the bluff it has shown itself to be. */
const FINAL_OFFER_BELIEF = 0.4;
/** An appeal to their principal believed more than this caps what we ask for. */
const APPEAL_BELIEF = 0.5;

/**
 * What the other side's words do to our asking level, each weighed by how far its record lets us
 * believe it: a final offer pulls us toward it, a walk-out warning toward our floor, an appeal to
 * its principal caps what we ask; a sharper negotiator believes less (its skill's credulity).
 * Never below our floor.
 */
function heedWords(
  target: number,
  floor: number,
  best: number,
  words: StatementPressure,
  credulity: number,
): number {
  let t = target;
  const final = words.finalOffer;
  if (final && final.credibility >= FINAL_OFFER_BELIEF && final.yourUtility >= floor) {
    t -= credulity * final.credibility * Math.max(0, t - final.yourUtility);
  }
  if (words.walkoutRisk > 0) t = floor + (t - floor) * (1 - credulity * words.walkoutRisk);
  const appeal = words.principalFloorHint;
  if (appeal && appeal.credibility > APPEAL_BELIEF && appeal.yourUtility >= floor) {
    t = Math.min(t, appeal.yourUtility + (1 - appeal.credibility) * (best - appeal.yourUtility));
  }
  return Math.max(floor, t);
}

/** The most our asking level falls from one offer to the next, so we move in steps, not jumps. */
export const MAX_STEP = 0.06;
/** The share of our remaining room above the floor that we keep for later offers. */
export const KEEP_IN_HAND = 0.5;

/** Learns from the table so far, then sets today's target. */
export function assess(
  knowledge: Knowledge,
  skill: Skill,
  persona: ScenarioPersona,
  obs: Observation,
  statements: StatementTable | null = null,
): Situation {
  const lessons = lessonsFrom(knowledge, obs);
  ownRefusals(knowledge, obs, lessons.excluded);
  const model = modelOpponent(knowledge, obs);
  raiseTheirFloor(model, lessons, knowledge);
  // Late in the talks we stop offering what the other side's legislature must vote on: a refusal
  // then leaves no meeting to repair it, and we cannot count their votes.
  // Against a side that has stopped moving we hold to what we asked: dropping an option for it
  // would be a gift for waiting.
  const history = offerHistory(knowledge, obs);
  const theyStand = history.theyStand;
  const late = obs.roundCount - 1 - obs.round < CAUTIOUS_ROUNDS && !theyStand;
  const unsure = late ? legislatureTested(knowledge) : [];
  const tables = tablesFor(knowledge, obs, model, new Set([...lessons.excluded, ...unsure]));
  const frontier = paretoOf(tables);
  const reservation = obs.you.reservation;
  const threshold = Math.max(principalThreshold(obs), lessons.ownThreshold);
  const floor = Math.max(reservation, threshold);
  const time = obs.roundCount > 1 ? obs.round / (obs.roundCount - 1) : 1;
  const best = frontier[0]?.own ?? 1;
  const words = statements ? statementPressure(statements, obs) : null;
  let clock = Math.min(1, time * skill.pace) * (theyStand ? skill.standstillPace : 1);
  // A deadline threat we believe, from the side that holds the tariff, brings our clock forward.
  const payer = !knowledge.moves.some((m) => m.tariff);
  // A Boulware persona (exponent below 1) is moved less by threats, in proportion.
  const pull = DEADLINE_PULL * Math.min(1, persona.bidding.exponent);
  if (payer && words?.deadlineCredible) clock += (1 - clock) * pull * words.deadlineCredible;
  const curve = (at: number) =>
    targetUtility({
      bidding: { ...persona.bidding, aspiration: persona.bidding.aspiration * skill.ambition },
      time: at,
      best,
      floor,
      theirConcession: history.theirConcession,
    });
  let target = curve(clock);
  // Where our curve stood at the last meeting: steps are measured from there or from our last
  // offer, whichever is lower, so a free move that raised our last offer does not raise our ask.
  const before = curve(Math.max(0, clock - (obs.roundCount > 1 ? skill.pace / (obs.roundCount - 1) : 0)));
  const lastPkg = history.own.at(-1)?.pkg;
  const lastOwn = lastPkg ? ownUtility(obs, lastPkg, knowledge) : null;
  if (lastOwn !== null) {
    // Without a named cause we never ask for more than we did; and we give ground in steps, except
    // at the last meeting, where there is no later step to take.
    if (history.cause === null) target = Math.min(target, Math.max(lastOwn, floor));
    // A concession of theirs since our last offer is answered with one of ours, in the persona's
    // proportion (its reciprocity).
    if (history.theyJustConceded) {
      target = Math.min(target, lastOwn - persona.bidding.reciprocity * history.theirLastStep);
    }
    // Before the last meeting we keep ground in hand: at most half of what is left above our floor
    // goes in one offer, so a partner who answers concessions with concessions always has one more
    // to answer.
    const base = Math.min(lastOwn, before);
    if (obs.round < obs.roundCount - 1) {
      target = Math.max(target, base - MAX_STEP, floor + (base - floor) * KEEP_IN_HAND);
    } else if (theyStand) {
      // Nor does a side that never moved get our floor at the last meeting for having waited.
      target = Math.max(target, floor + (base - floor) * KEEP_IN_HAND);
    }
    target = Math.max(floor, target);
  }
  if (words) target = heedWords(target, floor, best, words, skill.credulity);
  return {
    knowledge,
    skill,
    persona,
    obs,
    model,
    lessons,
    tables,
    frontier,
    reservation,
    threshold,
    floor,
    time,
    target,
    history,
    lastOwn,
    theyStand,
    roundsLeft: obs.roundCount - 1 - obs.round,
  };
}
