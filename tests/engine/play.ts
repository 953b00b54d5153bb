// Small helpers the engine tests share: apply-or-throw, playing rounds out, and state edits.
import type { Action, Conditional, GameState, Package, Rules } from '../../src/engine';
import { actionFor, completeTerms } from '../../src/engine';
import { reviewDays } from '../../src/engine/offer';
import type { SideId } from '../../src/scenario/sides';
import { must } from '../support/apply';
import { MX, US } from '../support/sides';

export { must, mustAll } from '../support/apply';
export { editable, edited } from '../support/editable';

/** The side to move makes the quietest negotiating move: wait, or reject an offer it faces. */
export function pass(rules: Rules, state: GameState): GameState {
  const side = state.turn.side;
  const facing = state.standing !== null && state.standing.by !== side;
  return must(rules, state, { type: facing ? 'reject' : 'wait', side });
}

/** Both sides pass until the round number changes (or the game ends). */
export function passRound(rules: Rules, state: GameState): GameState {
  const round = state.round;
  let s = state;
  while (s.phase !== 'over' && s.round === round) s = pass(rules, s);
  return s;
}

/** Passes rounds until the state's round is `round` (or the game ends). */
export function passToRound(rules: Rules, state: GameState, round: number): GameState {
  let s = state;
  while (s.phase !== 'over' && s.round < round) s = passRound(rules, s);
  return s;
}

/** Passes until the game ends. */
export function passToEnd(rules: Rules, state: GameState): GameState {
  let s = state;
  for (let i = 0; s.phase !== 'over'; i++) {
    if (i > 1000) throw new Error('the game did not end');
    s = pass(rules, s);
  }
  return s;
}

/**
 * From a state where `proposer` is to move with no offer standing, `proposer` proposes `pkg` and the
 * other side accepts it at once.
 */
export function proposeAndAccept(rules: Rules, state: GameState, pkg: Package): GameState {
  const proposer = state.turn.side;
  const other: SideId = proposer === US ? MX : US;
  const s = must(rules, state, { type: 'propose', side: proposer, package: pkg });
  return must(rules, s, { type: 'accept', side: other });
}

/** Freezes a value and everything reachable from it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A small deterministic generator for test choices (mulberry32), independent of the engine's. */
export function testRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random valid package: some issues, sometimes with a conditional clause. */
export function randomPackage(rules: Rules, random: () => number): Package {
  const { scenario } = rules;
  const pickOf = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const terms: Record<string, string> = {};
  for (const issue of scenario.issues) if (random() < 0.6) terms[issue.id] = pickOf(issue.options).id;
  if (Object.keys(terms).length === 0) {
    const issue = pickOf(scenario.issues);
    terms[issue.id] = pickOf(issue.options).id;
  }
  // A clause is judged at one of the deal's own reviews.
  const reviews = reviewDays(scenario, completeTerms(scenario, terms));
  if (reviews.length > 0 && random() < 0.3) {
    const issue = pickOf(scenario.issues);
    const review = pickOf(reviews);
    const minDropPct = pickOf(scenario.conditionalThresholds);
    return { terms, conditional: clause(review, { [issue.id]: pickOf(issue.options).id }, minDropPct) };
  }
  return { terms };
}

/**
 * A random legal action for the side to move, drawn from `legalActions`. Walking out and accepting
 * are rarer than other moves, so random games last a while.
 */
export function randomAction(rules: Rules, state: GameState, random: () => number): Action {
  const side = state.turn.side;
  let legal = rules.legalActions(state, side);
  if (random() < 0.95) legal = legal.filter((a) => a.type !== 'walkout');
  if (random() < 0.7) legal = legal.filter((a) => a.type !== 'accept');
  const choice = legal[Math.floor(random() * legal.length)];
  if (!choice) throw new Error('no legal action');
  return actionFor(choice, side, () => randomPackage(rules, random));
}

/** Plays a random game from `seed`, returning every state along the way (the first is newGame's). */
export function randomGame(rules: Rules, seed: number): { states: GameState[]; actions: Action[] } {
  const random = testRandom(seed ^ 0x9e3779b9);
  const states = [rules.newGame({ seed })];
  const actions: Action[] = [];
  let s = states[0] as GameState;
  while (s.phase !== 'over') {
    if (actions.length > 500) throw new Error('random game did not end');
    const action = randomAction(rules, s, random);
    s = must(rules, s, action);
    actions.push(action);
    states.push(s);
  }
  return { states, actions };
}

/** A conditional clause. (Built here so the `then` member, which linters distrust, is written once.) */
export function clause(review: number, then: Record<string, string>, minDropPct?: number): Conditional {
  return minDropPct === undefined ? { review, then } : { review, minDropPct, then };
}

/** A clause from values of any type, for tests of what validation refuses. */
export function rawClause(review: unknown, then: unknown, minDropPct?: unknown): Record<string, unknown> {
  return minDropPct === undefined ? { review, then } : { review, minDropPct, then };
}
