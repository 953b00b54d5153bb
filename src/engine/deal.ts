// Signing: the accepted package meets both sides' win-sets, or talks go on with the reasons public.

import type { Scenario } from '../scenario/schema';
import { perSide, type SideId } from '../scenario/sides';
import type { Package } from './actions';
import { fireOccasion } from './events';
import { isHistorical } from './historical';
import { appendLog } from './log';
import { applySigningEffects } from './meters';
import { completeTerms } from './offer';
import { reservationValue } from './reservation';
import { runReviewPeriod } from './review';
import { endGame } from './round';
import { round6 } from './rounding';
import type { GameDraft } from './state';
import { winsetFailures } from './winset';

/** Returns true when the deal took effect (the game is then over). */
export function signDeal(scenario: Scenario, s: GameDraft, acceptedBy: SideId, pkg: Package): boolean {
  const failures = winsetFailures(scenario, s, pkg);
  appendLog(s, { kind: 'ratification', passed: failures.length === 0, failures, visibility: 'public' });
  if (failures.length > 0) {
    s.standing = null;
    fireOccasion(scenario, s, { kind: 'ratification-failed', failures });
    return false;
  }
  const terms = completeTerms(scenario, pkg.terms);
  const historical = isHistorical(scenario, pkg);
  s.deal = {
    package: pkg,
    terms,
    signed: { date: s.date, round: s.round, acceptedBy },
    reservation: perSide(scenario, (side) => round6(reservationValue(scenario, s, side))),
    clauseTriggered: false,
    reinstated: false,
  };
  s.standing = null;
  appendLog(s, { kind: 'deal', terms, historical, visibility: 'public' });
  // Ratified: the terms' own costs at home land once, then whatever the signature sets off.
  applySigningEffects(scenario, s, terms);
  fireOccasion(scenario, s, { kind: 'signed', terms });
  const signedRound = s.round;
  const signedDate = s.date;
  runReviewPeriod(scenario, s, s.deal);
  const deal = s.deal;
  endGame(s, {
    kind: 'deal',
    date: signedDate,
    round: signedRound,
    acceptedBy,
    terms: deal.terms,
    ...(pkg.conditional ? { conditional: pkg.conditional } : {}),
    historical,
    review: s.log.flatMap((e) => (e.kind === 'review' ? [e.result] : [])),
    verdict: deal.reinstated ? 'tariffs-reinstated' : deal.clauseTriggered ? 'clause-triggered' : 'held',
    finalTariff: s.tariff.rate,
  });
  return true;
}
