// Intelligence records as saved: each names a consultation of the side that holds it, reveals what
// that consultation reveals, and carries only estimates the scenario can name.
import type { Side } from '../../scenario/schema';
import type { GameState, IntelRecord } from '../state';
import { type Check, list, num, object, record, refine } from './check';
import { type Known, perSideOf } from './known';

/** Every key an intelligence record may carry: win-set ids, issues, `issue=option`, meters. */
function valueKeys(known: Known): ReadonlySet<string> {
  const { scenario } = known;
  const keys = new Set<string>(['reservation']);
  for (const w of scenario.winsets) keys.add(w.id);
  for (const m of scenario.meters) keys.add(m.id);
  for (const issue of scenario.issues) {
    keys.add(issue.id);
    for (const o of issue.options) keys.add(`${issue.id}=${o.id}`);
  }
  return keys;
}

/** A record held by `side`; in the log, the entry's visibility names the side instead (null here). */
export function recordOf(known: Known, side: Side | null): Check<IntelRecord> {
  const keys = valueKeys(known);
  const value = num();
  const shape = object<IntelRecord>({
    kind: known.intelKind,
    round: known.round,
    date: known.date,
    consultation: known.consultation,
    values: record((key) => (keys.has(key) ? value : null), 'an estimate a consultation gives'),
    margin: num({ min: 0, max: 1000 }),
  });
  return refine(shape, (r) => {
    const c = known.scenario.consultations.find((x) => x.id === r.consultation);
    if (c && side !== null && c.side !== side) return `consultation "${c.id}" belongs to the other side`;
    if (c && c.reveals !== r.kind) return `consultation "${c.id}" reveals ${c.reveals}, not ${r.kind}`;
    return null;
  });
}

export function intelOf(known: Known): Check<GameState['intel']> {
  return perSideOf(known.scenario, (side) => list(recordOf(known, side)));
}
