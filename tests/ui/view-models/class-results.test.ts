import { describe, expect, it } from 'vitest';
import { classResultsOf } from '../../../src/replay/class-results';
import { verifyReplay } from '../../../src/replay/verify';
import { classResultsView } from '../../../src/ui/view-models/class-results';
import { playedGame, replayOf } from '../../replay/games';
import { loadRules } from '../../support/scenarios';

const rules = loadRules();
const verified = (['pragmatist', 'historical'] as const).map((p, i) => {
  const v = verifyReplay(replayOf(rules, playedGame(rules, [p, p], i + 5), [p, p]), () => rules);
  if (!v.ok) throw new Error(v.error.message);
  return v.value;
});
const results = classResultsOf(verified);

describe('classResultsView', () => {
  it('puts every game on the chart within the unit square, with a table row each', () => {
    const [part] = classResultsView('en', results, () => 'June 2019');
    expect(part?.title).toBe('2 games of June 2019');
    expect(part?.points).toHaveLength(2);
    for (const p of [...(part?.points ?? []), ...(part?.frontier ?? []), part?.historical]) {
      expect(p?.x).toBeGreaterThanOrEqual(0);
      expect(p?.x).toBeLessThanOrEqual(1);
      expect(p?.y).toBeGreaterThanOrEqual(0);
      expect(p?.y).toBeLessThanOrEqual(1);
    }
    expect(part?.games.rows).toHaveLength(2);
    expect(part?.games.head.slice(1, 3)).toEqual(['United States', 'Mexico']);
    expect(part?.groups.map((g) => g.caption)).toEqual([
      'United States: by player',
      'United States: by player and opponent',
      'Mexico: by player',
      'Mexico: by player and opponent',
    ]);
  });

  it('speaks Spanish, with Spanish numbers', () => {
    const [part] = classResultsView('es', results, () => 'Junio de 2019');
    expect(part?.title).toBe('2 partidas de Junio de 2019');
    expect(part?.games.head[0]).toBe('Partida');
    expect(part?.games.rows.flat().some((c) => /^\d+,\d$/.test(c))).toBe(true);
  });
});
