// The log is the game's history: the lists and counts the state keeps beside it (moves used, events
// fired, offers made, intelligence gathered, world time) are derived from it and must agree with it.

import { bySide, type SideId, sideIds } from '../../scenario/sides';
import type { GameState, IntelRecord } from '../state';
import type { Problem } from './check';
import type { Known } from './known';

/** What the log says happened, read in one pass. */
interface History {
  moves: string[];
  events: string[];
  offers: Map<string, number>;
  intel: Map<string, IntelRecord[]>;
}

function historyOf(s: GameState): History {
  const h: History = { moves: [], events: [], offers: new Map(), intel: new Map() };
  for (const e of s.log) {
    if (e.kind === 'event') h.events.push(e.event);
    else if (e.kind === 'intel') h.intel.set(e.visibility, [...(h.intel.get(e.visibility) ?? []), e.record]);
    else if (e.kind === 'action' && e.action.type === 'unilateral') h.moves.push(e.action.move);
    else if (e.kind === 'action' && (e.action.type === 'propose' || e.action.type === 'counter'))
      h.offers.set(e.action.side, (h.offers.get(e.action.side) ?? 0) + 1);
  }
  return h;
}

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) =>
  a.length === b.length && a.every((x, i) => same(x, b[i] as T));

function sameRecord(a: IntelRecord, b: IntelRecord): boolean {
  const keys = Object.keys(a.values);
  return (
    a.kind === b.kind &&
    a.round === b.round &&
    a.date === b.date &&
    a.consultation === b.consultation &&
    a.margin === b.margin &&
    keys.length === Object.keys(b.values).length &&
    keys.every((k) => a.values[k] === b.values[k])
  );
}

function listed(what: string, kept: readonly string[], logged: readonly string[]): string | null {
  if (sameList(kept, logged, (x, y) => x === y)) return null;
  return `holds ${kept.length} ${what}, the log ${logged.length}: [${logged.join(', ')}]`;
}

function offersBy(s: GameState, h: History, side: SideId): string | null {
  const n = h.offers.get(side) ?? 0;
  const kept = bySide(s.offersMade, side);
  return kept === n ? null : `the log holds ${n} offers by ${side}, not ${kept}`;
}

function intelOf(s: GameState, h: History, side: SideId): string | null {
  const logged = h.intel.get(side) ?? [];
  if (sameList(bySide(s.intel, side), logged, sameRecord)) return null;
  return `differs from the ${logged.length} records of ${side}'s consultations in the log`;
}

/** While talks go on, world time is exactly the length of the rounds already closed. */
function elapsedDays(s: GameState, { rounds }: Known): string | null {
  if (s.phase === 'over') return null;
  const days = rounds.slice(0, s.round).reduce((sum, r) => sum + r.days, 0);
  if (s.world.elapsedDays === days) return null;
  return `round ${s.round} starts after ${days} days, not ${s.world.elapsedDays}`;
}

export function historyProblems(s: GameState, known: Known): Problem[] {
  const h = historyOf(s);
  const found: [string, string | null][] = [
    ['usedMoves', listed('moves', s.usedMoves, h.moves)],
    ['firedEvents', listed('events', s.firedEvents, h.events)],
    ['world.elapsedDays', elapsedDays(s, known)],
  ];
  for (const side of sideIds(known.scenario) as readonly string[] as readonly SideId[]) {
    found.push([`offersMade.${side}`, offersBy(s, h, side)], [`intel.${side}`, intelOf(s, h, side)]);
  }
  return found.flatMap(([path, message]) => (message === null ? [] : [{ path, message }]));
}
