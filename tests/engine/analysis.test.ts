import { describe, expect, it } from 'vitest';
import { packagePoint } from '../../src/engine/analysis';
import { distanceToFrontier, paretoFrontier } from '../../src/engine/frontier';
import { historicalPackage } from '../../src/engine/historical';
import { nashPoint } from '../../src/engine/nash';
import { termsUtility } from '../../src/engine/offer';
import { reservationValue } from '../../src/engine/reservation';
import { round6 } from '../../src/engine/rounding';
import { score } from '../../src/engine/score';
import { type PerSide, sideIds } from '../../src/scenario/sides';
import { MX, US } from '../support/sides';
import { loadRules } from './fixture';
import { mustAll } from './play';

describe('analyse', () => {
  const rules = loadRules('clauses.yaml');
  const scenario = rules.scenario;
  const [us, mx] = sideIds(scenario);
  const rounded = (p: PerSide<number>) => ({ [us]: round6(p[us] ?? 0), [mx]: round6(p[mx] ?? 0) });

  it('analyses a deal: agreed point, reservation at signing, the frontier and distances', () => {
    const terms = { guard: 'troops-15000', tariff: 'suspended' };
    const s = mustAll(rules, rules.newGame({ seed: 4 }), [
      { type: 'propose', side: MX, package: { terms } },
      { type: 'accept', side: US },
    ]);
    const a = rules.analyse(s);
    expect(a.agreed).toEqual({
      [us]: round6(termsUtility(scenario, US, terms)),
      [mx]: round6(termsUtility(scenario, MX, terms)),
    });
    expect(a.reservation).toEqual(s.deal?.reservation);
    const frontier = paretoFrontier(scenario);
    // The frontier as handed out: the same packages, utilities rounded to six decimals.
    expect(a.frontier.map((f) => f.package)).toEqual(frontier.map((f) => f.package));
    expect(a.frontier.map((f) => f.utility)).toEqual(frontier.map((f) => rounded(f.utility)));
    const exact = packagePoint(scenario, { terms });
    expect(a.distance?.frontier).toBe(round6(distanceToFrontier(scenario, frontier, exact)));
    expect(a.distance?.frontier).toBeGreaterThan(0);
    const nash = nashPoint(scenario, frontier, a.reservation);
    expect(a.nash?.package).toEqual(nash?.package);
    expect(a.historical).toEqual(rounded(packagePoint(scenario, historicalPackage(scenario))));
    expect(a.score).toEqual({ [us]: score(scenario, s, US), [mx]: score(scenario, s, MX) });
  });

  it('without a deal: reservations now, no agreed point and no distances', () => {
    const s = rules.newGame({ seed: 4 });
    const a = rules.analyse(s);
    expect(a.agreed).toBeNull();
    expect(a.distance).toBeNull();
    expect(a.reservation).toEqual({
      [us]: round6(reservationValue(scenario, s, US)),
      [mx]: round6(reservationValue(scenario, s, MX)),
    });
    expect(a.nash).not.toBeNull();
  });

  it('hands out a frozen analysis frontier that later calls share', () => {
    const s = rules.newGame({ seed: 4 });
    const a = rules.analyse(s);
    expect(rules.analyse(s).frontier).toBe(a.frontier);
    expect(Object.isFrozen(a.frontier)).toBe(true);
    expect(Object.isFrozen(a.frontier[0]?.utility)).toBe(true);
  });
});
