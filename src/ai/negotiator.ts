// An AI negotiator: a persona's bidding strategy, an opponent model and an acceptance condition.
// It sees its side's observation and the scenario's public structure (see knowledge.ts), draws
// randomness from its own stream, and says what it actually intends.
import { type Action, type Observation, type Package, paretoOf, sameTerms, type TradeOff } from '../engine';
import { nextFloat, nextGaussian, seedRng } from '../engine/rng';
import type { LocalText, ScenarioPersona } from '../scenario/schema';
import { choosePackage, contributions, repairToward, tablesFor, targetUtility } from './bidding';
import { type Difficulty, SKILLS, type Skill } from './difficulty';
import { type Knowledge, knowledgeFor } from './knowledge';
import { estimatedUtility, modelOpponent, type OpponentModel, opponentOffers } from './opponent-model';
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
  const rng = seedRng(context.seed ^ 0x6a09e667 ^ (side === 'us' ? 0x1000 : 0x2000));
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

interface Lessons {
  /** Options the other side's legislature or principal has already refused. */
  excluded: Set<string>;
  /** The lowest own utility our principal has refused, plus a step. */
  ownThreshold: number;
  /** The packages the other side refused to ratify, to raise our estimate of their floor. */
  refusedByThem: Package[];
}

/** What failed ratifications taught: the package on the table when each deal was refused. */
function lessonsFrom(knowledge: Knowledge, obs: Observation): Lessons {
  const lessons: Lessons = { excluded: new Set(), ownThreshold: 0, refusedByThem: [] };
  let onTable: Package | null = null;
  for (const e of obs.log) {
    if (e.kind === 'action' && (e.action.type === 'propose' || e.action.type === 'counter'))
      onTable = e.action.package;
    if (e.kind !== 'ratification' || e.passed || !onTable) continue;
    for (const id of e.failures) {
      const theirs = knowledge.otherWinsets.find((w) => w.id === id);
      if (theirs?.when) {
        for (const option of theirs.when.options) lessons.excluded.add(`${theirs.when.issue}=${option}`);
      } else if (theirs) {
        lessons.refusedByThem.push(onTable);
      } else if (knowledge.ownWinsets.some((w) => w.id === id && w.test.kind === 'utility')) {
        lessons.ownThreshold = Math.max(lessons.ownThreshold, ownUtility(obs, onTable, knowledge) + 0.01);
      }
    }
  }
  return lessons;
}

function ownUtility(obs: Observation, pkg: Package, knowledge: Knowledge): number {
  let u = 0;
  for (const issue of knowledge.issues) {
    const pick = pkg.terms[issue.id] ?? issue.statusQuo;
    u += (obs.you.weights[issue.id] ?? 0) * (obs.you.values[issue.id]?.[pick] ?? 0);
  }
  return u;
}

/** A consultation of our principal older than this many rounds is asked again. */
const STALE_ROUNDS = 4;
/** How far below its target an easy negotiator will settle. */
const EASY_SLACK = 0.05;
/** How far each refusal lifts our estimate of the other principal's line: we only know it was short. */
const REFUSAL_STEP = 0.08;

/**
 * Our principal's line: exact when we have consulted this round, else a recent consultation's
 * figure, else the middle of the estimated band (a guess that a refused ratification corrects).
 */
function principalThreshold(obs: Observation): number {
  let threshold = 0;
  for (const w of obs.you.winsets) {
    if (w.kind !== 'utility') continue;
    let value = w.threshold;
    if (value === null) {
      const told = [...obs.intel]
        .reverse()
        .find((r) => r.kind === 'own-winset' && r.values[w.id] !== undefined);
      value =
        told && obs.round - told.round <= STALE_ROUNDS
          ? (told.values[w.id] as number)
          : (w.estimate[0] + w.estimate[1]) / 2;
    }
    threshold = Math.max(threshold, value);
  }
  return threshold;
}

/** Options our own legislature would refuse now (a meter test on our side that fails). */
function ownRefusals(knowledge: Knowledge, obs: Observation, excluded: Set<string>): void {
  for (const w of knowledge.ownWinsets) {
    const test = w.test;
    if (test.kind !== 'meter' || !test.when) continue;
    const value = obs.meters.find((m) => m.id === test.meter)?.value;
    if (value !== null && value !== undefined && value < test.min) {
      for (const option of test.when.options) excluded.add(`${test.when.issue}=${option}`);
    }
  }
}

function negotiate(
  knowledge: Knowledge,
  skill: Skill,
  persona: ScenarioPersona,
  obs: Observation,
  rng: ReturnType<typeof seedRng>,
  statusQuo: (issue: string) => string,
): { action: Action; trace: Decision } {
  const side = knowledge.side;
  const lessons = lessonsFrom(knowledge, obs);
  ownRefusals(knowledge, obs, lessons.excluded);
  const model = modelOpponent(knowledge, obs);
  raiseTheirFloor(model, lessons, knowledge);
  const tables = tablesFor(knowledge, obs, model, lessons.excluded);
  const frontier = paretoOf(tables);
  const best = frontier[0]?.a ?? 1;
  const reservation = obs.you.reservation;
  const threshold = Math.max(principalThreshold(obs), lessons.ownThreshold);
  const floor = Math.max(reservation, threshold);
  const time = obs.roundCount > 1 ? obs.round / (obs.roundCount - 1) : 1;
  const theirs = opponentOffers(obs).map((p) => ownUtility(obs, p, knowledge));
  const theirConcession =
    theirs.length > 1 ? Math.max(0, (theirs[theirs.length - 1] as number) - (theirs[0] as number)) : 0;
  let target = targetUtility({ bidding: persona.bidding, time, best, floor, theirConcession });
  if (skill.targetNoise > 0) target = Math.max(floor, target + skill.targetNoise * nextGaussian(rng));
  const exploit = skill.exploits ? { theirReservation: model.reservation } : null;
  let next = choosePackage(frontier, target, exploit);
  const theirLast = opponentOffers(obs).at(-1);
  if (theirLast) {
    // Once they have spoken, meet them where they stand rather than where our model says: a
    // model's pick away from their offer stalls talks when the model is wrong.
    const theirTerms = Object.fromEntries(
      knowledge.issues.map((issue) => [issue.id, theirLast.terms[issue.id] ?? issue.statusQuo]),
    );
    const repaired = repairToward(theirTerms, target, contributions(tables));
    if (repaired.a >= target - 1e-9) next = repaired;
  }
  if (lessons.refusedByThem.length > 0 && next && next.b < model.reservation) {
    // Their principal has refused what we offered: give at least what we now think it needs,
    // keeping as much as we can above our own floor.
    const enough = frontier.find((p) => p.b >= model.reservation && p.a >= floor - 1e-9);
    if (enough) next = enough;
  }

  const trace = (action: Action['type'], offer: TradeOff | null, bluff = false): Decision => ({
    round: obs.round,
    time,
    reservation,
    threshold,
    floor,
    target,
    offer: offer ? { own: offer.a, theirs: offer.b } : null,
    action,
    bluff,
  });
  const act = (action: Action, offer: TradeOff | null, bluff = false) => ({
    action,
    trace: trace(action.type, offer, bluff),
  });

  const standing = obs.standing;
  const facing = standing !== null && standing.by !== side;
  if (facing && standing) {
    const u = standing.yourUtility;
    const historical =
      persona.historical && isHistoricalDeal(knowledge.historical, statusQuo, standing.package);
    const lastChance = obs.round === obs.roundCount - 1;
    // An easy negotiator settles for a little less than it is asking for; the others hold out for
    // at least what their own next offer would bring them (AC-next).
    const enough = skill.acceptsEarly ? target - EASY_SLACK : (next?.a ?? 1) - 1e-9;
    const worthIt = u >= floor && (u >= enough || lastChance || historical);
    if (standing.yourWinsetPasses && u >= reservation && worthIt) {
      return act({ type: 'accept', side, say: { text: acceptSpeech(knowledge) } }, null);
    }
  }

  if (obs.legal.some((l) => l.type === 'walkout') && time >= 0.5) {
    // Walk out only when no deal we still expect them to take beats having none.
    const expected = frontier.filter((p) => p.b >= model.reservation);
    if (expected.every((p) => p.a < reservation)) {
      return act({ type: 'walkout', side, say: { text: WALKOUT_SPEECH } }, null);
    }
  }

  if (!next) {
    return facing
      ? act({ type: 'reject', side, say: { text: rejectSpeech(knowledge) } }, null)
      : act({ type: 'wait', side, say: { text: WAIT_SPEECH } }, null);
  }
  const pkg: Package = { terms: next.terms };
  const ownStanding = standing !== null && standing.by === side;
  if (ownStanding && standing && sameTerms(standing.package.terms, pkg.terms)) {
    return act({ type: 'wait', side, say: { text: WAIT_SPEECH } }, next);
  }
  // A bluffer calls an offer final while it still means to move; the log keeps the truth.
  const bluff = persona.bluffs && time < 0.75 && target > floor + 0.02;
  let text: LocalText = proposalSpeech(knowledge, pkg.terms, bluff);
  if (skill.acceptsEarly && nextFloat(rng) < 0.3) text = append(text, floorSlip(floor));
  const say = bluff ? { text, bluff: true } : { text };
  return act({ type: facing ? 'counter' : 'propose', side, package: pkg, say }, next, bluff);
}

/** A package the other side refused to ratify was worth less to them than their floor. */
function raiseTheirFloor(model: OpponentModel, lessons: Lessons, knowledge: Knowledge): void {
  if (lessons.refusedByThem.length === 0) return;
  // Each refusal says our model still overrates what we offer them, so the steps add up; capped,
  // because no principal's line is above 0.9.
  const best = Math.max(...lessons.refusedByThem.map((pkg) => estimatedUtility(model, pkg.terms, knowledge)));
  const raised = best + REFUSAL_STEP * lessons.refusedByThem.length;
  model.reservation = Math.min(0.9, Math.max(model.reservation, raised));
}
