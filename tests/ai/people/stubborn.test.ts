import { describe, expect, it } from 'vitest';
import { bestPackage, ownUtility } from '../../../src/ai/people/position';
import { packageUtility } from '../../../src/engine';
import { faced, game, grid, scenario } from '../../support/people-games';
import { present } from '../../support/present';

describe('stubborn', () => {
  it('offers only its own best package, never accepts and never walks out', () => {
    for (const { side, against, seed } of grid([1, 2, 3])) {
      const { state, decisions } = game({ kind: 'stubborn' }, side, against, seed);
      const best = bestPackage(scenario, present(decisions[0], 'a decision').obs);
      const offers = decisions.filter((d) => d.action.type === 'propose' || d.action.type === 'counter');
      expect(offers.length).toBeGreaterThan(0);
      for (const d of decisions) {
        expect(['propose', 'counter', 'wait']).toContain(d.action.type);
        if (d.action.type === 'propose' || d.action.type === 'counter')
          expect(d.action.package).toEqual(best);
        // Faced with an offer it restates its own: a rejection that keeps its terms on the table.
        if (faced(d)) expect(d.action.type).toBe('counter');
      }
      expect(state.outcome.kind).not.toBe('deal');
    }
  });

  it('its best package is worth the most a package can be to its side', () => {
    for (const { side, against } of grid([1]).slice(0, 6)) {
      const { decisions } = game({ kind: 'stubborn' }, side, against, 1);
      const obs = present(decisions[0], 'a decision').obs;
      const best = bestPackage(scenario, obs);
      const most = scenario.issues.reduce(
        (sum, issue) =>
          sum + (issue.weight[side] ?? 0) * Math.max(...issue.options.map((o) => o.value[side] ?? 0)),
        0,
      );
      expect(packageUtility(scenario, side, best)).toBeCloseTo(most, 9);
      expect(ownUtility(scenario, obs, best)).toBeCloseTo(most, 9);
    }
  });
});
