// Whether an action may be played now, and if not, which rule it breaks: one error code per reason.
import type { Scenario, Side } from '../scenario/schema';
import { ACTION_TYPES } from './actions';
import { type ActionError, actionError } from './errors';
import { validatePackage } from './offer';
import type { GameState } from './state';

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
