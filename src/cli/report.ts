// Human-readable tables for the terminal.
import type { RoundInfo } from '../engine';
import type { SimulationSummary } from './simulate';

export function roundLabel(rounds: readonly RoundInfo[], index: number): string {
  const r = rounds[Math.round(index)];
  return r ? `${r.date} ${r.slot}` : `round ${index}`;
}

export function formatSummary(
  title: string,
  summary: SimulationSummary,
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
    ['mean score US', summary.meanScore.us.toFixed(2)],
    ['mean score Mexico', summary.meanScore.mx.toFixed(2)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return [title, ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n');
}
