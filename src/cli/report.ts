// Human-readable tables for the terminal.

import type { GauntletRow } from '../ai/gauntlet';
import type { RoundInfo } from '../engine';
import type { Scenario } from '../scenario/schema';
import { bySide, sideIds } from '../scenario/sides';
import { sideName, sideTag } from './sides';
import type { SimulationSummary } from './simulate';
import type { TournamentRow } from './tournament';

export function roundLabel(rounds: readonly RoundInfo[], index: number): string {
  const r = rounds[Math.round(index)];
  return r ? `${r.date} ${r.slot}` : `round ${index}`;
}

export function formatSummary(
  title: string,
  summary: SimulationSummary,
  scenario: Scenario,
  rounds: readonly RoundInfo[],
): string {
  const pct = (n: number) => `${((100 * n) / Math.max(1, summary.games)).toFixed(1)}%`;
  const rows: [string, string][] = [
    ['games', String(summary.games)],
    ['deals', `${summary.outcomes.deal} (${pct(summary.outcomes.deal)})`],
    ['  of which historical', `${summary.historicalDeals} (${pct(summary.historicalDeals)})`],
    ['walk-outs', `${summary.outcomes.walkout} (${pct(summary.outcomes.walkout)})`],
    ['no deal by the end', `${summary.outcomes['no-deal']} (${pct(summary.outcomes['no-deal'])})`],
    [
      'mean round of agreement',
      summary.meanAgreementRound === null
        ? '-'
        : `${(summary.meanAgreementRound + 1).toFixed(2)} (about ${roundLabel(rounds, summary.meanAgreementRound)})`,
    ],
    ['mean final tariff', `${summary.meanFinalTariff.toFixed(2)}%`],
    ...sideIds(scenario).map((side): [string, string] => [
      `mean score ${sideTag(side)}`,
      bySide(summary.meanScore, side).toFixed(2),
    ]),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return [title, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}

/** One row per pair, columns aligned; rates as percentages, distances in utility units. */
export function formatTournament(title: string, scenario: Scenario, rows: readonly TournamentRow[]): string {
  const sides = sideIds(scenario);
  const pct = (v: number) => `${(100 * v).toFixed(0)}%`;
  const num = (v: number | null, digits: number) => (v === null ? '-' : v.toFixed(digits));
  const header = [
    ...sides.map((side) => sideName(scenario, side)),
    'deals',
    `by ${shortDate(scenario.calendar.deadline)}`,
    'round',
    ...sides.map((side) => `score ${sideTag(side)}`),
    'to Pareto',
    'to Nash',
    'historical',
    'walk-outs',
  ];
  const body = rows.map((r) => [
    ...sides.map((side) => bySide(r.players, side)),
    pct(r.dealRate),
    pct(r.dealBeforeDeadlineRate),
    r.meanAgreementRound === null ? '-' : (r.meanAgreementRound + 1).toFixed(1),
    ...sides.map((side) => bySide(r.meanScore, side).toFixed(1)),
    num(r.meanDistanceToFrontier, 3),
    num(r.meanDistanceToNash, 3),
    pct(r.historicalReachRate),
    pct(r.walkoutRate),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return [title, line(header), ...body.map(line)].join('\n');
}

/** One row per persona, difficulty and human-like player; counts are totals over the row's games. */
export function formatGauntlet(title: string, scenario: Scenario, rows: readonly GauntletRow[]): string {
  const pct = (v: number) => `${(100 * v).toFixed(0)}%`;
  const header = [
    'AI seat',
    'persona',
    'player',
    'deals',
    'round',
    'AI walks',
    'player walks',
    'score AI',
    'score player',
    'retractions',
    'in seeds',
    'with cause',
    'worse for both',
    'walks, deal there',
    'AI pressure',
  ];
  const body = rows.map((r) => [
    sideName(scenario, r.seat),
    r.persona,
    r.strategy,
    pct(r.dealRate),
    r.meanAgreementRound === null ? '-' : (r.meanAgreementRound + 1).toFixed(1),
    String(r.walkouts.ai),
    String(r.walkouts.strategy),
    r.meanScore.ai.toFixed(1),
    r.meanScore.strategy.toFixed(1),
    String(r.retractions.withoutCause),
    String(r.retractions.seeds),
    String(r.retractions.withCause),
    String(r.worseForBoth),
    String(r.walkoutsWithRatifiableDeal),
    r.meanAiPressureMoves.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  const legend = [
    'round: mean meeting of agreement (1 = the first). walks: walk-outs. retractions: AI offers worse for the',
    "player (true utility) than the AI's offer before, with no logged cause that happened; in seeds: games with",
    "one. with cause: retractions whose cause did happen. worse for both: offers worse for both sides than the AI's",
    'offer before. walks, deal there: AI walk-outs while a deal worth no deal to it could be ratified.',
    'AI pressure: pressure moves by the AI per game.',
  ];
  return [title, line(header), ...body.map(line), '', ...legend].join('\n');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2019-06-10` → `Jun 10`: a column header the width of a date. */
function shortDate(iso: string): string {
  const [, month, day] = iso.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${day}`;
}
