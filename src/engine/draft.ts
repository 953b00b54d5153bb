import type { GameState } from './state';

/**
 * A draft the rules may mutate: every container that an action can change in place is copied;
 * the lists that grow only now and then (timeline, intelligence, moves, events) are shared and
 * replaced, never pushed to, when they grow. Written out field by field (not spread) because this
 * runs on every action and literal shapes are fastest.
 */
export function draft(state: GameState): GameState {
  const w = state.world;
  const t = state.tariff;
  return {
    engineVersion: state.engineVersion,
    scenarioId: state.scenarioId,
    scenarioHash: state.scenarioHash,
    seed: state.seed,
    rng: [state.rng[0], state.rng[1], state.rng[2], state.rng[3]],
    phase: state.phase,
    round: state.round,
    date: state.date,
    slot: state.slot,
    turn: { side: state.turn.side, step: state.turn.step, slotUsed: state.turn.slotUsed },
    // Steps are replaced wholesale when the schedule bends, never edited in place.
    tariff: { steps: t.steps, rate: t.rate, status: t.status },
    world: {
      encounters: w.encounters,
      peso: w.peso,
      growth: w.growth,
      trust: w.trust,
      flowEffect: w.flowEffect,
      tariffPaidBn: w.tariffPaidBn,
      elapsedDays: w.elapsedDays,
    },
    meters: { ...state.meters },
    standing: state.standing,
    deal: state.deal ? { ...state.deal, signed: { ...state.deal.signed } } : null,
    usedMoves: state.usedMoves,
    firedEvents: state.firedEvents,
    intel: state.intel,
    offersMade: { ...state.offersMade },
    log: state.log.slice(),
    timeline: state.timeline,
    actionsDigest: state.actionsDigest,
    outcome: state.outcome,
    actionCount: state.actionCount,
  };
}
