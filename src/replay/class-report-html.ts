// The class report as one HTML page that opens anywhere, offline: inline CSS, an inline SVG chart
// per scenario (every game's outcome in the two sides' terms-utility plane, over the Pareto
// frontier, with the historical deal marked), the tables by player and by opponent, and every game.
// No scripts and no outside addresses, so a teacher can mail it or put it on a school drive as is.
// Everything from a replay (player names above all) is escaped: a file can say anything.
import { bySide, type SideId } from '../scenario/sides';
import type { ClassGroup, ClassResults, ClassRow, ClassScenario } from './class-results';

export interface ClassReportOptions {
  /** Replay files that could not be verified and are not in the report: counted, never named. */
  readonly leftOut?: number;
}

export function classReportHtml(results: ClassResults, options: ClassReportOptions = {}): string {
  const leftOut = options.leftOut ?? 0;
  const games = results.rows.length;
  const scenarios = results.scenarios.length;
  const summary = [
    `${plural(games, 'game')}${scenarios > 1 ? ` of ${scenarios} scenarios` : ''}.`,
    leftOut > 0
      ? `${plural(leftOut, 'replay file')} could not be verified and ${leftOut === 1 ? 'is' : 'are'} left out.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Class results</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Class results</h1>
<p class="summary">${escapeHtml(summary)}</p>
${games === 0 ? '<p>There are no games to show.</p>\n' : ''}${results.scenarios.map(scenarioSection).join('\n')}
</body>
</html>
`;
}

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; color: #1d2430; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; }
h2 { font-size: 1.35rem; margin-top: 2.5rem; border-bottom: 2px solid #1d2430; }
h3 { font-size: 1.05rem; margin-top: 1.8rem; }
small { color: #5a6372; font-weight: normal; }
table { border-collapse: collapse; margin: .5rem 0 1.2rem; font-size: .92rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { border-bottom: 1px solid #d5d9e0; padding: .25rem .6rem; text-align: right; }
th { background: #f1f3f6; }
th.name, td.name { text-align: left; }
td.name { white-space: nowrap; }
figure { margin: 1rem 0; }
.scroll { overflow-x: auto; }
.note { max-width: 48rem; color: #3a4250; font-size: .9rem; }
figcaption { max-width: 40rem; color: #3a4250; }
svg { max-width: 100%; height: auto; background: #fff; }
.grid { stroke: #e3e6eb; }
.axis { stroke: #1d2430; }
.tick, .label { font-size: 11px; fill: #3a4250; }
.label { font-size: 12px; }
.frontier { fill: none; stroke: #7a55b0; stroke-width: 2; }
.deal { fill: #1f7a4d; fill-opacity: .6; }
.no-deal { fill: #b26a00; fill-opacity: .6; }
.walkout { stroke: #b3261e; stroke-width: 2; }
.ongoing { fill: none; stroke: #4a5568; stroke-width: 1.5; }
.historical { fill: #f2c230; stroke: #1d2430; stroke-width: 1.5; }
.key { display: inline-flex; align-items: center; gap: .3rem; margin-right: 1rem; white-space: nowrap; }
@media print { body { margin: 0; } h2 { break-before: page; } }
`;

function scenarioSection(part: ClassScenario): string {
  const [a, b] = part.sides;
  const name = (side: SideId) => bySide(part.sideNames, side).en;
  const byPlayer = part.groups
    .map((g) => groupTable(`${name(g.side)}, by player`, g.byPlayer, false))
    .join('\n');
  const byOpponent = part.groups
    .map((g) => groupTable(`${name(g.side)}, by ${name(g.side === a ? b : a)}'s player`, g.byOpponent, true))
    .join('\n');
  return `<section>
<h2>${escapeHtml(part.scenarioId)} <small>${escapeHtml(`scenario version ${part.scenarioHash.slice(0, 12)}, ${plural(part.rows.length, 'game')}`)}</small></h2>
<figure>
${scatter(part)}
<figcaption>${legend(name(a), name(b))}</figcaption>
</figure>
<h3>Outcomes by player</h3>
<p class="note">${escapeHtml(GROUPS_NOTE)}</p>
${byPlayer}
<h3>Outcomes by opponent</h3>
${byOpponent}
<h3>Games</h3>
${gamesTable(part)}
</section>`;
}

// The chart: both axes are a side's expected terms utility, 0 to 1.
const LEFT = 64;
const TOP = 16;
const SIZE = 400;
const x = (u: number) => (LEFT + clamp01(u) * SIZE).toFixed(1);
const y = (u: number) => (TOP + (1 - clamp01(u)) * SIZE).toFixed(1);

function scatter(part: ClassScenario): string {
  const [a, b] = part.sides;
  const name = (side: SideId) => bySide(part.sideNames, side).en;
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const grid = ticks
    .map(
      (t) =>
        `<line class="grid" x1="${x(t)}" y1="${y(0)}" x2="${x(t)}" y2="${y(1)}"/>` +
        `<line class="grid" x1="${x(0)}" y1="${y(t)}" x2="${x(1)}" y2="${y(t)}"/>` +
        `<text class="tick" x="${x(t)}" y="${(TOP + SIZE + 16).toFixed(1)}" text-anchor="middle">${t}</text>` +
        `<text class="tick" x="${LEFT - 8}" y="${(Number(y(t)) + 4).toFixed(1)}" text-anchor="end">${t}</text>`,
    )
    .join('\n');
  const frontier = part.frontier.map((p) => `${x(bySide(p, a))},${y(bySide(p, b))}`).join(' ');
  const points = part.rows.map((row) => marker(row, a, b, name)).join('\n');
  const hx = Number(x(bySide(part.historical, a)));
  const hy = Number(y(bySide(part.historical, b)));
  const bottom = TOP + SIZE;
  const xLabel = `${name(a)}: value of the terms (0 to 1)`;
  const yLabel = `${name(b)}: value of the terms (0 to 1)`;
  return `<svg viewBox="0 0 ${LEFT + SIZE + 24} ${bottom + 48}" width="${LEFT + SIZE + 24}" height="${bottom + 48}" role="img" aria-label="${escapeHtml(`Outcomes of the games over the Pareto frontier: ${xLabel} across, ${yLabel} up`)}">
${grid}
<line class="axis" x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(0)}"/>
<line class="axis" x1="${x(0)}" y1="${y(0)}" x2="${x(0)}" y2="${y(1)}"/>
<text class="label" x="${x(0.5)}" y="${bottom + 38}" text-anchor="middle">${escapeHtml(xLabel)}</text>
<text class="label" transform="translate(16 ${y(0.5)}) rotate(-90)" text-anchor="middle">${escapeHtml(yLabel)}</text>
<polyline class="frontier" points="${frontier}"><title>Pareto frontier</title></polyline>
${points}
<path class="historical" d="M ${hx} ${hy - 8} L ${hx + 8} ${hy} L ${hx} ${hy + 8} L ${hx - 8} ${hy} Z"><title>The historical deal</title></path>
<text class="label" x="${hx - 10}" y="${hy + 20}" text-anchor="end">historical deal</text>
</svg>`;
}

function marker(row: ClassRow, a: SideId, b: SideId, name: (side: SideId) => string): string {
  const cx = Number(x(bySide(row.point, a)));
  const cy = Number(y(bySide(row.point, b)));
  const title = `<title>${escapeHtml(
    `${bySide(row.players, a)} vs ${bySide(row.players, b)}: ${outcomeText(row, name)}; scores ${fixed(bySide(row.score, a), 1)} and ${fixed(bySide(row.score, b), 1)}`,
  )}</title>`;
  switch (row.outcome) {
    case 'deal':
      return `<circle class="deal" cx="${cx}" cy="${cy}" r="4">${title}</circle>`;
    case 'no-deal':
      return `<rect class="no-deal" x="${round1(cx - 3.5)}" y="${round1(cy - 3.5)}" width="7" height="7">${title}</rect>`;
    case 'walkout':
      return `<path class="walkout" d="M ${round1(cx - 4)} ${round1(cy - 4)} L ${round1(cx + 4)} ${round1(cy + 4)} M ${round1(cx - 4)} ${round1(cy + 4)} L ${round1(cx + 4)} ${round1(cy - 4)}">${title}</path>`;
    case 'ongoing':
      return `<circle class="ongoing" cx="${cx}" cy="${cy}" r="4">${title}</circle>`;
  }
}

function legend(nameA: string, nameB: string): string {
  const key = (svg: string, text: string) =>
    `<span class="key"><svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">${svg}</svg>${escapeHtml(text)}</span>`;
  return [
    `Each mark is a game, placed by what its end is worth to ${escapeHtml(nameA)} (across) and ${escapeHtml(nameB)} (up). `,
    'A deal sits at its terms; a game with no deal at what no deal was worth to each side at the end. ',
    'Deals on the line could not have been better for one side without being worse for the other.<br>',
    key('<circle class="deal" cx="7" cy="7" r="4"/>', 'deal'),
    key('<rect class="no-deal" x="3.5" y="3.5" width="7" height="7"/>', 'no deal'),
    key('<path class="walkout" d="M 3 3 L 11 11 M 3 11 L 11 3"/>', 'walk-out'),
    key('<circle class="ongoing" cx="7" cy="7" r="4"/>', 'unfinished'),
    key('<path class="historical" d="M 7 1 L 13 7 L 7 13 L 1 7 Z"/>', 'the historical deal'),
    key('<line class="frontier" x1="1" y1="7" x2="13" y2="7"/>', 'Pareto frontier'),
  ].join('');
}

function groupTable(caption: string, groups: readonly ClassGroup[], byOpponent: boolean): string {
  const head = [
    'Player',
    ...(byOpponent ? ['Opponent'] : []),
    'Games',
    'Deals',
    'Historical',
    'Walk-outs',
    'Walked out',
    'No deal',
    'Unfinished',
    'Mean meeting',
    'Mean score',
    "Opponent's mean score",
  ];
  const body = groups.map((g) => [
    nameCell(g.player),
    ...(g.opponent === null ? [] : [nameCell(g.opponent)]),
    cell(g.games),
    cell(g.deals),
    cell(g.historicalDeals),
    cell(g.walkouts),
    cell(g.walkedOut),
    cell(g.noDeals),
    cell(g.unfinished),
    cell(g.meanAgreementRound === null ? '–' : fixed(g.meanAgreementRound, 1)),
    cell(fixed(g.meanScore, 1)),
    cell(fixed(g.meanOpponentScore, 1)),
  ]);
  return table(caption, head, body, byOpponent ? 2 : 1);
}

const GROUPS_NOTE =
  'Historical: deals on the historical terms. Walk-outs: games that ended in a walk-out, by either side; walked out: those in which this side left. Mean meeting: the meeting at which the deals were signed, counted from 1. Scores are out of 100.';

function gamesTable(part: ClassScenario): string {
  const [a, b] = part.sides;
  const sideName = (side: SideId) => bySide(part.sideNames, side).en;
  const head = [
    'Game',
    `${sideName(a)} player`,
    `${sideName(b)} player`,
    'Outcome',
    'Meeting of deal',
    `Score ${sideName(a)}`,
    `Score ${sideName(b)}`,
    'Distance to frontier',
    'Distance to Nash',
  ];
  const body = part.rows.map((row, i) => [
    cell(i + 1),
    nameCell(bySide(row.players, a)),
    nameCell(bySide(row.players, b)),
    nameCell(outcomeText(row, sideName, false)),
    cell(row.agreementRound ?? '–'),
    cell(fixed(bySide(row.score, a), 1)),
    cell(fixed(bySide(row.score, b), 1)),
    cell(row.toFrontier === null ? '–' : fixed(row.toFrontier, 3)),
    cell(row.toNash === null ? '–' : fixed(row.toNash, 3)),
  ]);
  return table(`Every game of ${part.scenarioId}`, head, body, 4);
}

/** The first `textColumns` columns hold names, aligned left; the rest numbers, aligned right. */
function table(
  caption: string,
  head: readonly string[],
  body: readonly string[][],
  textColumns: number,
): string {
  const th = head
    .map((h, i) => `<th scope="col"${i < textColumns ? ' class="name"' : ''}>${escapeHtml(h)}</th>`)
    .join('');
  const rows = body.map((cells) => `<tr>${cells.join('')}</tr>`).join('\n');
  return `<div class="scroll"><table>
<caption>${escapeHtml(caption)}</caption>
<thead><tr>${th}</tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`;
}

/** The table has a column for the meeting; the chart's tooltip says it in the sentence. */
function outcomeText(row: ClassRow, name: (side: SideId) => string, meeting = true): string {
  switch (row.outcome) {
    case 'deal':
      return `deal${meeting ? ` at meeting ${row.agreementRound ?? '?'}` : ''}${row.historical ? ', on the historical terms' : ''}`;
    case 'walkout':
      return row.walkoutBy === null ? 'walk-out' : `walk-out by ${name(row.walkoutBy)}`;
    case 'no-deal':
      return 'no deal';
    case 'ongoing':
      return 'unfinished';
  }
}

const nameCell = (text: string) => `<td class="name">${escapeHtml(text)}</td>`;
const cell = (value: string | number) => `<td>${escapeHtml(String(value))}</td>`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c as keyof typeof ESCAPES]);
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' } as const;

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

const fixed = (v: number, digits: number) => v.toFixed(digits);
const round1 = (v: number) => Math.round(v * 10) / 10;
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
