// Every reason an action can be refused has its own code, so the UI, the AI and tests can react to
// the reason rather than parse a sentence.

export const ACTION_ERROR_CODES = [
  'MALFORMED_ACTION',
  'UNKNOWN_SIDE',
  'STATEMENT_TOO_LONG',
  'STATEMENT_NOT_PLAIN_TEXT',
  'GAME_OVER',
  'NOT_YOUR_TURN',
  'SLOT_ALREADY_USED',
  'UNKNOWN_MOVE',
  'MOVE_WRONG_SIDE',
  'MOVE_WRONG_PHASE',
  'MOVE_ALREADY_USED',
  'UNKNOWN_CONSULTATION',
  'CONSULTATION_WRONG_SIDE',
  'NO_STANDING_OFFER',
  'OWN_OFFER',
  'MUST_RESPOND',
  'TOO_EARLY_TO_WALK_OUT',
  'EMPTY_PACKAGE',
  'UNKNOWN_ISSUE',
  'UNKNOWN_OPTION',
  'INVALID_CONDITIONAL',
] as const;

export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];

export interface ActionError {
  code: ActionErrorCode;
  message: string;
}

export function actionError(code: ActionErrorCode, message: string): ActionError {
  return { code, message };
}
