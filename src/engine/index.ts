// The engine's public API; everything else in engine/ is an implementation detail.
export type { Action, ActionType, Conditional, LegalAction, Package, Statement } from './actions';
export { actionFor, NEGOTIATING, otherSide } from './actions';
export type { RoundInfo, Slot } from './calendar';
export { ACTION_ERROR_CODES, type ActionError, type ActionErrorCode } from './errors';
export { createRules, type NewGameOptions, type Rules, stateHash } from './game';
export { hashValue } from './hash';
export type { MeterView, Observation, WinsetView } from './observe';
export { completeTerms, packageUtility, samePackage, sameTerms, termsUtility } from './offer';
export type { ApplyResult } from './rules';
export {
  type Analysis,
  distanceToFrontier,
  type FrontierPoint,
  historicalPackage,
  type IssueTable,
  isHistorical,
  matchesHistorical,
  type Point,
  paretoFrontier,
  paretoOf,
  type TradeOff,
} from './scoring';
export type { GameState, LogEntry, Outcome, OutcomeKind, Snapshot } from './state';
export { ENGINE_VERSION } from './state';
export { STATEMENT_MAX_LENGTH } from './statement';
