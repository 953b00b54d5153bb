// Small builders for games in which the sides say typed things: a statement, a scripted line of
// moves, and the round at which the tariff phase begins.
import type { Action, GameState, Package, Rules, Statement, StatementIntent } from '../../src/engine';
import type { SideId } from '../../src/scenario/sides';
import { must } from './apply';

/** A typed statement; `bluff` is the speaker's own mark. */
export function say(intent: StatementIntent, bluff?: boolean): Statement {
  const text = { en: `(${intent})`, es: `(${intent})` };
  return bluff === undefined ? { text, intent } : { text, intent, bluff };
}

/** Troops offered by Mexico: more troops give the US more (june-2019's values). */
export function troops(option: 'troops-2000' | 'troops-6000' | 'troops-10000'): Package {
  return { terms: { 'guard-size': option } };
}

/** Applies `moves` in order, each built for the side whose turn it is. */
export function play(rules: Rules, state: GameState, moves: ((side: SideId) => Action)[]): GameState {
  return moves.reduce((s, move) => must(rules, s, move(s.turn.side)), state);
}

export const propose =
  (pkg: Package, statement?: Statement) =>
  (side: SideId): Action =>
    statement
      ? { type: 'propose', side, package: pkg, say: statement }
      : { type: 'propose', side, package: pkg };
export const counter =
  (pkg: Package, statement?: Statement) =>
  (side: SideId): Action =>
    statement
      ? { type: 'counter', side, package: pkg, say: statement }
      : { type: 'counter', side, package: pkg };
export const simple =
  (type: 'reject' | 'wait' | 'walkout' | 'accept', statement?: Statement) =>
  (side: SideId): Action =>
    statement ? { type, side, say: statement } : { type, side };
export const unilateral =
  (move: string, statement?: Statement) =>
  (side: SideId): Action =>
    statement ? { type: 'unilateral', side, move, say: statement } : { type: 'unilateral', side, move };

/** The index of the first meeting after the deadline, when walking out becomes legal. */
export function firstTariffRound(rules: Rules): number {
  const round = rules.rounds.find((r) => r.phase === 'tariff');
  if (!round) throw new Error('the calendar has no tariff phase');
  return round.index;
}
