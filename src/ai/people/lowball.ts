// The hard bargainer with threats: it asks for its own best package and says it is final, warns that
// the deadline will cost the other side, makes every pressure move its side has (one a turn, each
// once), and once the tariff is in force warns that it will walk out. It concedes little and late:
// one single-issue step towards the other side's latest offer at every second tariff-phase meeting,
// never below its value of no deal. It accepts an offer worth at least its current ask, or, at the
// last meeting at which it answers, anything its side would ratify that is worth at least no deal.
// Every threat is a bluff (it never walks out, its "final" offer is not, and it takes less at the
// end), and it marks each as one: the other side sees the mark only after the game.
//
// A pressure move is one of its side's unilateral moves that strains trust and does not put the
// tariff off: read from the scenario's public list of moves, never from move ids.
import type { Action, Observation, Statement, StatementIntent } from '../../engine';
import { facesOffer } from '../../engine';
import { buildRounds } from '../../engine/calendar';
import type { Scenario } from '../../scenario/schema';
import { otherSide, type SideId } from '../../scenario/sides';
import type { Player, PlayerContext } from '../player';
import { lastAnswer } from './meetings';
import { offersBy, ownUtility, positionAfter } from './position';

export function lowballPlayer({ scenario, side }: PlayerContext): Player {
  const them = otherSide(scenario, side);
  const pressure = pressureMoves(scenario, side);
  const firstTariffMeeting = buildRounds(scenario).find((r) => r.phase === 'tariff')?.index ?? Infinity;
  const finalAnswer = lastAnswer(scenario, side);
  /** Steps conceded by now: none in talks, then one at the second tariff meeting and every second after. */
  const stepsAt = (round: number) =>
    round < firstTariffMeeting ? 0 : Math.floor((round - firstTariffMeeting + 1) / 2);

  return {
    name: 'lowball',
    decide(seat): Action {
      const obs = seat.observe();
      const move = nextPressure(obs, side, pressure);
      if (move !== null) return { type: 'unilateral', side, move };
      const theirs = offersBy(obs, them);
      const ask = positionAfter(
        scenario,
        obs,
        stepsAt(obs.round),
        theirs[theirs.length - 1] ?? null,
        obs.you.reservation,
      );
      const standing = obs.standing;
      if (standing && facesOffer(standing, side)) {
        const meetsAsk = standing.yourUtility >= ownUtility(scenario, obs, ask) - 1e-6;
        const takes = obs.round === finalAnswer && standing.yourUtility >= obs.you.reservation;
        if (standing.yourWinsetPasses && (meetsAsk || takes)) return { type: 'accept', side };
        return { type: 'counter', side, package: ask, say: threat(obs, side) };
      }
      if (standing) return { type: 'wait', side };
      return { type: 'propose', side, package: ask, say: threat(obs, side) };
    },
  };
}

/** Its side's pressure moves, in the scenario's order. */
export function pressureMoves(scenario: Scenario, side: SideId): ReadonlySet<string> {
  return new Set(
    scenario.moves
      .filter((m) => m.side === side && (m.effects.trust ?? 0) < 0 && (m.effects.tariff?.shiftDays ?? 0) <= 0)
      .map((m) => m.id),
  );
}

/** The first pressure move open now that it has not made yet, or null. */
function nextPressure(obs: Observation, side: SideId, pressure: ReadonlySet<string>): string | null {
  const made = new Set<string>();
  for (const e of obs.log) {
    if (e.kind === 'action' && e.action.side === side && e.action.type === 'unilateral')
      made.add(e.action.move);
  }
  for (const entry of obs.legal) {
    if (entry.type === 'unilateral' && pressure.has(entry.move) && !made.has(entry.move)) return entry.move;
  }
  return null;
}

/** What it says with an offer: the first is "final"; then the deadline; after it, walking out. */
function threat(obs: Observation, side: SideId): Statement {
  const offered = obs.offersMade[side] ?? 0;
  const intent: StatementIntent =
    offered === 0
      ? 'final-offer'
      : obs.phase === 'tariff'
        ? 'walkout-warning'
        : offered % 2 === 1
          ? 'deadline-threat'
          : 'principal-appeal';
  return { text: LINES[intent](obs.deadline), intent, bluff: true };
}

const LINES: Record<StatementIntent, (deadline: string) => Statement['text']> = {
  'final-offer': () => ({
    en: 'This is our final offer. Take it or leave it.',
    es: 'Esta es nuestra oferta final. Tómela o déjela.',
  }),
  'deadline-threat': (deadline) => ({
    en: `Sign before ${deadline}, or you pay for every day after it.`,
    es: `Firme antes del ${deadline}, o pagará cada día que pase después.`,
  }),
  'walkout-warning': () => ({
    en: 'Accept these terms, or we walk away from this table.',
    es: 'Acepte estos términos, o nos levantamos de esta mesa.',
  }),
  'principal-appeal': () => ({
    en: 'Nothing less than this would be ratified at home.',
    es: 'Nada por debajo de esto se ratificaría en casa.',
  }),
};
