// How a game ended, as saved, and the review results a deal's period produced.
import type { Outcome, ReviewResult } from '../state';
import { bool, type Check, list, literal, num, object, oneOf, optional, tagged } from './check';
import type { Known } from './known';
import { conditional, terms } from './package';
import { tariffRate } from './world';

export const reviewResult = (known: Known): Check<ReviewResult> =>
  object<ReviewResult>({
    day: num({ int: true, min: 0, max: 365 }),
    date: known.date,
    encounters: num({ min: 0 }),
    dropPct: num({ max: 100 }),
    target: num({ int: true, min: 0, max: 100 }),
    sufficient: bool,
    clause: oneOf(['none', 'triggered', 'ratified', 'failed'], 'a clause result'),
    tariff: oneOf(['kept-off', 'reinstated'], 'a tariff result'),
  });

type Kind<K extends Outcome['kind']> = Extract<Outcome, { kind: K }>;

export const OUTCOME_KINDS: readonly Outcome['kind'][] = ['ongoing', 'deal', 'walkout', 'no-deal'];

export function outcomeOf(known: Known): Check<Outcome> {
  const { date, round } = known;
  return tagged<Outcome>('kind', {
    ongoing: object<Kind<'ongoing'>>({ kind: literal('ongoing') }),
    deal: object<Kind<'deal'>>({
      kind: literal('deal'),
      date,
      round,
      acceptedBy: known.side,
      terms: terms(known, true),
      conditional: optional(conditional(known)),
      historical: bool,
      review: list(reviewResult(known)),
      verdict: oneOf(['held', 'clause-triggered', 'tariffs-reinstated'], 'a verdict'),
      finalTariff: tariffRate,
    }),
    walkout: object<Kind<'walkout'>>({
      kind: literal('walkout'),
      by: known.side,
      date,
      round,
      finalTariff: tariffRate,
    }),
    'no-deal': object<Kind<'no-deal'>>({ kind: literal('no-deal'), date, round, finalTariff: tariffRate }),
  });
}
