// What a negotiator makes of the table at one decision: what it has learnt, its floor and its
// target. The negotiator decides from it, and the explanations it gives a player are read from the
// same evaluation, so what it says is what it weighed.
import { type Observation, paretoOf, type TradeOff } from '../engine';
import { nextGaussian, type seedRng } from '../engine/rng';
import type { ScenarioPersona } from '../scenario/schema';
import { tablesFor, targetUtility } from './bidding';
import type { Skill } from './difficulty';
import type { Knowledge } from './knowledge';
import { modelOpponent, opponentOffers } from './opponent-model';
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
}

/** Learns from the table so far, then sets today's target (the one noisy draw, for easy play). */
export function assess(
  knowledge: Knowledge,
  skill: Skill,
  persona: ScenarioPersona,
  obs: Observation,
  rng: ReturnType<typeof seedRng>,
): Situation {
  const lessons = lessonsFrom(knowledge, obs);
  ownRefusals(knowledge, obs, lessons.excluded);
  const model = modelOpponent(knowledge, obs);
  raiseTheirFloor(model, lessons, knowledge);
  const tables = tablesFor(knowledge, obs, model, lessons.excluded);
  const frontier = paretoOf(tables);
  const reservation = obs.you.reservation;
  const threshold = Math.max(principalThreshold(obs), lessons.ownThreshold);
  const floor = Math.max(reservation, threshold);
  const time = obs.roundCount > 1 ? obs.round / (obs.roundCount - 1) : 1;
  const best = frontier[0]?.own ?? 1;
  let target = targetUtility({
    bidding: persona.bidding,
    time,
    best,
    floor,
    theirConcession: theirConcession(knowledge, obs),
  });
  if (skill.targetNoise > 0) target = Math.max(floor, target + skill.targetNoise * nextGaussian(rng));
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
  };
}

/** How far the other side has moved toward us since its first offer, in our utility. */
function theirConcession(knowledge: Knowledge, obs: Observation): number {
  const theirs = opponentOffers(obs).map((p) => ownUtility(obs, p, knowledge));
  const first = theirs[0];
  const last = theirs.at(-1);
  return first !== undefined && last !== undefined && theirs.length > 1 ? Math.max(0, last - first) : 0;
}
