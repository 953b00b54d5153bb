// An AI negotiator: a persona's bidding strategy, an opponent model and an acceptance condition.
// It sees its side's observation and the scenario's public structure (see knowledge.ts), draws
// randomness from its own stream, and says what it actually intends.
import { type Action, facesOffer, type Observation, type Package, sameTerms, type TradeOff } from '../engine';
import { nextFloat, seedRng } from '../engine/rng';
import type { LocalText, ScenarioPersona } from '../scenario/schema';
import { sideIds } from '../scenario/sides';
import { choosePackage, contributions, repairToward } from './bidding';
import { type Difficulty, SKILLS, type Skill } from './difficulty';
import { assess, type Situation } from './evaluation';
import { type Knowledge, knowledgeFor } from './knowledge';
import { opponentOffers } from './opponent-model';
import type { Player, PlayerContext } from './player';
import { isHistoricalDeal, scriptedAction } from './script';
import {
  acceptSpeech,
  append,
  floorSlip,
  labelSpeech,
  proposalSpeech,
  rejectSpeech,
  WAIT_SPEECH,
  WALKOUT_SPEECH,
} from './speech';
import { STALE_ROUNDS } from './win-sets';

/** One negotiating decision, as the negotiator saw it: for tests, the tournament and the debrief. */
export interface Decision {
  round: number;
  time: number;
  reservation: number;
  threshold: number;
  floor: number;
  target: number;
  offer: { own: number; theirs: number } | null;
  action: Action['type'];
  bluff: boolean;
}

export interface Negotiator extends Player {
  readonly persona: ScenarioPersona;
  readonly difficulty: Difficulty;
  readonly decisions: readonly Decision[];
}

export function createNegotiator(
  persona: ScenarioPersona,
  difficulty: Difficulty,
  context: PlayerContext,
): Negotiator {
  // Only the public structure and this side's own rules are kept: nothing else can be read later.
  const knowledge = knowledgeFor(context.scenario, context.side);
  const side = context.side;
  const skill = SKILLS[difficulty];
  // Each seat draws its own stream: the first side of the scenario and the second never share one.
  const seat = side === sideIds(context.scenario)[0] ? 0x1000 : 0x2000;
  const rng = seedRng(context.seed ^ 0x6a09e667 ^ seat);
  const decisions: Decision[] = [];
  const statusQuo = (issue: string) => knowledge.issues.find((i) => i.id === issue)?.statusQuo ?? '';

  return {
    name: `${persona.id}:${difficulty}`,
    persona,
    difficulty,
    decisions,
    decide(seat) {
      const obs = seat.observe();
      if (persona.historical) {
        const scripted = scriptedAction(knowledge.historical, side, obs);
        // The record never overrides the two-level game: no signature its principal would refuse.
        const refusable =
          scripted?.type === 'accept' &&
          !(obs.standing?.yourWinsetPasses && obs.standing.yourUtility >= obs.you.reservation);
        if (scripted && !refusable) return scripted;
      }
      if (!obs.turn.slotUsed) {
        const slot = slotAction(knowledge, skill, persona, obs);
        if (slot) return slot;
      }
      const decision = negotiate(knowledge, skill, persona, obs, rng, statusQuo);
      decisions.push(decision.trace);
      return decision.action;
    },
  };
}

/** A consultation the skill calls for, or the persona's favourite move, when the slot is free. */
function slotAction(
  knowledge: Knowledge,
  skill: Skill,
  persona: ScenarioPersona,
  obs: Observation,
): Action | null {
  const side = knowledge.side;
  // Intelligence on the other side is asked for once; our principal's line again when it is stale.
  const lastAsked = new Map(obs.intel.map((r) => [r.kind, r.round]));
  for (const kind of skill.consults) {
    const when = lastAsked.get(kind);
    if (when !== undefined && (kind !== 'own-winset' || obs.round - when <= STALE_ROUNDS)) continue;
    const c = knowledge.consultations.find((x) => x.reveals === kind);
    if (c && obs.legal.some((l) => l.type === 'consult' && l.consultation === c.id)) {
      return { type: 'consult', side, consultation: c.id, say: { text: labelSpeech(c.label) } };
    }
  }
  const made = new Set(
    obs.log.flatMap((e) =>
      e.kind === 'action' && e.action.type === 'unilateral' && e.action.side === side ? [e.action.move] : [],
    ),
  );
  for (const id of persona.moves) {
    if (made.has(id) || !obs.legal.some((l) => l.type === 'unilateral' && l.move === id)) continue;
    const move = knowledge.moves.find((m) => m.id === id);
    return {
      type: 'unilateral',
      side,
      move: id,
      ...(move ? { say: { text: labelSpeech(move.label) } } : {}),
    };
  }
  return null;
}

/** How far below its target an easy negotiator will settle. */
const EASY_SLACK = 0.05;

function negotiate(
  knowledge: Knowledge,
  skill: Skill,
  persona: ScenarioPersona,
  obs: Observation,
  rng: ReturnType<typeof seedRng>,
  statusQuo: (issue: string) => string,
): { action: Action; trace: Decision } {
  const sit = assess(knowledge, skill, persona, obs, rng);
  const next = nextOffer(sit);
  const act = recorder(sit);
  return (
    answerStanding(sit, next, statusQuo, act) ?? walkOutIfHopeless(sit, act) ?? makeOffer(sit, next, rng, act)
  );
}

type Act = (action: Action, offer: TradeOff | null, bluff?: boolean) => { action: Action; trace: Decision };

/** The package we would offer next at our target, or null when none reaches it. */
function nextOffer(sit: Situation): TradeOff | null {
  const { knowledge, obs, model, lessons, tables, frontier, floor, target } = sit;
  const exploit = sit.skill.exploits ? { theirReservation: model.reservation } : null;
  let next = choosePackage(frontier, target, exploit);
  const theirLast = opponentOffers(obs).at(-1);
  if (theirLast) {
    // Once they have spoken, meet them where they stand rather than where our model says: a
    // model's pick away from their offer stalls talks when the model is wrong.
    const theirTerms = Object.fromEntries(
      knowledge.issues.map((issue) => [issue.id, theirLast.terms[issue.id] ?? issue.statusQuo]),
    );
    const repaired = repairToward(theirTerms, target, contributions(tables));
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

/** Builds the move and its trace together, so every decision is recorded as it was seen. */
function recorder(sit: Situation): Act {
  const { obs, time, reservation, threshold, floor, target } = sit;
  return (action, offer, bluff = false) => ({
    action,
    trace: {
      round: obs.round,
      time,
      reservation,
      threshold,
      floor,
      target,
      offer: offer ? { own: offer.own, theirs: offer.theirs } : null,
      action: action.type,
      bluff,
    },
  });
}

/**
 * Accepts the offer we face when it is worth it (AC-next: at least our own next offer; an easy
 * negotiator settles a little lower), never below our reservation or outside our win-set.
 */
function answerStanding(
  sit: Situation,
  next: TradeOff | null,
  statusQuo: (issue: string) => string,
  act: Act,
): { action: Action; trace: Decision } | null {
  const { knowledge, skill, persona, obs, floor, reservation, target } = sit;
  const standing = obs.standing;
  if (!standing || !facesOffer(standing, knowledge.side)) return null;
  const u = standing.yourUtility;
  const historical =
    persona.historical && isHistoricalDeal(knowledge.historical, statusQuo, standing.package);
  const lastChance = obs.round === obs.roundCount - 1;
  const enough = skill.acceptsEarly ? target - EASY_SLACK : (next?.own ?? 1) - 1e-9;
  const worthIt = u >= floor && (u >= enough || lastChance || historical);
  if (!(standing.yourWinsetPasses && u >= reservation && worthIt)) return null;
  return act({ type: 'accept', side: knowledge.side, say: { text: acceptSpeech(knowledge) } }, null);
}

/** Walks out only when no deal we still expect them to take beats having none. */
function walkOutIfHopeless(sit: Situation, act: Act): { action: Action; trace: Decision } | null {
  const { obs, frontier, model, reservation, time, knowledge } = sit;
  if (!obs.legal.some((l) => l.type === 'walkout') || time < 0.5) return null;
  const expected = frontier.filter((p) => p.theirs >= model.reservation);
  if (!expected.every((p) => p.own < reservation)) return null;
  return act({ type: 'walkout', side: knowledge.side, say: { text: WALKOUT_SPEECH } }, null);
}

/** Proposes or counters with the next offer; waits when it already stands, rejects when none. */
function makeOffer(
  sit: Situation,
  next: TradeOff | null,
  rng: ReturnType<typeof seedRng>,
  act: Act,
): { action: Action; trace: Decision } {
  const { knowledge, skill, persona, obs, time, target, floor } = sit;
  const side = knowledge.side;
  const standing = obs.standing;
  const facing = facesOffer(standing, side);
  if (!next) {
    return facing
      ? act({ type: 'reject', side, say: { text: rejectSpeech(knowledge) } }, null)
      : act({ type: 'wait', side, say: { text: WAIT_SPEECH } }, null);
  }
  const pkg: Package = { terms: next.terms };
  if (standing && standing.by === side && sameTerms(standing.package.terms, pkg.terms)) {
    return act({ type: 'wait', side, say: { text: WAIT_SPEECH } }, next);
  }
  // A bluffer calls an offer final while it still means to move; the log keeps the truth.
  const bluff = persona.bluffs && time < 0.75 && target > floor + 0.02;
  let text: LocalText = proposalSpeech(knowledge, pkg.terms, bluff);
  if (skill.acceptsEarly && nextFloat(rng) < 0.3) text = append(text, floorSlip(floor));
  const say = bluff ? { text, bluff: true } : { text };
  return act({ type: facing ? 'counter' : 'propose', side, package: pkg, say }, next, bluff);
}
