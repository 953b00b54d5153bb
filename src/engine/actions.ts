import type { LocalText } from '../scenario/schema';
import type { SideId } from '../scenario/sides';

/** A conditional clause: if at review day `review` encounters have not fallen by `minDropPct`, `then` applies. */
export interface Conditional {
  review: number;
  /** Omitted: the US judges at its discretion against the scenario's review target. */
  minDropPct?: number;
  then: Record<string, string>;
}

/** A package offer over any subset of issues; issues left out stay at their status quo. */
export interface Package {
  terms: Record<string, string>;
  conditional?: Conditional;
}

/**
 * What a statement means beyond its words, the part a negotiator across the table reads and holds
 * the speaker to: this is our final offer; sign before the next tariff step or pay it; accept or we
 * leave; our principal will not sign less.
 */
export const STATEMENT_INTENTS = [
  'final-offer',
  'deadline-threat',
  'walkout-warning',
  'principal-appeal',
] as const;
export type StatementIntent = (typeof STATEMENT_INTENTS)[number];

/**
 * Why an offer gives the other side less than the speaker's offer before it: their principal or
 * legislature refused the last deal, an event changed the table, or they took back what they had
 * offered. Only offers carry one.
 */
export const OFFER_CAUSES = ['ratification-refused', 'event', 'their-retraction'] as const;
export type OfferCause = (typeof OFFER_CAUSES)[number];

/** What a side says with a move (from the AI or the player); never changes the rules' outcome. */
export interface Statement {
  text: LocalText;
  intent?: StatementIntent;
  cause?: OfferCause;
  /** Marked by a negotiator that says more than it intends; the debrief reveals it. */
  bluff?: boolean;
}

interface Base {
  side: SideId;
  say?: Statement;
}

export type Action =
  | (Base & { type: 'propose'; package: Package })
  | (Base & { type: 'counter'; package: Package })
  | (Base & { type: 'accept' })
  | (Base & { type: 'reject' })
  | (Base & { type: 'wait' })
  | (Base & { type: 'walkout' })
  | (Base & { type: 'unilateral'; move: string })
  | (Base & { type: 'consult'; consultation: string });

export type ActionType = Action['type'];

/** Negotiating moves end a side's turn; unilateral moves and consultations share one slot before it. */
export const NEGOTIATING = ['propose', 'counter', 'accept', 'reject', 'wait', 'walkout'] as const;
export const ACTION_TYPES: readonly ActionType[] = [...NEGOTIATING, 'unilateral', 'consult'];

/**
 * What `legalActions` lists: concrete actions, except that `propose` and `counter` stand for
 * "any valid package" because the package space is far too large to enumerate.
 */
export type LegalAction =
  | { type: 'propose' }
  | { type: 'counter' }
  | { type: 'accept' }
  | { type: 'reject' }
  | { type: 'wait' }
  | { type: 'walkout' }
  | { type: 'unilateral'; move: string }
  | { type: 'consult'; consultation: string };

/** The concrete action a legal-action entry stands for; `makePackage` fills in a proposal's terms. */
export function actionFor(entry: LegalAction, side: SideId, makePackage: () => Package): Action {
  switch (entry.type) {
    case 'propose':
    case 'counter':
      return { type: entry.type, side, package: makePackage() };
    case 'unilateral':
      return { type: 'unilateral', side, move: entry.move };
    case 'consult':
      return { type: 'consult', side, consultation: entry.consultation };
    default:
      return { type: entry.type, side };
  }
}
