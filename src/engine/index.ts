// The engine's public API; everything else in engine/ is an implementation detail.
export type {
  Action,
  ActionType,
  Conditional,
  LegalAction,
  OfferCause,
  Package,
  Statement,
  StatementIntent,
} from './actions';
export { actionFor, NEGOTIATING, OFFER_CAUSES, STATEMENT_INTENTS } from './actions';
export { additiveUtility } from './additive';
export type { Analysis } from './analysis';
export type { RoundInfo, Slot } from './calendar';
export { ACTION_ERROR_CODES, type ActionError, type ActionErrorCode } from './errors';
export {
  distanceToFrontier,
  type FrontierPoint,
  type IssueTable,
  paretoFrontier,
  paretoOf,
  type TradeOff,
} from './frontier';
export { createRules, type NewGameOptions, type Rules, stateHash } from './game';
export { hashValue } from './hash';
export { historicalPackage, isHistorical, matchesHistorical } from './historical';
export type { MeterView, Observation, WinsetView } from './observe';
export { completeTerms, packageUtility, samePackage, sameTerms, termsUtility } from './offer';
export type { DeepReadonly } from './readonly';
export type { Problem as RestoreProblem } from './restore/check';
/** The checker toolkit `restoreState` is built from, for the other files read from outside (replays). */
export * as checks from './restore/check';
export { RESTORE_ERROR_CODES, type RestoreError, type RestoreErrorCode } from './restore/error';
export { round6 } from './rounding';
export type { ApplyResult } from './rules';
export { facesOffer } from './standing';
export type { GameState, LogEntry, Outcome, OutcomeKind, Snapshot } from './state';
export { ENGINE_VERSION } from './state';
export { STATEMENT_MAX_LENGTH } from './statement';
