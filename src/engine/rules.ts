// Validation and application of actions. `apply` works on a private draft of the state, so a
// refused action, or any caller holding the old state, never sees a change.
import type { Scenario, Side } from '../scenario/schema';
import { ACTION_TYPES, type Action, type LegalAction, otherSide, type Package } from './actions';
import type { RoundInfo } from './calendar';
import { type ActionError, actionError } from './errors';
import { fireEvents } from './events';
import { consult } from './intel';
import { appendLog, takeSnapshot } from './log';
import { applyEffects, driftMeters } from './meters';
import { completeTerms, validatePackage } from './offer';
import { runReviewPeriod } from './review';
import { isHistorical, reservationValue, round6 } from './scoring';
import type { GameState } from './state';
import { rateInForce } from './tariff';
import { winsetFailures } from './winset';
import { advanceWorld } from './world';

const KNOWN_TYPES: ReadonlySet<string> = new Set(ACTION_TYPES);

export function validateAction(scenario: Scenario, state: GameState, action: unknown): ActionError | null {
  if (typeof action !== 'object' || action === null || Array.isArray(action)) {
    return actionError('MALFORMED_ACTION', 'an action is an object with `type` and `side`');
  }
  const a = action as Record<string, unknown>;
  if (typeof a.type !== 'string' || !KNOWN_TYPES.has(a.type)) {
    return actionError('MALFORMED_ACTION', `unknown action type ${JSON.stringify(a.type)}`);
  }
  if (a.side !== 'us' && a.side !== 'mx') {
    return actionError('UNKNOWN_SIDE', `side must be "us" or "mx", not ${JSON.stringify(a.side)}`);
  }
  if (a.say !== undefined && !isStatement(a.say)) {
    return actionError('MALFORMED_ACTION', '`say` must be { text: { en, es }, bluff?: boolean }');
  }
  if (state.phase === 'over') return actionError('GAME_OVER', 'the game is over');
  const side = a.side as Side;
  if (state.turn.side !== side)
    return actionError('NOT_YOUR_TURN', `it is ${state.turn.side.toUpperCase()}'s turn`);
  const standing = state.standing;
  const facing = standing !== null && standing.by !== side;
  switch (a.type) {
    case 'unilateral':
      return validateMove(scenario, state, side, a.move);
    case 'consult':
      return validateConsultation(scenario, state, side, a.consultation);
    case 'propose':
      if (facing) return actionError('MUST_RESPOND', 'an offer stands: accept, reject or counter it first');
      return validatePackage(scenario, a.package);
    case 'counter':
      if (!standing) return actionError('NO_STANDING_OFFER', 'there is no offer to counter; propose one');
      if (!facing) return actionError('OWN_OFFER', 'you cannot counter your own offer; propose a new one');
      return validatePackage(scenario, a.package);
    case 'accept':
    case 'reject':
      if (!standing) return actionError('NO_STANDING_OFFER', `there is no offer to ${a.type}`);
      if (!facing) return actionError('OWN_OFFER', `you cannot ${a.type} your own offer`);
      return null;
    case 'wait':
      if (facing) return actionError('MUST_RESPOND', 'an offer stands: accept, reject or counter it');
      return null;
    case 'walkout':
      if (state.phase === 'talks') {
        return actionError(
          'TOO_EARLY_TO_WALK_OUT',
          'before the deadline the talks end only in a deal or at the deadline; walking out is possible once the tariff is in force',
        );
      }
      return null;
    default:
      return null;
  }
}

function isStatement(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { text, bluff } = value as { text?: unknown; bluff?: unknown };
  if (typeof text !== 'object' || text === null) return false;
  const { en, es } = text as { en?: unknown; es?: unknown };
  return (
    typeof en === 'string' && typeof es === 'string' && (bluff === undefined || typeof bluff === 'boolean')
  );
}

function validateMove(scenario: Scenario, state: GameState, side: Side, id: unknown): ActionError | null {
  if (state.turn.slotUsed)
    return actionError('SLOT_ALREADY_USED', 'one unilateral move or consultation per turn');
  const move = scenario.moves.find((m) => m.id === id);
  if (!move) return actionError('UNKNOWN_MOVE', `there is no move ${JSON.stringify(id)}`);
  if (move.side !== side)
    return actionError('MOVE_WRONG_SIDE', `"${move.id}" is a ${move.side.toUpperCase()} move`);
  if (move.phase !== 'any' && move.phase !== state.phase) {
    return actionError('MOVE_WRONG_PHASE', `"${move.id}" is only possible in the ${move.phase} phase`);
  }
  if (move.once && state.usedMoves.includes(move.id)) {
    return actionError('MOVE_ALREADY_USED', `"${move.id}" can only be made once`);
  }
  return null;
}

function validateConsultation(
  scenario: Scenario,
  state: GameState,
  side: Side,
  id: unknown,
): ActionError | null {
  if (state.turn.slotUsed)
    return actionError('SLOT_ALREADY_USED', 'one unilateral move or consultation per turn');
  const c = scenario.consultations.find((x) => x.id === id);
  if (!c) return actionError('UNKNOWN_CONSULTATION', `there is no consultation ${JSON.stringify(id)}`);
  if (c.side !== side)
    return actionError('CONSULTATION_WRONG_SIDE', `"${c.id}" is for ${c.side.toUpperCase()}`);
  return null;
}

export function legalActions(scenario: Scenario, state: GameState, side: Side): LegalAction[] {
  if (state.phase === 'over' || state.turn.side !== side) return [];
  const out: LegalAction[] = [];
  if (!state.turn.slotUsed) {
    for (const m of scenario.moves) {
      if (m.side !== side || (m.phase !== 'any' && m.phase !== state.phase)) continue;
      if (m.once && state.usedMoves.includes(m.id)) continue;
      out.push({ type: 'unilateral', move: m.id });
    }
    for (const c of scenario.consultations)
      if (c.side === side) out.push({ type: 'consult', consultation: c.id });
  }
  const facing = state.standing !== null && state.standing.by !== side;
  if (facing) out.push({ type: 'accept' }, { type: 'reject' }, { type: 'counter' });
  else out.push({ type: 'propose' }, { type: 'wait' });
  if (state.phase === 'tariff') out.push({ type: 'walkout' });
  return out;
}

/**
 * A draft the rules may mutate: every container that an action can change in place is copied;
 * the lists that grow only now and then (timeline, intelligence, moves, events) are shared and
 * replaced, never pushed to, when they grow. Written out field by field (not spread) because this
 * runs on every action and literal shapes are fastest.
 */
function draft(state: GameState): GameState {
  const w = state.world;
  const t = state.tariff;
  return {
    engineVersion: state.engineVersion,
    scenarioId: state.scenarioId,
    scenarioHash: state.scenarioHash,
    seed: state.seed,
    rng: [state.rng[0], state.rng[1], state.rng[2], state.rng[3]],
    phase: state.phase,
    round: state.round,
    date: state.date,
    slot: state.slot,
    turn: { side: state.turn.side, step: state.turn.step, slotUsed: state.turn.slotUsed },
    // Steps are replaced wholesale when the schedule bends, never edited in place.
    tariff: { steps: t.steps, rate: t.rate, status: t.status },
    world: {
      encounters: w.encounters,
      peso: w.peso,
      growth: w.growth,
      trust: w.trust,
      flowEffect: w.flowEffect,
      tariffPaidBn: w.tariffPaidBn,
      elapsedDays: w.elapsedDays,
    },
    meters: { ...state.meters },
    standing: state.standing,
    deal: state.deal ? { ...state.deal, signed: { ...state.deal.signed } } : null,
    usedMoves: state.usedMoves,
    firedEvents: state.firedEvents,
    intel: state.intel,
    offersMade: { us: state.offersMade.us, mx: state.offersMade.mx },
    log: state.log.slice(),
    timeline: state.timeline,
    actionsDigest: state.actionsDigest,
    outcome: state.outcome,
    actionCount: state.actionCount,
  };
}

export type ApplyResult = { ok: true; state: GameState } | { ok: false; error: ActionError };

export function applyAction(
  scenario: Scenario,
  rounds: readonly RoundInfo[],
  state: GameState,
  action: Action,
): ApplyResult {
  const error = validateAction(scenario, state, action);
  if (error) return { ok: false, error };
  const s = draft(state);
  s.actionCount += 1;
  const clean = cleanAction(scenario, action);
  appendLog(s, { kind: 'action', action: clean, visibility: 'public' });
  const side = clean.side;
  switch (clean.type) {
    case 'unilateral': {
      const move = scenario.moves.find((m) => m.id === clean.move)!;
      s.usedMoves = [...s.usedMoves, move.id];
      applyEffects(scenario, s, move.effects);
      s.turn.slotUsed = true;
      return { ok: true, state: s };
    }
    case 'consult':
      consult(scenario, s, side, clean.consultation);
      s.turn.slotUsed = true;
      return { ok: true, state: s };
    case 'propose':
    case 'counter':
      s.standing = { by: side, package: clean.package, round: s.round };
      s.offersMade[side] += 1;
      break;
    case 'reject':
      s.standing = null;
      break;
    case 'wait':
      break;
    case 'walkout': {
      // Leaving the table does not stop the clock: the tariff ladder runs on to the end date, so
      // the scores carry the cost of the break-up rather than freezing the world at the walk-out.
      const at = { date: s.date, round: s.round };
      let more = true;
      while (more) more = advanceRound(scenario, rounds, s);
      endGame(s, { kind: 'walkout', by: side, date: at.date, round: at.round, finalTariff: s.tariff.rate });
      return { ok: true, state: s };
    }
    case 'accept':
      if (signDeal(scenario, s, side)) return { ok: true, state: s };
      break;
  }
  endTurn(scenario, rounds, s);
  return { ok: true, state: s };
}

/**
 * Only the fields the rules know are logged, rebuilt in a fixed shape (terms in issue order), so a replay
 * file holds nothing the engine ignores and equal actions serialise alike whoever built them.
 */
function cleanAction(scenario: Scenario, action: Action): Action {
  const side = action.side;
  const clean = bareAction(action);
  const say = action.say;
  if (say) {
    clean.say =
      say.bluff === undefined
        ? { text: { en: say.text.en, es: say.text.es } }
        : { text: { en: say.text.en, es: say.text.es }, bluff: say.bluff };
  }
  return clean;

  function bareAction(a: Action): Action {
    switch (a.type) {
      case 'propose':
      case 'counter':
        return { type: a.type, side, package: normalisePackage(scenario, a.package) };
      case 'unilateral':
        return { type: 'unilateral', side, move: a.move };
      case 'consult':
        return { type: 'consult', side, consultation: a.consultation };
      default:
        return { type: a.type, side };
    }
  }
}

/** Terms in the scenario's issue order, whatever order the caller wrote them in. */
function normalisePackage(scenario: Scenario, pkg: Package): Package {
  const terms = inIssueOrder(scenario, pkg.terms);
  if (!pkg.conditional) return { terms };
  const c = pkg.conditional;
  const then = inIssueOrder(scenario, c.then);
  return {
    terms,
    conditional:
      c.minDropPct === undefined
        ? { review: c.review, then }
        : { review: c.review, minDropPct: c.minDropPct, then },
  };
}

function inIssueOrder(scenario: Scenario, terms: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of scenario.issues) {
    const pick = terms[issue.id];
    if (pick !== undefined) out[issue.id] = pick;
  }
  return out;
}

/** Returns true when the deal took effect (the game is then over). */
function signDeal(scenario: Scenario, s: GameState, acceptedBy: Side): boolean {
  const pkg = s.standing!.package;
  const failures = winsetFailures(scenario, s, pkg);
  appendLog(s, { kind: 'ratification', passed: failures.length === 0, failures, visibility: 'public' });
  if (failures.length > 0) {
    s.standing = null;
    return false;
  }
  const terms = completeTerms(scenario, pkg.terms);
  const historical = isHistorical(scenario, pkg);
  s.deal = {
    package: pkg,
    terms,
    signed: { date: s.date, round: s.round, acceptedBy },
    reservation: {
      us: round6(reservationValue(scenario, s, 'us')),
      mx: round6(reservationValue(scenario, s, 'mx')),
    },
    clauseTriggered: false,
    reinstated: false,
  };
  s.standing = null;
  appendLog(s, { kind: 'deal', terms, historical, visibility: 'public' });
  const signedRound = s.round;
  const signedDate = s.date;
  runReviewPeriod(scenario, s, s.deal);
  const deal = s.deal;
  endGame(s, {
    kind: 'deal',
    date: signedDate,
    round: signedRound,
    acceptedBy,
    terms: deal.terms,
    ...(pkg.conditional ? { conditional: pkg.conditional } : {}),
    historical,
    review: s.log.flatMap((e) => (e.kind === 'review' ? [e.result] : [])),
    verdict: deal.reinstated ? 'tariffs-reinstated' : deal.clauseTriggered ? 'clause-triggered' : 'held',
    finalTariff: s.tariff.rate,
  });
  return true;
}

function endGame(s: GameState, outcome: GameState['outcome']): void {
  s.phase = 'over';
  s.outcome = outcome;
  appendLog(s, { kind: 'end', outcome: outcome.kind, visibility: 'public' });
}

function endTurn(scenario: Scenario, rounds: readonly RoundInfo[], s: GameState): void {
  if (s.turn.step === 0) {
    s.turn = { side: otherSide(s.turn.side), step: 1, slotUsed: false };
    return;
  }
  closeRound(scenario, rounds, s);
}

/** The round's meeting is over: the world moves on by the round's length, then the next begins. */
function closeRound(scenario: Scenario, rounds: readonly RoundInfo[], s: GameState): void {
  if (advanceRound(scenario, rounds, s)) return;
  endGame(s, { kind: 'no-deal', date: s.date, round: s.round, finalTariff: s.tariff.rate });
}

/**
 * Moves the world through the current round to the next meeting (or to the end date, returning
 * false when the calendar has no more meetings).
 */
function advanceRound(scenario: Scenario, rounds: readonly RoundInfo[], s: GameState): boolean {
  const info = rounds[s.round]!;
  advanceWorld(scenario, s, s.date, info.days);
  driftMeters(scenario, s, info.days);
  appendLog(s, { kind: 'round', closed: s.round, visibility: 'public' });
  takeSnapshot(s);
  const next = rounds[s.round + 1];
  if (!next) {
    s.date = scenario.calendar.end;
    updateTariff(s);
    return false;
  }
  s.round = next.index;
  s.date = next.date;
  s.slot = next.slot;
  s.phase = next.phase;
  updateTariff(s);
  fireEvents(scenario, s);
  // The initiative alternates: whoever answered last round opens this one.
  const opener = next.index % 2 === 0 ? scenario.calendar.opener : otherSide(scenario.calendar.opener);
  s.turn = { side: opener, step: 0, slotUsed: false };
  return true;
}

function updateTariff(s: GameState): void {
  const rate = rateInForce(s.tariff, s.date);
  if (rate !== s.tariff.rate || (rate > 0 && s.tariff.status === 'threatened')) {
    s.tariff.rate = rate;
    if (rate > 0) s.tariff.status = 'in-force';
    appendLog(s, { kind: 'tariff', rate, status: s.tariff.status, visibility: 'public' });
  }
}
