// The AI across the table: the persona the person chose, its "what would it take?" counterpart,
// and the one way it comes back after a restore. The AI player keeps a private stream and a
// memory of the game; a restored state carries neither, so the player is rebuilt by replaying the
// game's logged actions from the start, letting it decide again at each of its own turns: its
// stream then stands exactly where it stood, and the game goes on as if never interrupted.
import { appraisalFor } from '../ai/appraisal';
import { type Counterpart, counterpartFor } from '../ai/counterpart';
import { SKILLS } from '../ai/difficulty';
import { assess } from '../ai/evaluation';
import { type Explanation, explainRejection } from '../ai/explain';
import { knowledgeFor } from '../ai/knowledge';
import { seatFor } from '../ai/match';
import type { Player } from '../ai/player';
import { createPlayer } from '../ai/registry';
import {
  type Action,
  type GameState,
  hashValue,
  type Observation,
  type Package,
  type Rules,
} from '../engine';
import { err, ok, type Result } from '../result';
import type { ScenarioPersona } from '../scenario/schema';
import { otherSide, type SideId } from '../scenario/sides';
import type { Notice, Setup } from './contract';

export interface AiSeat {
  readonly side: SideId;
  readonly player: Player;
  readonly counterpart: Counterpart;
  /** Plays the AI's next action on this state (its stream advances: call once per move). */
  decide(state: GameState): Action;
  /**
   * Why it will not take `pkg`, the offer it faces in `aiObservation`, said with its move. The
   * same verdict as `counterpart.explain`, but the issues it names are where its own next offer
   * asks for more rather than the smallest change it would take: that search costs 25 to 80 ms on
   * june-2019, too long for a move that must not hold up a frame, and the counter-offer that
   * follows shows the change anyway.
   */
  explainRefusal(aiObservation: Observation, pkg: Package): Explanation;
}

/**
 * The AI's own stream, derived from the game's seed so that one number replays a whole game, yet
 * different from the engine's so the two never draw alike.
 */
export function aiSeed(seed: number): number {
  return (seed ^ 0x9e3779b9) >>> 0;
}

export function createAiSeat(rules: Rules, setup: Setup): Result<AiSeat, Notice> {
  const scenario = rules.scenario;
  const side = otherSide(scenario, setup.side);
  const opponent = setup.opponent;
  if (opponent.kind !== 'ai') {
    return err({ code: 'NO_AI', message: 'The other side is played by a person, not the AI.' });
  }
  const persona: ScenarioPersona | undefined = (scenario.personas ?? []).find(
    (p) => p.side === side && p.id === opponent.persona,
  );
  if (!persona) {
    return err({ code: 'UNKNOWN_PERSONA', message: `There is no opponent "${opponent.persona}".` });
  }
  const { difficulty } = opponent;
  const knowledge = knowledgeFor(scenario, side);
  const appraisal = appraisalFor(scenario, side);
  const skill = SKILLS[difficulty];
  const player = createPlayer(
    { kind: 'persona', persona: persona.id, difficulty },
    { scenario, side, seed: aiSeed(setup.seed) },
  );
  return ok({
    side,
    player,
    counterpart: counterpartFor(scenario, side, persona, difficulty),
    decide: (state) => player.decide(seatFor(rules, state, side)),
    explainRefusal: (obs, pkg) => {
      const sit = { ...assess(knowledge, skill, persona, obs, appraisal.statements), skill };
      return explainRejection(sit, pkg, appraisal, { search: false });
    },
  });
}

const ANOTHER_AI: Notice = {
  code: 'SAVE_INCOMPATIBLE',
  message: 'The saved game was made by another version of the AI: it would not play on the same way.',
};

/**
 * A fresh AI seat brought to where `restored` stands: every logged action is applied again from
 * the new game of the same seed, the AI deciding anew at each of its own. If it would now decide
 * otherwise, or the replay does not reach the very same state, the save belongs to another AI.
 */
export function resyncAiSeat(rules: Rules, setup: Setup, restored: GameState): Result<AiSeat, Notice> {
  const seat = createAiSeat(rules, setup);
  if (!seat.ok) return seat;
  const ai = seat.value;
  let state = rules.newGame({ seed: restored.seed });
  for (const entry of restored.log) {
    if (entry.kind !== 'action') continue;
    const logged = entry.action as Action;
    const action = logged.side === ai.side ? ai.decide(state) : logged;
    const applied = rules.apply(state, action);
    if (!applied.ok) return err(ANOTHER_AI);
    state = applied.value;
    if (hashValue(lastAction(state)) !== hashValue(entry.action)) return err(ANOTHER_AI);
  }
  if (state.actionCount !== restored.actionCount || rules.stateHash(state) !== rules.stateHash(restored)) {
    return err(ANOTHER_AI);
  }
  return ok(ai);
}

/** The action the last `apply` logged: the round's own entries may follow it. */
function lastAction(state: GameState): unknown {
  for (let i = state.log.length - 1; i >= 0; i--) {
    const e = state.log[i];
    if (e?.kind === 'action') return e.action;
  }
  return null;
}
