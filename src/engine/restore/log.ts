// Log entries as saved: a known kind each, the fields that kind carries, ids the scenario defines.
import type { LogEntry, Visibility } from '../state';
import {
  bool,
  type Check,
  count,
  describe,
  list,
  literal,
  object,
  oneOf,
  problem,
  refine,
  tagged,
} from './check';
import { recordOf } from './intel';
import type { Known } from './known';
import { OUTCOME_KINDS, reviewResult } from './outcome';
import { actionOf, terms } from './package';
import { TARIFF_STATUSES, tariffRate } from './world';

type Kind<K extends LogEntry['kind']> = Extract<LogEntry, { kind: K }>;

function visibilityOf(known: Known): Check<Visibility> {
  return (value, path, problems) => {
    if (value === 'public') return 'public';
    const side = known.side(value, path, []);
    return typeof side === 'string'
      ? side
      : problem(problems, path, `expected "public" or a side, got ${describe(value)}`);
  };
}

function kindsOf(known: Known) {
  const common = { seq: count, round: known.round, date: known.date, visibility: visibilityOf(known) };
  return {
    action: object<Kind<'action'>>({ ...common, kind: literal('action'), action: actionOf(known) }),
    event: object<Kind<'event'>>({ ...common, kind: literal('event'), event: known.event, background: bool }),
    tariff: object<Kind<'tariff'>>({
      ...common,
      kind: literal('tariff'),
      rate: tariffRate,
      status: oneOf(TARIFF_STATUSES, 'a tariff status'),
    }),
    ratification: object<Kind<'ratification'>>({
      ...common,
      kind: literal('ratification'),
      passed: bool,
      failures: list(known.winset),
    }),
    deal: object<Kind<'deal'>>({
      ...common,
      kind: literal('deal'),
      terms: terms(known, true),
      historical: bool,
    }),
    review: object<Kind<'review'>>({ ...common, kind: literal('review'), result: reviewResult(known) }),
    intel: object<Kind<'intel'>>({ ...common, kind: literal('intel'), record: recordOf(known, null) }),
    round: object<Kind<'round'>>({ ...common, kind: literal('round'), closed: known.round }),
    end: object<Kind<'end'>>({
      ...common,
      kind: literal('end'),
      outcome: oneOf(OUTCOME_KINDS, 'an outcome kind'),
    }),
  };
}

/** Only the side that consulted may read what it learnt. */
function privateIntel(entry: LogEntry, known: Known): string | null {
  if (entry.kind !== 'intel') return null;
  const c = known.scenario.consultations.find((x) => x.id === entry.record.consultation);
  return c && entry.visibility !== c.side
    ? `intelligence from "${c.id}" is visible to ${c.side} alone`
    : null;
}

export function logEntryOf(known: Known): Check<LogEntry> {
  return refine(tagged<LogEntry>('kind', kindsOf(known)), (entry) => privateIntel(entry, known));
}
