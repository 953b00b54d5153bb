// When a negotiator accepts the offer it faces: at least its own next offer (AC-next; an easy one
// settles a little lower), never below its reservation or outside its win-set. One rule, here, for
// the negotiator's move and for the explanations it gives, so what they promise is what it does.
import { facesOffer } from '../engine';
import type { Situation } from './evaluation';
import type { NextOffer } from './next-offer';
import { isHistoricalDeal } from './script';

export { nextOffer } from './next-offer';

/** How far below its target an easy negotiator will settle. */
export const EASY_SLACK = 0.1;

/** The utility an offer must reach for us to take it now, when nothing else decides. */
export function acceptanceBar(sit: Situation, next: NextOffer | null): number {
  return sit.skill.acceptsEarly ? sit.target - EASY_SLACK : (next?.offer.own ?? 1) - 1e-9;
}

/** Whether we accept the standing offer we face (false when we face none). */
export function acceptsStanding(sit: Situation, next: NextOffer | null): boolean {
  const { knowledge, persona, obs, floor, reservation } = sit;
  const standing = obs.standing;
  if (!standing || !facesOffer(standing, knowledge.side)) return false;
  const u = standing.yourUtility;
  const statusQuo = (issue: string) => knowledge.issues.find((i) => i.id === issue)?.statusQuo ?? '';
  const historical =
    persona.historical && isHistoricalDeal(knowledge.historical, statusQuo, standing.package);
  const lastChance = obs.round === obs.roundCount - 1;
  const worthIt = u >= floor && (u >= acceptanceBar(sit, next) || lastChance || historical);
  return standing.yourWinsetPasses && u >= reservation && worthIt;
}
