// A class's games as one table: a row per verified replay (who played, how it ended, the scores, how
// far the deal lies from the Pareto frontier and the Nash point), and for each scenario the same
// games counted by the player of each side and by the pairing of players, so that one table can be
// set beside another. Pure: the command line writes it to files, the browser shows it on screen.
import type { OutcomeKind, Rules } from '../engine';
import type { LocalText } from '../scenario/schema';
import { bySide, type PerSide, perSide, type SideId, sideIds, sideInfo } from '../scenario/sides';
import { gameOutcome } from './class-outcome';
import type { ReplayPlayer } from './format';
import type { VerifiedReplay } from './verify';

/** One game. Players are as the replay records them: `person`, or the program's name. */
export interface ClassRow {
  readonly scenarioId: string;
  /** The scenario's two side ids, in its order. */
  readonly sides: readonly [SideId, SideId];
  readonly players: PerSide<string>;
  readonly outcome: OutcomeKind;
  /** The side that walked out, for a walk-out. */
  readonly walkoutBy: SideId | null;
  /** A deal whose terms are the historical ones. */
  readonly historical: boolean;
  /** The meeting at which the deal was signed, counted from 1; null without a deal. */
  readonly agreementRound: number | null;
  /** 0–100, keyed by side. */
  readonly score: PerSide<number>;
  /**
   * Where the game ended in the sides' terms-utility plane (0..1): the agreed package for a deal,
   * otherwise what no deal was worth to each side at the end.
   */
  readonly point: PerSide<number>;
  /** For a deal: its distance to the Pareto frontier and to the Nash point; null otherwise. */
  readonly toFrontier: number | null;
  readonly toNash: number | null;
}

/** A verified replay reduced to what the class report needs: its states are not kept. */
export interface ClassGame {
  readonly row: ClassRow;
  readonly rules: Rules;
  readonly frontier: readonly { readonly utility: PerSide<number> }[];
  readonly historical: PerSide<number>;
}

/** The games of one player of a side, or of one pairing (`opponent` set), counted. */
export interface ClassGroup {
  readonly player: string;
  /** The other side's player, in the table by opponent; null in the table by player. */
  readonly opponent: string | null;
  readonly games: number;
  readonly deals: number;
  readonly historicalDeals: number;
  /** Games that ended in a walk-out, by either side. */
  readonly walkouts: number;
  /** Of those, the walk-outs by this side. */
  readonly walkedOut: number;
  readonly noDeals: number;
  /** Games the replay stops before the end of. */
  readonly unfinished: number;
  /** This side's mean score, and the other side's, over the group's games (two decimals). */
  readonly meanScore: number;
  readonly meanOpponentScore: number;
  /** Over the deals, counted from 1; null without one. */
  readonly meanAgreementRound: number | null;
}

export interface ClassSideGroups {
  readonly side: SideId;
  readonly byPlayer: readonly ClassGroup[];
  readonly byOpponent: readonly ClassGroup[];
}

/** Everything about one scenario's games that the chart and the tables show. */
export interface ClassScenario {
  readonly scenarioId: string;
  readonly scenarioHash: string;
  readonly sides: readonly [SideId, SideId];
  readonly sideNames: PerSide<LocalText>;
  readonly rows: readonly ClassRow[];
  /** The offer space's Pareto frontier, ordered along the first side's utility. */
  readonly frontier: readonly PerSide<number>[];
  /** The historical deal's point in the terms-utility plane. */
  readonly historical: PerSide<number>;
  readonly groups: readonly ClassSideGroups[];
}

export interface ClassResults {
  /** Every game, in the order given. */
  readonly rows: readonly ClassRow[];
  /** A part per scenario (and version of it), in the order first met. */
  readonly scenarios: readonly ClassScenario[];
}

export function classGame(replay: VerifiedReplay): ClassGame {
  const { rules, file, states } = replay;
  // verifyReplay always hands back the start state at least.
  const last = states[states.length - 1] as VerifiedReplay['states'][number];
  const analysis = rules.analyse(last);
  const measured = gameOutcome(rules, last, analysis);
  const outcome = last.outcome;
  const row: ClassRow = {
    scenarioId: rules.scenario.id,
    sides: sideIds(rules.scenario),
    players: perSide(rules.scenario, (side) => playerName(bySide(file.header.players, side))),
    outcome: measured.outcome,
    walkoutBy: outcome.kind === 'walkout' ? outcome.by : null,
    historical: measured.historical,
    agreementRound: measured.agreementRound === null ? null : measured.agreementRound + 1,
    score: measured.score,
    point: analysis.agreed ?? analysis.reservation,
    toFrontier: measured.deal?.toFrontier ?? null,
    toNash: measured.deal?.toNash ?? null,
  };
  return { row, rules, frontier: analysis.frontier, historical: analysis.historical };
}

export function classResultsOf(replays: readonly VerifiedReplay[]): ClassResults {
  return classResults(replays.map(classGame));
}

export function classResults(games: readonly ClassGame[]): ClassResults {
  const parts = new Map<string, ClassGame[]>();
  for (const game of games) {
    const key = `${game.rules.scenario.id}\n${game.rules.scenarioHash}`;
    const part = parts.get(key);
    if (part) part.push(game);
    else parts.set(key, [game]);
  }
  return {
    rows: games.map((g) => g.row),
    scenarios: [...parts.values()].map((part) => classScenario(part as [ClassGame, ...ClassGame[]])),
  };
}

function classScenario(games: readonly [ClassGame, ...ClassGame[]]): ClassScenario {
  const { rules, frontier, historical } = games[0];
  const scenario = rules.scenario;
  const sides = sideIds(scenario);
  const rows = games.map((g) => g.row);
  return {
    scenarioId: scenario.id,
    scenarioHash: rules.scenarioHash,
    sides,
    sideNames: perSide(scenario, (side) => sideInfo(scenario, side).name),
    rows,
    frontier: frontierLine(frontier, sides),
    historical,
    groups: sides.map((side) => {
      const other = side === sides[0] ? sides[1] : sides[0];
      return {
        side,
        byPlayer: groupsOf(rows, side, other, false),
        byOpponent: groupsOf(rows, side, other, true),
      };
    }),
  };
}

function playerName(player: ReplayPlayer): string {
  return player.kind === 'person' ? 'person' : player.player;
}

/** The frontier's points without repeats, from the first side's least to its most. */
function frontierLine(frontier: ClassGame['frontier'], [a, b]: readonly [SideId, SideId]): PerSide<number>[] {
  const seen = new Set<string>();
  const points: PerSide<number>[] = [];
  for (const { utility } of frontier) {
    const key = `${bySide(utility, a)} ${bySide(utility, b)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    points.push(utility);
  }
  return points.sort((p, q) => bySide(p, a) - bySide(q, a) || bySide(q, b) - bySide(p, b));
}

function groupsOf(rows: readonly ClassRow[], side: SideId, other: SideId, byOpponent: boolean): ClassGroup[] {
  const groups = new Map<string, ClassRow[]>();
  for (const row of rows) {
    const key = byOpponent
      ? `${bySide(row.players, side)}\n${bySide(row.players, other)}`
      : bySide(row.players, side);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  // Sorted by name, so the same games give the same tables whatever order the files came in.
  return [...groups.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([, group]) => countGroup(group as [ClassRow, ...ClassRow[]], side, other, byOpponent));
}

function countGroup(
  rows: readonly [ClassRow, ...ClassRow[]],
  side: SideId,
  other: SideId,
  byOpponent: boolean,
): ClassGroup {
  const count = (kind: OutcomeKind) => rows.filter((r) => r.outcome === kind).length;
  const mean = (values: readonly number[]) =>
    values.length === 0 ? null : round2(values.reduce((x, y) => x + y, 0) / values.length);
  const rounds = rows.flatMap((r) => (r.agreementRound === null ? [] : [r.agreementRound]));
  return {
    player: bySide(rows[0].players, side),
    opponent: byOpponent ? bySide(rows[0].players, other) : null,
    games: rows.length,
    deals: count('deal'),
    historicalDeals: rows.filter((r) => r.historical).length,
    walkouts: count('walkout'),
    walkedOut: rows.filter((r) => r.walkoutBy === side).length,
    noDeals: count('no-deal'),
    unfinished: count('ongoing'),
    meanScore: mean(rows.map((r) => bySide(r.score, side))) ?? 0,
    meanOpponentScore: mean(rows.map((r) => bySide(r.score, other))) ?? 0,
    meanAgreementRound: mean(rounds),
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;
