// Whether an action may be played now, and if not, which rule it breaks: one error code per reason.
// The action comes from outside (a player, the UI, a replay file), so it is read as untrusted data:
// its own data fields only, each read once, into a checked copy that `apply` then plays. Nothing the
// caller holds (a getter, a proxy, a later edit) can change the action between check and play.
import { err, ok, type Result } from '../result';
import type { Scenario, ScenarioConsultation, ScenarioMove } from '../scenario/schema';
import { isSideId, type SideId, sideIds } from '../scenario/sides';
import { ACTION_TYPES, type Action, type ActionType, type Package, type Statement } from './actions';
import { describeValue } from './describe';
import { type ActionError, actionError } from './errors';
import { checkPackage } from './offer';
import { facesOffer } from './standing';
import type { GameState } from './state';
import { checkStatement } from './statement';
import { isRecord, type OwnField, ownField } from './untrusted';

declare const checkedBrand: unique symbol;

/** What a checked action resolved, by type: nothing downstream looks an id up again. */
interface Resolved {
  unilateral: { readonly scenarioMove: ScenarioMove };
  consult: { readonly scenarioConsultation: ScenarioConsultation };
  /** The package on the table when the acceptance was checked: the one that is signed. */
  accept: { readonly accepted: Package };
}

type WithResolved<A> = A extends { type: infer T } ? (T extends keyof Resolved ? A & Resolved[T] : A) : never;

/**
 * An action that passed every check, rebuilt from plain values the engine owns, carrying what it
 * resolved: a move, a consultation, or the package it accepts.
 */
export type CheckedAction = WithResolved<Action> & { readonly [checkedBrand]: true };

const KNOWN_TYPES: ReadonlySet<string> = new Set(ACTION_TYPES);

/** The action as checked and as `apply` plays it, or the first rule it breaks. Never throws. */
export function checkAction(
  scenario: Scenario,
  state: GameState,
  action: unknown,
): Result<CheckedAction, ActionError> {
  if (!isRecord(action)) {
    return refuse(
      'MALFORMED_ACTION',
      `an action is an object with \`type\` and \`side\`, not ${describeValue(action)}`,
    );
  }
  const type = plainField(action, 'type');
  if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) {
    return refuse('MALFORMED_ACTION', `unknown action type ${shown(type)}`);
  }
  const sideValue = plainField(action, 'side');
  if (!isSideId(scenario, sideValue)) {
    const ids = sideIds(scenario).map((id) => `"${id}"`);
    return refuse('UNKNOWN_SIDE', `side must be ${ids.join(' or ')}, not ${shown(sideValue)}`);
  }
  const side = sideValue;
  const sayField = ownField(action, 'say');
  let say: Statement | undefined;
  if (sayField.kind === 'unreadable')
    return refuse('MALFORMED_ACTION', '`say` must be plain data, not a getter');
  if (sayField.kind === 'value' && sayField.value !== undefined) {
    const statement = checkStatement(sayField.value, side, type === 'propose' || type === 'counter');
    if (!statement.ok) return statement;
    say = statement.value;
  }
  if (state.phase === 'over') return refuse('GAME_OVER', 'the game is over');
  if (state.turn.side !== side)
    return refuse('NOT_YOUR_TURN', `it is ${state.turn.side.toUpperCase()}'s turn`);
  const rule = checkRule(scenario, state, side, type as ActionType, action);
  if (!rule.ok) return rule;
  const checked = say === undefined ? rule.value : { ...rule.value, say };
  return ok(checked as CheckedAction);
}

type Unsaid = WithResolved<Omit<Action, 'say'>>;

function checkRule(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  type: ActionType,
  action: object,
): Result<Unsaid, ActionError> {
  const standing = state.standing;
  const facing = facesOffer(standing, side);
  switch (type) {
    case 'unilateral': {
      const move = checkMove(scenario, state, side, plainField(action, 'move'));
      return move.ok ? ok({ type, side, move: move.value.id, scenarioMove: move.value }) : move;
    }
    case 'consult': {
      const consultation = checkConsultation(scenario, state, side, plainField(action, 'consultation'));
      return consultation.ok
        ? ok({ type, side, consultation: consultation.value.id, scenarioConsultation: consultation.value })
        : consultation;
    }
    case 'propose':
      if (facing) return refuse('MUST_RESPOND', 'an offer stands: accept, reject or counter it first');
      return withPackage(scenario, type, side, action);
    case 'counter':
      if (!standing) return refuse('NO_STANDING_OFFER', 'there is no offer to counter; propose one');
      if (!facing) return refuse('OWN_OFFER', 'you cannot counter your own offer; propose a new one');
      return withPackage(scenario, type, side, action);
    case 'accept':
    case 'reject':
      if (!standing) return refuse('NO_STANDING_OFFER', `there is no offer to ${type}`);
      if (!facing) return refuse('OWN_OFFER', `you cannot ${type} your own offer`);
      return type === 'accept' ? ok({ type, side, accepted: standing.package }) : ok({ type, side });
    case 'wait':
      if (facing) return refuse('MUST_RESPOND', 'an offer stands: accept, reject or counter it');
      return ok({ type, side });
    case 'walkout':
      if (state.phase === 'talks') {
        return refuse(
          'TOO_EARLY_TO_WALK_OUT',
          'before the deadline the talks end only in a deal or at the deadline; walking out is possible once the tariff is in force',
        );
      }
      return ok({ type, side });
  }
}

function withPackage(
  scenario: Scenario,
  type: 'propose' | 'counter',
  side: SideId,
  action: object,
): Result<Unsaid, ActionError> {
  const pkg: Result<Package, ActionError> = checkPackage(scenario, plainField(action, 'package'));
  return pkg.ok ? ok({ type, side, package: pkg.value }) : pkg;
}

function checkMove(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  id: unknown,
): Result<ScenarioMove, ActionError> {
  if (state.turn.slotUsed) return refuse('SLOT_ALREADY_USED', 'one unilateral move or consultation per turn');
  const move = scenario.moves.find((m) => m.id === id);
  if (!move) return refuse('UNKNOWN_MOVE', `there is no move ${shown(id)}`);
  if (move.side !== side)
    return refuse('MOVE_WRONG_SIDE', `"${move.id}" is a ${move.side.toUpperCase()} move`);
  if (move.phase !== 'any' && move.phase !== state.phase) {
    return refuse('MOVE_WRONG_PHASE', `"${move.id}" is only possible in the ${move.phase} phase`);
  }
  if (move.once && state.usedMoves.includes(move.id)) {
    return refuse('MOVE_ALREADY_USED', `"${move.id}" can only be made once`);
  }
  return ok(move);
}

function checkConsultation(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  id: unknown,
): Result<ScenarioConsultation, ActionError> {
  if (state.turn.slotUsed) return refuse('SLOT_ALREADY_USED', 'one unilateral move or consultation per turn');
  const c = scenario.consultations.find((x) => x.id === id);
  if (!c) return refuse('UNKNOWN_CONSULTATION', `there is no consultation ${shown(id)}`);
  if (c.side !== side) return refuse('CONSULTATION_WRONG_SIDE', `"${c.id}" is for ${c.side.toUpperCase()}`);
  return ok(c);
}

/** An own data field's value; a getter or an unreadable field counts as missing. */
function plainField(value: object, key: string): unknown {
  const field: OwnField = ownField(value, key);
  return field.kind === 'value' ? field.value : field.kind === 'unreadable' ? UNREADABLE : undefined;
}

/** Stands for a field that is a getter or cannot be read, so messages can say so. */
const UNREADABLE: unique symbol = Symbol('unreadable');

function shown(value: unknown): string {
  return value === UNREADABLE
    ? 'a getter or unreadable field (an action is plain data)'
    : describeValue(value);
}

function refuse(
  code: ActionError['code'],
  message: string,
): { readonly ok: false; readonly error: ActionError } {
  return err(actionError(code, message));
}
