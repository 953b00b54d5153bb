// The class's games as CSV (RFC 4180: a header row, CRLF line ends, a field quoted when it holds a
// comma, a quote or a line break, quotes doubled), for a spreadsheet. Sides are columns a and b, in
// each scenario's own order, so games of scenarios with other side ids still line up.
import { round6 } from '../engine';
import { bySide } from '../scenario/sides';
import type { ClassRow } from './class-results';

export const CSV_HEADER = [
  'scenario',
  'side_a',
  'side_b',
  'player_a',
  'player_b',
  'outcome',
  'walkout_by',
  'historical_deal',
  'agreement_round',
  'score_a',
  'score_b',
  'utility_a',
  'utility_b',
  'distance_to_frontier',
  'distance_to_nash',
] as const;

type Cell = string | number | boolean | null;

export function toCsv(rows: readonly ClassRow[]): string {
  const lines = [CSV_HEADER.join(','), ...rows.map((row) => csvCells(row).map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function csvCells(row: ClassRow): Cell[] {
  const [a, b] = row.sides;
  return [
    row.scenarioId,
    a,
    b,
    bySide(row.players, a),
    bySide(row.players, b),
    row.outcome,
    row.walkoutBy,
    row.outcome === 'deal' ? row.historical : null,
    row.agreementRound,
    bySide(row.score, a),
    bySide(row.score, b),
    bySide(row.point, a),
    bySide(row.point, b),
    row.toFrontier,
    row.toNash,
  ];
}

/** One field: blank for nothing, numbers as written (six decimals at most), text quoted if need be. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(round6(cell));
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  // A player's name comes from the file; one starting like a formula would run in a spreadsheet.
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
