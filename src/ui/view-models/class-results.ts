// The class results screen in words and numbers: for each scenario, the chart's points (every
// game, the frontier, the historical deal) in the unit square, and the tables beside it: every
// game, and each side's games by player and by pairing. Pure.
import type { ClassGroup, ClassResults, ClassRow, ClassScenario } from '../../replay/class-results';
import { bySide, type SideId } from '../../scenario/sides';
import { classResultsTexts as T } from '../i18n/areas/classroom';
import { formatNumber } from '../i18n/formats';
import { type Lang, say } from '../i18n/texts';

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
  readonly kind: ClassRow['outcome'];
  readonly label: string;
}

export interface TableView {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface ClassPartView {
  readonly title: string;
  readonly chartLabel: string;
  readonly axes: { readonly x: string; readonly y: string };
  readonly frontier: readonly { readonly x: number; readonly y: number }[];
  readonly historical: { readonly x: number; readonly y: number };
  readonly points: readonly ChartPoint[];
  readonly games: TableView;
  readonly groups: readonly TableView[];
}

const fixed = (lang: Lang, v: number | null, digits: number) =>
  v === null ? '—' : formatNumber(lang, v, digits);

function playerText(lang: Lang, player: string): string {
  return player === 'person' ? say(lang, T.person) : player;
}

function outcomeText(lang: Lang, row: ClassRow, sideName: (s: SideId) => string): string {
  switch (row.outcome) {
    case 'deal':
      return say(lang, row.historical ? T.outcomeHistorical : T.outcomeDeal);
    case 'walkout':
      return say(lang, T.outcomeWalkout, { side: row.walkoutBy ? sideName(row.walkoutBy) : '?' });
    case 'no-deal':
      return say(lang, T.outcomeNoDeal);
    case 'ongoing':
      return say(lang, T.outcomeOngoing);
  }
}

function groupTable(
  lang: Lang,
  caption: string,
  groups: readonly ClassGroup[],
  byOpponent: boolean,
): TableView {
  return {
    caption,
    head: [
      say(lang, T.colPlayer),
      ...(byOpponent ? [say(lang, T.colOpponent)] : []),
      say(lang, T.colGames),
      say(lang, T.colDeals),
      say(lang, T.colWalkouts),
      say(lang, T.colNoDeals),
      say(lang, T.colMean),
    ],
    rows: groups.map((g) => [
      playerText(lang, g.player),
      ...(byOpponent ? [playerText(lang, g.opponent ?? '')] : []),
      String(g.games),
      String(g.deals),
      String(g.walkouts),
      String(g.noDeals),
      fixed(lang, g.meanScore, 1),
    ]),
  };
}

export function classPartView(lang: Lang, part: ClassScenario, title: string): ClassPartView {
  const [a, b] = part.sides;
  const sideName = (s: SideId) => bySide(part.sideNames, s)[lang];
  const at = (p: Readonly<Record<string, number>>) => ({ x: bySide(p, a), y: bySide(p, b) });
  return {
    title: say(lang, T.games, { n: part.rows.length, scenario: title }),
    chartLabel: say(lang, T.chart, { a: sideName(a), b: sideName(b) }),
    axes: { x: sideName(a), y: sideName(b) },
    frontier: part.frontier.map(at),
    historical: at(part.historical),
    points: part.rows.map((row, i) => ({
      ...at(row.point),
      kind: row.outcome,
      label: `${i + 1}. ${playerText(lang, bySide(row.players, a))} – ${playerText(lang, bySide(row.players, b))}: ${outcomeText(lang, row, sideName)}`,
    })),
    games: {
      caption: say(lang, T.tableGames),
      head: [
        say(lang, T.colGame),
        sideName(a),
        sideName(b),
        say(lang, T.colOutcome),
        say(lang, T.colRound),
        say(lang, T.colScore, { side: sideName(a) }),
        say(lang, T.colScore, { side: sideName(b) }),
        say(lang, T.colFrontier),
        say(lang, T.colNash),
      ],
      rows: part.rows.map((row, i) => [
        String(i + 1),
        playerText(lang, bySide(row.players, a)),
        playerText(lang, bySide(row.players, b)),
        outcomeText(lang, row, sideName),
        row.agreementRound === null ? '—' : String(row.agreementRound),
        fixed(lang, bySide(row.score, a), 1),
        fixed(lang, bySide(row.score, b), 1),
        fixed(lang, row.toFrontier, 3),
        fixed(lang, row.toNash, 3),
      ]),
    },
    groups: part.groups.flatMap((g) => [
      groupTable(lang, say(lang, T.byPlayer, { side: sideName(g.side) }), g.byPlayer, false),
      groupTable(lang, say(lang, T.byOpponent, { side: sideName(g.side) }), g.byOpponent, true),
    ]),
  };
}

export function classResultsView(
  lang: Lang,
  results: ClassResults,
  titleOf: (scenarioId: string) => string,
): ClassPartView[] {
  return results.scenarios.map((part) => classPartView(lang, part, titleOf(part.scenarioId)));
}
