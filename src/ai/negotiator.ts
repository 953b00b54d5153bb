// An AI negotiator: a persona's bidding strategy, an opponent model and an acceptance condition.
// It sees its side's observation and the scenario's public structure (see knowledge.ts), draws
// randomness from its own stream, and says what it actually intends.
import {
  type Action,
  facesOffer,
  type Observation,
  type Package,
  STATEMENT_MAX_LENGTH,
  type Statement,
  type StatementIntent,
  sameTerms,
  type TradeOff,
} from '../engine';
import { nextFloat, seedRng } from '../engine/rng';
import type { LocalText, ScenarioPersona } from '../scenario/schema';
import { sideIds } from '../scenario/sides';
import { acceptsStanding } from './acceptance';
import { type Appraisal, appraisalFor } from './appraisal';
import { type Difficulty, SKILLS, type Skill } from './difficulty';
import { assess, type Situation } from './evaluation';
import { explainRejection, intentOf } from './explain';
import { type Knowledge, knowledgeFor } from './knowledge';
import { type NextOffer, nextOffer } from './next-offer';
import type { Player, PlayerContext } from './player';
import { onTheRecord, scriptedAction } from './script';
import { slotAction } from './slot';
import {
  acceptSpeech,
  append,
  causeSpeech,
  floorSlip,
  proposalSpeech,
  rejectSpeech,
  WAIT_SPEECH,
  walkOutSpeech,
} from './speech';
import { type StatementTable, statementTable } from './statement-record';
import { shouldWarn, walkOutReason } from './walk-out';

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
  // The public structure the other side's words are judged against.
  const statements = statementTable(context.scenario);
  const appraisal = appraisalFor(context.scenario, context.side);
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
        // Nor does it take back an offer of our own: off the record, we stay off it.
        const offer = scripted?.type === 'propose' || scripted?.type === 'counter';
        const departed = offer && !onTheRecord(knowledge.historical, side, obs, knowledge.issues);
        if (scripted && !refusable && !departed) return scripted;
      }
      if (!obs.turn.slotUsed) {
        const slot = slotAction(knowledge, skill, persona, obs);
        if (slot) return slot;
      }
      const decision = negotiate(knowledge, skill, persona, obs, rng, statusQuo, statements, appraisal);
      decisions.push(decision.trace);
      return decision.action;
    },
  };
}

function negotiate(
  knowledge: Knowledge,
  skill: Skill,
  persona: ScenarioPersona,
  obs: Observation,
  rng: ReturnType<typeof seedRng>,
  _statusQuo: (issue: string) => string,
  statements: StatementTable,
  appraisal: Appraisal,
): { action: Action; trace: Decision } {
  const sit = assess(knowledge, skill, persona, obs, statements);
  const next = nextOffer(sit);
  const act = recorder(sit);
  return answerStanding(sit, next, act) ?? walkOut(sit, act) ?? makeOffer(sit, next, rng, act, appraisal);
}

type Act = (action: Action, offer: TradeOff | null, bluff?: boolean) => { action: Action; trace: Decision };

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

/** Accepts the offer we face when it is worth it, by the one acceptance rule (acceptance.ts). */
function answerStanding(
  sit: Situation,
  next: NextOffer | null,
  act: Act,
): { action: Action; trace: Decision } | null {
  if (!acceptsStanding(sit, next)) return null;
  return act({ type: 'accept', side: sit.knowledge.side, say: { text: acceptSpeech(sit.knowledge) } }, null);
}

/** Leaves the table when nothing we expect them to ratify beats no deal, or a warning went unheeded. */
function walkOut(sit: Situation, act: Act): { action: Action; trace: Decision } | null {
  const reason = walkOutReason(sit);
  if (reason === null) return null;
  return act({ type: 'walkout', side: sit.knowledge.side, say: { text: walkOutSpeech(reason) } }, null);
}

/**
 * Proposes or counters with the next offer; waits when it already stands, rejects when none. What
 * it says is what it means: a final offer when it has no ground left (or, for a bluffer, marked as a
 * bluff), a walk-out warning only when it will leave, a deadline only when its side holds the tariff.
 */
function makeOffer(
  sit: Situation,
  next: NextOffer | null,
  rng: ReturnType<typeof seedRng>,
  act: Act,
  appraisal: Appraisal,
): { action: Action; trace: Decision } {
  const { knowledge, skill, obs, floor } = sit;
  const side = knowledge.side;
  const standing = obs.standing;
  const facing = facesOffer(standing, side);
  // Turning down the offer we face, we say why, from the evaluation we decided by.
  const why =
    facing && standing
      ? explainRejection(sit, standing.package, appraisal, { search: false, most: 2 })
      : null;
  if (!next) {
    if (!facing) return act({ type: 'wait', side, say: { text: WAIT_SPEECH } }, null);
    const intent = why ? intentOf(why) : 'principal-appeal';
    const text = why && !why.accepts ? why.text : rejectSpeech(knowledge);
    return act({ type: 'reject', side, say: intent ? { text, intent } : { text } }, null);
  }
  const pkg: Package = { terms: next.offer.terms };
  if (standing && standing.by === side && sameTerms(standing.package.terms, pkg.terms)) {
    return act({ type: 'wait', side, say: { text: WAIT_SPEECH } }, next.offer);
  }
  const claim = offerClaim(sit, why ? (intentOf(why) ?? null) : null);
  const slip = skill.acceptsEarly && nextFloat(rng) < 0.3;
  // The reason goes first; an appeal to our principal it already makes is not said twice.
  const speak = (reason: LocalText | null) => {
    const said = reason && claim.intent === 'principal-appeal' ? null : claim.intent;
    const deadline = said === 'deadline-threat' ? deadlineOf(obs) : null;
    return proposalSpeech(knowledge, pkg.terms, said, deadline, {
      before: append(
        next.cause ? causeSpeech(next.cause) : NOTHING,
        reason ? append(reason, SPACE) : NOTHING,
      ),
      after: slip ? floorSlip(floor) : NOTHING,
    });
  };
  let text = speak(why && !why.accepts ? why.text : null);
  // If the reason and the terms will not fit in one statement, the terms win.
  if (!fits(text)) text = speak(null);
  const say: Statement = {
    text,
    ...(claim.intent ? { intent: claim.intent } : {}),
    ...(next.cause ? { cause: next.cause } : {}),
    ...(claim.bluff ? { bluff: true } : {}),
  };
  return act({ type: facing ? 'counter' : 'propose', side, package: pkg, say }, next.offer, claim.bluff);
}

const SPACE: LocalText = { en: ' ', es: ' ' };

function fits(text: LocalText): boolean {
  return [...text.en].length <= STATEMENT_MAX_LENGTH && [...text.es].length <= STATEMENT_MAX_LENGTH;
}

/** What we claim with an offer, and whether we mean it. */
function offerClaim(
  sit: Situation,
  appeal: StatementIntent | null,
): { intent: StatementIntent | null; bluff: boolean } {
  const { knowledge, persona, obs, time, target, floor, roundsLeft } = sit;
  if (shouldWarn(sit)) return { intent: 'walkout-warning', bluff: false };
  if (roundsLeft >= 1 && target <= floor + 0.005) return { intent: 'final-offer', bluff: false };
  // What we turned down fails our principal or our legislature: we say so, and mean it.
  if (appeal) return { intent: appeal, bluff: false };
  // A bluffer calls an offer final while it still means to move; the log keeps the truth.
  if (persona.bluffs && time < 0.75 && target > floor + 0.02) return { intent: 'final-offer', bluff: true };
  const step = obs.tariff.next;
  const holdsTariff = knowledge.moves.some((m) => m.tariff);
  if (holdsTariff && step && obs.tariff.status !== 'suspended' && daysUntil(obs.date, step.date) <= 3) {
    return { intent: 'deadline-threat', bluff: false };
  }
  return { intent: null, bluff: false };
}

const NOTHING: LocalText = { en: '', es: '' };

function deadlineOf(obs: Observation): { date: string; rate: number } | null {
  const step = obs.tariff.next;
  return step ? { date: step.date, rate: step.rate } : null;
}

function daysUntil(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
