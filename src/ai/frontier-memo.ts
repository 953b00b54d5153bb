// The frontier of a negotiator's tables, remembered per negotiator. Its tables change only when
// what it has learnt changes (an intelligence reading, a refusal, a late round), so most decisions
// of a game sweep the same tables again: a sweep is the single largest cost of a decision.
import { paretoOf, type TradeOff } from '../engine';
import type { tablesFor } from './bidding';
import type { Knowledge } from './knowledge';

type Tables = ReturnType<typeof tablesFor>;

/** Distinct tables one negotiator meets in a game are few; this only bounds a pathological case. */
const MOST_REMEMBERED = 64;

const memo = new WeakMap<Knowledge, Map<string, readonly TradeOff[]>>();

/** `paretoOf(tables)`, frozen, computed once per distinct tables of this negotiator. */
export function frontierOf(knowledge: Knowledge, tables: Tables): readonly TradeOff[] {
  let known = memo.get(knowledge);
  if (!known) {
    known = new Map();
    memo.set(knowledge, known);
  }
  const key = keyOf(tables);
  const hit = known.get(key);
  if (hit) return hit;
  const frontier = paretoOf(tables).map((p) => Object.freeze({ ...p, terms: Object.freeze(p.terms) }));
  if (known.size >= MOST_REMEMBERED) known.clear();
  known.set(key, Object.freeze(frontier));
  return frontier;
}

/** Exact: two tables share a key only if every option and both its utilities are the same. */
function keyOf(tables: Tables): string {
  let key = '';
  for (const t of tables) {
    key += `|${t.id}`;
    for (const o of t.options) key += `;${o.id},${o.own},${o.theirs}`;
  }
  return key;
}
