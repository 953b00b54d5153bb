// The engine's public face: one set of pure functions bound to a validated scenario.
import type { Result } from '../result';
import type { Scenario } from '../scenario/schema';
import { bySide, perSide, type SideId } from '../scenario/sides';
import type { Action, LegalAction } from './actions';
import { type Analysis, analyse } from './analysis';
import { buildRounds, type Rounds } from './calendar';
import type { ActionError } from './errors';
import { fireEvents } from './events';
import { digestOf, hashValue } from './hash';
import { legalActions } from './legal';
import { appendLog } from './log';
import { type Observation, observe, sideView } from './observe';
import type { DeepReadonly } from './readonly';
import { restorer } from './restore';
import type { RestoreError } from './restore/error';
import { seedRng } from './rng';
import { type ApplyResult, applyAction } from './rules';
import { ENGINE_VERSION, type GameDraft, type GameState, type Outcome } from './state';
import { initialTariff } from './tariff';
import { type CheckedAction, checkAction } from './validate';
import { startingEncounters } from './world';

export interface NewGameOptions {
  seed: number;
}

export interface Rules {
  scenario: Scenario;
  scenarioHash: string;
  rounds: Rounds;
  newGame(options: NewGameOptions): GameState;
  /** The action as the rules read it (its own fields, its move and package resolved), or why not. */
  validate(state: GameState, action: unknown): Result<CheckedAction, ActionError>;
  apply(state: GameState, action: Action): ApplyResult;
  // What the rules hand out is read-only all the way down (see readonly.ts).
  legalActions(state: GameState, side: SideId): DeepReadonly<LegalAction[]>;
  observe(state: GameState, side: SideId): Observation;
  /**
   * Everything, seen from one side's seat: its own brief and tables, with the other side's private
   * meters, both sides' private log entries and every bluff. For replays, never for a player.
   */
  observeAll(state: GameState, seat: SideId): Observation;
  outcome(state: GameState): DeepReadonly<Outcome>;
  analyse(state: GameState): DeepReadonly<Analysis>;
  stateHash(state: GameState): string;
  /** The one way a state comes back from outside (saves, replays, share links): checked, then copied. */
  restoreState(json: unknown): Result<GameState, RestoreError>;
}

export function createRules(scenario: Scenario, scenarioHash: string): Rules {
  const rounds = buildRounds(scenario);
  const views = perSide(scenario, (side) => sideView(scenario, side, rounds.length));
  const allViews = perSide(scenario, (side) => sideView(scenario, side, rounds.length, true));
  return {
    scenario,
    scenarioHash,
    rounds,
    newGame: (options) => newGame(scenario, scenarioHash, rounds, options),
    validate: (state, action) => checkAction(scenario, state, action),
    apply: (state, action) => applyAction(scenario, rounds, state, action),
    legalActions: (state, side) => legalActions(scenario, state, side),
    observe: (state, side) => observe(scenario, state, bySide(views, side)),
    observeAll: (state, seat) => observe(scenario, state, bySide(allViews, seat)),
    outcome: (state) => state.outcome,
    analyse: (state) => analyse(scenario, state),
    stateHash,
    restoreState: restorer(scenario, scenarioHash, rounds),
  };
}

function newGame(
  scenario: Scenario,
  scenarioHash: string,
  rounds: Rounds,
  options: NewGameOptions,
): GameState {
  const first = rounds[0];
  const w = scenario.world;
  const state: GameDraft = {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    scenarioHash,
    seed: options.seed >>> 0,
    rng: seedRng(options.seed),
    phase: first.phase,
    round: 0,
    date: first.date,
    slot: first.slot,
    turn: { side: scenario.calendar.opener, step: 0, slotUsed: false },
    tariff: initialTariff(scenario),
    world: {
      encounters: startingEncounters(scenario),
      peso: w.peso.initial,
      growth: w.growth.initial,
      trust: w.trust.initial,
      flowEffect: 0,
      tariffPaidBn: 0,
      elapsedDays: 0,
    },
    meters: Object.fromEntries(scenario.meters.map((m) => [m.id, m.initial])),
    standing: null,
    deal: null,
    usedMoves: [],
    firedEvents: [],
    intel: perSide(scenario, () => []),
    offersMade: perSide(scenario, () => 0),
    log: [],
    timeline: [],
    actionsDigest: digestOf(scenarioHash),
    outcome: { kind: 'ongoing' },
    actionCount: 0,
  };
  // What happened before the first meeting (the announcement, the market drop) is the background.
  const before = scenario.events.filter((e) => e.trigger.kind === 'date' && e.trigger.date < first.date);
  fireEvents({ ...scenario, events: before }, state, true);
  fireEvents(scenario, state);
  appendLog(state, { kind: 'tariff', rate: 0, status: 'threatened', visibility: 'public' });
  return state;
}

/**
 * A stable 64-bit hex digest of the whole state, hashed structurally so key order cannot matter.
 * The append-only histories (log, timeline, intelligence) are derived from the actions, whose
 * running digest is hashed instead, so hashing costs the same on round 1 and round 13.
 */
export function stateHash(state: GameState): string {
  return hashValue(state, DERIVED);
}

const DERIVED: ReadonlySet<string> = new Set(['log', 'timeline', 'intel']);
