import type { GameDraft, GameState } from './state';

/**
 * A draft the rules may mutate: every container that an action can change in place is copied;
 * the rest (the timeline, intelligence, moves, events, offer counts, the standing offer, the
 * outcome, the log's entries) is shared and replaced, never edited, when it changes, which
 * `GameDraft` enforces by typing it read-only. Written out field by field (not spread) because this
 * runs on every action and literal shapes are fastest.
 */
export function draft(state: GameState): GameDraft {
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
    offersMade: state.offersMade,
    log: state.log.slice(),
    timeline: state.timeline,
    actionsDigest: state.actionsDigest,
    outcome: state.outcome,
    actionCount: state.actionCount,
  };
}
