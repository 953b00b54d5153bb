// The table as saved: whose turn it is, the offer on it, the deal signed, offers counted.
import type { Deal, GameState, StandingOffer, Turn } from '../state';
import { bool, type Check, count, describe, num, object, problem } from './check';
import { type Known, perSideOf } from './known';
import { packageOf, terms } from './package';

/** 0 for the side with the initiative, 1 for the responder. */
const step: Check<0 | 1> = (value, path, problems) =>
  value === 0 || value === 1 ? value : problem(problems, path, `expected 0 or 1, got ${describe(value)}`);

export function turnOf(known: Known): Check<Turn> {
  return object<Turn>({ side: known.side, step, slotUsed: bool });
}

export function standingOf(known: Known): Check<StandingOffer> {
  return object<StandingOffer>({ by: known.side, package: packageOf(known), round: known.round });
}

export function dealOf(known: Known): Check<Deal> {
  return object<Deal>({
    package: packageOf(known),
    terms: terms(known, true),
    signed: object<Deal['signed']>({ date: known.date, round: known.round, acceptedBy: known.side }),
    reservation: perSideOf(known.scenario, () => num({ min: -1000, max: 1000 })),
    clauseTriggered: bool,
    reinstated: bool,
  });
}

export function offersMadeOf(known: Known): Check<GameState['offersMade']> {
  return perSideOf(known.scenario, () => count);
}
