// When a negotiator accepts the offer it faces: the rule of negotiator.ts's `answerStanding`, with
// the next offer of its `nextOffer`, as functions of the evaluation alone. The explanations ask
// this, so what they promise is what the negotiator does. Kept step for step with negotiator.ts
// until the negotiator calls these itself (tests/ai/explain.test.ts plays the real negotiator
// against every answer and fails when the two part).
import { facesOffer, type TradeOff } from '../engine';
import { choosePackage, contributions, repairToward } from './bidding';
import type { Situation } from './evaluation';
import { opponentOffers } from './opponent-model';
import { isHistoricalDeal } from './script';

/** How far below its target an easy negotiator will settle (negotiator.ts's EASY_SLACK). */
export const EASY_SLACK = 0.05;

/** The package we would offer next at our target, or null when none reaches it. */
export function nextOffer(sit: Situation): TradeOff | null {
  const { knowledge, obs, model, lessons, tables, frontier, floor, target } = sit;
  const exploit = sit.skill.exploits ? { theirReservation: model.reservation } : null;
  let next = choosePackage(frontier, target, exploit);
  const theirLast = opponentOffers(obs).at(-1);
  if (theirLast) {
    const theirTerms = Object.fromEntries(
      knowledge.issues.map((issue) => [issue.id, theirLast.terms[issue.id] ?? issue.statusQuo]),
    );
    const repaired = repairToward(theirTerms, target, contributions(tables));
    if (repaired.own >= target - 1e-9) next = repaired;
  }
  if (lessons.refusedByThem.length > 0 && next && next.theirs < model.reservation) {
    const enough = frontier.find((p) => p.theirs >= model.reservation && p.own >= floor - 1e-9);
    if (enough) next = enough;
  }
  return next;
}

/** The utility an offer must reach for us to take it now, when nothing else decides. */
export function acceptanceBar(sit: Situation, next: TradeOff | null): number {
  return sit.skill.acceptsEarly ? sit.target - EASY_SLACK : (next?.own ?? 1) - 1e-9;
}

/** Whether we accept the standing offer we face (false when we face none). */
export function acceptsStanding(sit: Situation, next: TradeOff | null): boolean {
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
