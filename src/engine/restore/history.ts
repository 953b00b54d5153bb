// The log is the game's history: the lists and counts the state keeps beside it (moves used, events
// fired, offers made, intelligence gathered, world time) are derived from it and must agree with it.
import type { Side } from '../../scenario/schema';
import { sideIds } from '../../scenario/sides';
import type { GameState, LogEntry } from '../state';
import type { Problem } from './check';
import type { Known } from './known';

type Action = Extract<LogEntry, { kind: 'action' }>['action'];

const actions = (s: GameState): Action[] => s.log.flatMap((e) => (e.kind === 'action' ? [e.action] : []));

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function listed(what: string, kept: readonly string[], logged: readonly string[]): string | null {
  return same(kept, logged)
    ? null
    : `holds ${kept.length} ${what}, the log ${logged.length}: [${logged.join(', ')}]`;
}

function usedMoves(s: GameState): string | null {
  const logged = actions(s).flatMap((a) => (a.type === 'unilateral' ? [a.move] : []));
  return listed('moves', s.usedMoves, logged);
}

function firedEvents(s: GameState): string | null {
  const logged = s.log.flatMap((e) => (e.kind === 'event' ? [e.event] : []));
  return listed('events', s.firedEvents, logged);
}

function offersBy(s: GameState, side: Side): string | null {
  const n = actions(s).filter(
    (a) => a.side === side && (a.type === 'propose' || a.type === 'counter'),
  ).length;
  return s.offersMade[side] === n ? null : `the log holds ${n} offers by ${side}, not ${s.offersMade[side]}`;
}

function intelOf(s: GameState, side: Side): string | null {
  const logged = s.log.flatMap((e) => (e.kind === 'intel' && e.visibility === side ? [e.record] : []));
  return same(s.intel[side], logged)
    ? null
    : `differs from the ${logged.length} records of ${side}'s consultations in the log`;
}

/** While talks go on, world time is exactly the length of the rounds already closed. */
function elapsedDays(s: GameState, { rounds }: Known): string | null {
  if (s.phase === 'over') return null;
  const days = rounds.slice(0, s.round).reduce((sum, r) => sum + r.days, 0);
  return s.world.elapsedDays === days
    ? null
    : `round ${s.round} starts after ${days} days, not ${s.world.elapsedDays}`;
}

export function historyProblems(s: GameState, known: Known): Problem[] {
  const found: [string, string | null][] = [
    ['usedMoves', usedMoves(s)],
    ['firedEvents', firedEvents(s)],
    ['world.elapsedDays', elapsedDays(s, known)],
  ];
  for (const side of sideIds(known.scenario) as readonly string[] as readonly Side[]) {
    found.push([`offersMade.${side}`, offersBy(s, side)], [`intel.${side}`, intelOf(s, side)]);
  }
  return found.flatMap(([path, message]) => (message === null ? [] : [{ path, message }]));
}
