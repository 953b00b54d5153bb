// Intelligence records as saved: each names a consultation of the side that holds it, reveals what
// that consultation reveals, and carries only the estimates that kind of intelligence gives, each
// within the bounds the engine clamps it to.
// Type-only: the engine must not load zod (which the schema module imports) at run time.
import type { IntelKind } from '../../scenario/schema';
import type { SideId } from '../../scenario/sides';
import type { GameState, IntelRecord } from '../state';
import { type Check, list, literal, num, object, record, refine, tagged } from './check';
import { type Known, perSideOf } from './known';

type Values = Check<Record<string, number>>;

const share = num({ min: 0, max: 1 });

function keyed(checks: ReadonlyMap<string, Check<number>>, what: string): Values {
  return record((key) => checks.get(key) ?? null, what);
}

/** What each kind of intelligence may reveal: win-set thresholds, a reservation, priorities, meters. */
function valuesOf(known: Known, kind: IntelKind): Values {
  const { scenario } = known;
  switch (kind) {
    case 'own-winset':
      return keyed(new Map(scenario.winsets.map((w) => [w.id, num()])), 'a win-set test of this scenario');
    case 'other-reservation':
      return keyed(new Map([['reservation', share]]), 'a reservation estimate ("reservation")');
    case 'other-priorities': {
      const keys = scenario.issues.flatMap((i) => [i.id, ...i.options.map((o) => `${i.id}=${o.id}`)]);
      return keyed(new Map(keys.map((k) => [k, share])), 'an issue or an issue=option of this scenario');
    }
    case 'other-meters': {
      const meters = scenario.meters.map((m) => [m.id, num({ min: m.min, max: m.max })] as const);
      return keyed(new Map(meters), 'a meter of this scenario');
    }
  }
}

function kindOf(known: Known, kind: IntelKind): Check<IntelRecord> {
  return object<IntelRecord>({
    kind: literal(kind),
    round: known.round,
    date: known.date,
    consultation: known.consultation,
    values: valuesOf(known, kind),
    margin: num({ min: 0, max: 1000 }),
  });
}

/** A record held by `side`; in the log, the entry's visibility names the side instead (null here). */
export function recordOf(known: Known, side: SideId | null): Check<IntelRecord> {
  const kinds: Record<IntelKind, Check<IntelRecord>> = {
    'own-winset': kindOf(known, 'own-winset'),
    'other-reservation': kindOf(known, 'other-reservation'),
    'other-priorities': kindOf(known, 'other-priorities'),
    'other-meters': kindOf(known, 'other-meters'),
  };
  return refine(tagged<IntelRecord>('kind', kinds), (r) => {
    const c = known.scenario.consultations.find((x) => x.id === r.consultation);
    if (c && side !== null && c.side !== side) return `consultation "${c.id}" belongs to the other side`;
    if (c && c.reveals !== r.kind) return `consultation "${c.id}" reveals ${c.reveals}, not ${r.kind}`;
    return null;
  });
}

export function intelOf(known: Known): Check<GameState['intel']> {
  return perSideOf(known.scenario, (side) => list(recordOf(known, side)));
}
