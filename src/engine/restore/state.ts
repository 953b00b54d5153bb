// The full shape of a saved `GameState`. Written against the type itself (`Shape<GameState>`), so a
// field added to the state does not compile until it is checked here too.

import type { Slot } from '../calendar';
import type { Digest } from '../hash';
import type { RngState } from '../rng';
import type { GameState, Phase } from '../state';
import { type Check, count, FAIL, list, nullable, object, oneOf, str, uint32 } from './check';
import { intelOf } from './intel';
import type { Known } from './known';
import { logEntryOf } from './log';
import { dealOf, offersMadeOf, standingOf, turnOf } from './negotiation';
import { outcomeOf } from './outcome';
import { snapshotOf } from './snapshot';
import { metersOf, tariffOf, worldOf } from './world';

/** A fixed number of unsigned 32-bit words: the stream's state, the running digest. */
function words<T extends number[]>(length: T['length']): Check<T> {
  const check = list(uint32, { length });
  return (value, path, problems) => {
    const w = check(value, path, problems);
    return w === FAIL ? FAIL : (w as T);
  };
}

const PHASES: readonly Phase[] = ['talks', 'tariff', 'over'];
const SLOTS: readonly Slot[] = ['am', 'pm', 'day', 'month'];

export function gameStateOf(known: Known): Check<GameState> {
  return object<GameState>({
    engineVersion: str,
    scenarioId: str,
    scenarioHash: str,
    seed: uint32,
    rng: words<RngState>(4),
    phase: oneOf(PHASES, 'a phase'),
    round: known.round,
    date: known.date,
    slot: oneOf(SLOTS, 'a slot'),
    turn: turnOf(known),
    tariff: tariffOf(known),
    world: worldOf,
    meters: metersOf(known),
    standing: nullable(standingOf(known)),
    deal: nullable(dealOf(known)),
    usedMoves: list(known.move),
    firedEvents: list(known.event),
    intel: intelOf(known),
    offersMade: offersMadeOf(known),
    log: list(logEntryOf(known)),
    timeline: list(snapshotOf(known)),
    actionsDigest: words<Digest>(2),
    outcome: outcomeOf(known),
    actionCount: count,
  });
}
