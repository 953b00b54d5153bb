// The gauntlet: every AI persona of the scenario, at each difficulty asked for, against each
// human-like scripted player in the other seat, over a range of seeds; per game the outcome, the
// scores and the AI's conduct (conduct.ts), and a row per (persona:difficulty, seat, player).
// Pure apart from the progress callback.

import type { Action, GameState, OutcomeKind, Rules } from '../engine';
import { bySide, otherSide, perSide, type SideId, sideIds } from '../scenario/sides';
import { type Conduct, conductOf, ratifiableDeal } from './conduct';
import type { Difficulty } from './difficulty';
import { playMatch } from './match';
import { pressureMoves } from './people/lowball';
import { HUMAN_LIKE_PLAYERS, type HumanLikeName } from './people/roster';
import { createPlayer, type PlayerSpec, specName } from './registry';

export interface GauntletMatchup {
  /** The AI persona as a player name, `<persona>:<difficulty>`. */
  persona: string;
  spec: PlayerSpec;
  /** The side the persona plays; the scripted player takes the other. */
  seat: SideId;
  strategy: HumanLikeName;
}

export interface GauntletGame {
  seed: number;
  outcome: OutcomeKind;
  /** A deal signed and ratified (the game's outcome is a deal). */
  deal: boolean;
  agreementRound: number | null;
  /** Who walked out, if anyone. */
  walkout: 'ai' | 'strategy' | null;
  score: { ai: number; strategy: number };
  conduct: Conduct;
  /** For a walk-out by the AI: a deal worth at least no deal to it could still have been ratified. */
  walkoutWithRatifiableDeal: boolean;
  /** Pressure moves (unilateral moves that strain trust without putting the tariff off) by the AI. */
  aiPressureMoves: number;
}

export interface GauntletRow {
  persona: string;
  seat: SideId;
  strategy: HumanLikeName;
  games: number;
  dealRate: number;
  meanAgreementRound: number | null;
  walkouts: { ai: number; strategy: number };
  meanScore: { ai: number; strategy: number };
  /** Retractions (offers worse for the other side than the AI's previous one), totals over the games. */
  retractions: { withoutCause: number; withCause: number; seeds: number };
  worseForBoth: number;
  walkoutsWithRatifiableDeal: number;
  meanAiPressureMoves: number;
}

/** Every matchup, in the scenario's side order, then persona order, difficulty, then player. */
export function gauntletMatchups(rules: Rules, difficulties: readonly Difficulty[]): GauntletMatchup[] {
  const out: GauntletMatchup[] = [];
  for (const seat of sideIds(rules.scenario)) {
    for (const persona of (rules.scenario.personas ?? []).filter((p) => p.side === seat)) {
      for (const difficulty of difficulties) {
        const spec: PlayerSpec = { kind: 'persona', persona: persona.id, difficulty };
        for (const strategy of HUMAN_LIKE_PLAYERS)
          out.push({ persona: specName(spec), spec, seat, strategy });
      }
    }
  }
  return out;
}

export function gauntletSize(rules: Rules, difficulties: readonly Difficulty[], games: number): number {
  return gauntletMatchups(rules, difficulties).length * games;
}

export function playGauntletGame(rules: Rules, matchup: GauntletMatchup, seed: number): GauntletGame {
  const scenario = rules.scenario;
  const ai = matchup.seat;
  const lineup = perSide(
    scenario,
    (side): PlayerSpec => (side === ai ? matchup.spec : { kind: matchup.strategy }),
  );
  const players = perSide(scenario, (side) => createPlayer(bySide(lineup, side), { scenario, side, seed }));
  const { state, actions } = playMatch(rules, players, seed);
  const outcome = state.outcome;
  const score = rules.analyse(state).score;
  const walkout = outcome.kind === 'walkout' ? (outcome.by === ai ? 'ai' : 'strategy') : null;
  const pressure = pressureMoves(scenario, ai);
  return {
    seed,
    outcome: outcome.kind,
    deal: outcome.kind === 'deal',
    agreementRound: outcome.kind === 'deal' ? outcome.round : null,
    walkout,
    score: { ai: bySide(score, ai), strategy: bySide(score, otherSide(scenario, ai)) },
    conduct: conductOf(scenario, state, ai),
    walkoutWithRatifiableDeal:
      walkout === 'ai' &&
      ratifiableDeal(rules, stateBefore(rules, seed, actions.length - 1, actions), ai) !== null,
    aiPressureMoves: actions.filter((a) => a.side === ai && a.type === 'unilateral' && pressure.has(a.move))
      .length,
  };
}

/** The state before action `index` of a game, replayed from its seed (the rules are deterministic). */
function stateBefore(rules: Rules, seed: number, index: number, actions: readonly Action[]): GameState {
  let state = rules.newGame({ seed });
  for (const action of actions.slice(0, index)) {
    const next = rules.apply(state, action);
    if (!next.ok) throw new GauntletReplayError(`replaying seed ${seed}: ${next.error.code}`);
    state = next.value;
  }
  return state;
}

/** A game that played once and will not replay: the rules would not be deterministic. */
export class GauntletReplayError extends Error {
  readonly code = 'GAUNTLET_REPLAY';
}

export function summariseGauntlet(matchup: GauntletMatchup, games: readonly GauntletGame[]): GauntletRow {
  const n = Math.max(1, games.length);
  const deals = games.filter((g) => g.deal);
  const sum = (f: (g: GauntletGame) => number) => games.reduce((s, g) => s + f(g), 0);
  const rounds = deals.map((g) => g.agreementRound ?? 0);
  return {
    persona: matchup.persona,
    seat: matchup.seat,
    strategy: matchup.strategy,
    games: games.length,
    dealRate: round3(deals.length / n),
    meanAgreementRound: rounds.length ? round3(rounds.reduce((a, b) => a + b, 0) / rounds.length) : null,
    walkouts: {
      ai: games.filter((g) => g.walkout === 'ai').length,
      strategy: games.filter((g) => g.walkout === 'strategy').length,
    },
    meanScore: { ai: round3(sum((g) => g.score.ai) / n), strategy: round3(sum((g) => g.score.strategy) / n) },
    retractions: {
      withoutCause: sum((g) => g.conduct.retractions.filter((r) => !r.caused).length),
      withCause: sum((g) => g.conduct.retractions.filter((r) => r.caused).length),
      seeds: games.filter((g) => g.conduct.retractions.some((r) => !r.caused)).length,
    },
    worseForBoth: sum((g) => g.conduct.worseForBoth),
    walkoutsWithRatifiableDeal: games.filter((g) => g.walkoutWithRatifiableDeal).length,
    meanAiPressureMoves: round3(sum((g) => g.aiPressureMoves) / n),
  };
}

/** The whole gauntlet: a row per matchup, in `gauntletMatchups` order. */
export function gauntlet(
  rules: Rules,
  seeds: { from: number; to: number },
  difficulties: readonly Difficulty[],
  onProgress: (done: number, total: number) => void = () => {},
): GauntletRow[] {
  const matchups = gauntletMatchups(rules, difficulties);
  const total = matchups.length * (seeds.to - seeds.from + 1);
  let done = 0;
  const rows = matchups.map((matchup) => {
    const games: GauntletGame[] = [];
    for (let seed = seeds.from; seed <= seeds.to; seed++) {
      games.push(playGauntletGame(rules, matchup, seed));
      done++;
      if (done % 50 === 0) onProgress(done, total);
    }
    return summariseGauntlet(matchup, games);
  });
  onProgress(total, total);
  return rows;
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;
