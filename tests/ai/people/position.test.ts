import { describe, expect, it } from 'vitest';
import {
  bestPackage,
  concessionsBy,
  ownUtility,
  positionAfter,
  stepToward,
} from '../../../src/ai/people/position';
import { completeTerms, historicalPackage, type Package, packageUtility } from '../../../src/engine';
import { mustAll } from '../../support/apply';
import { rules, scenario } from '../../support/people-games';
import { present } from '../../support/present';
import { MX, US } from '../../support/sides';

const obsOf = (side: typeof US) => rules.observe(rules.newGame({ seed: 1 }), side);
const historical: Package = historicalPackage(scenario);

describe('position: what a player works out from its own brief', () => {
  it("ownUtility is the engine's utility for the observer's side, clause included", () => {
    for (const side of [US, MX]) {
      const obs = obsOf(side);
      const best = bestPackage(scenario, obs);
      for (const pkg of [
        best,
        historical,
        { terms: { [present(scenario.issues[0]).id]: present(scenario.issues[0]?.options[0]).id } },
      ]) {
        expect(ownUtility(scenario, obs, pkg)).toBeCloseTo(packageUtility(scenario, side, pkg), 12);
      }
    }
  });

  it('a step adopts the other side’s option on exactly one issue, the cheapest for the observer', () => {
    const obs = obsOf(US);
    const best = bestPackage(scenario, obs);
    const step = present(stepToward(scenario, obs, best, historical), 'a step');
    const a = completeTerms(scenario, best.terms);
    const b = completeTerms(scenario, step.terms);
    const h = completeTerms(scenario, historical.terms);
    const changed = scenario.issues.filter((i) => a[i.id] !== b[i.id]);
    expect(changed).toHaveLength(1);
    const issue = present(changed[0]).id;
    expect(b[issue]).toBe(h[issue]);
    const loss = (id: string) =>
      ownUtility(scenario, obs, best) - ownUtility(scenario, obs, { terms: { ...a, [id]: h[id] ?? '' } });
    for (const i of scenario.issues.filter((x) => a[x.id] !== h[x.id]))
      expect(loss(issue)).toBeLessThanOrEqual(loss(i.id) + 1e-12);
    // Enough steps reach the other offer, and then there is nothing left to step.
    const all = positionAfter(scenario, obs, 100, historical, 0);
    expect(completeTerms(scenario, all.terms)).toEqual(h);
    expect(stepToward(scenario, obs, all, historical)).toBeNull();
  });

  it('never steps below the floor it is given', () => {
    const obs = obsOf(MX);
    const floor = ownUtility(scenario, obs, bestPackage(scenario, obs)) - 0.1;
    for (let k = 0; k < 10; k++) {
      expect(
        ownUtility(scenario, obs, positionAfter(scenario, obs, k, { terms: {} }, floor)),
      ).toBeGreaterThanOrEqual(floor - 1e-9);
    }
  });

  it('counts a concession when an offer is better for the observer than the same side’s offer before', () => {
    const usBest = bestPackage(scenario, obsOf(US));
    const mxBest = bestPackage(scenario, obsOf(MX));
    const state = mustAll(rules, rules.newGame({ seed: 1 }), [
      { type: 'propose', side: MX, package: mxBest },
      { type: 'counter', side: US, package: usBest },
      { type: 'wait', side: US },
      { type: 'counter', side: MX, package: historical },
    ]);
    expect(concessionsBy(scenario, rules.observe(state, US), MX)).toBe(1);
    expect(concessionsBy(scenario, rules.observe(state, MX), US)).toBe(0);
  });
});
