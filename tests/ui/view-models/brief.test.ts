// The brief: the side's issues ranked by their weight for it, and its own reservation.
import { describe, expect, it } from 'vitest';
import { briefView } from '../../../src/ui/view-models/brief';
import { loadRules } from '../../support/scenarios';
import { MX, US } from '../../support/sides';

const rules = loadRules();
const start = rules.newGame({ seed: 1 });

describe('the brief', () => {
  it('ranks each side’s issues by its own weights, heaviest first', () => {
    for (const side of [US, MX]) {
      const obs = rules.observe(start, side);
      const v = briefView(rules.scenario, obs);
      const weights = v.priorities.map((p) => p.weight);
      expect([...weights].sort((a, b) => b - a)).toEqual(weights);
      for (const p of v.priorities) expect(p.weight).toBe(obs.you.weights[p.id]);
      expect(v.reservation).toBe(obs.you.reservation);
      expect(v.side.id).toBe(side);
    }
  });

  it('gives the two sides different briefs', () => {
    const us = briefView(rules.scenario, rules.observe(start, US));
    const mx = briefView(rules.scenario, rules.observe(start, MX));
    expect(us.brief.en).not.toBe(mx.brief.en);
    expect(us.tariff.length).toBeGreaterThan(0);
  });
});
