// The person's estimate of a draft: their own utility and win-sets exactly as the engine judges
// them, and a chance of acceptance that no number of the other side's can move.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateDraft, estimatorFor } from '../../src/ai/estimate';
import {
  createRules,
  type GameState,
  historicalPackage,
  type Package,
  packageUtility,
  type Rules,
} from '../../src/engine';
import { nextInt, seedRng } from '../../src/engine/rng';
import { checkWinsets } from '../../src/engine/winset';
import type { Scenario } from '../../src/scenario/schema';
import { otherSide, type SideId, sideIds, sideInfo } from '../../src/scenario/sides';
import { present } from '../support/present';
import { randomState } from '../support/random-state';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const scenario = rules.scenario;

function draftFrom(seed: number): Package {
  const rng = seedRng(seed ^ 0xd4af7);
  const terms: Record<string, string> = {};
  for (const issue of scenario.issues) {
    if (nextInt(rng, 2) === 0)
      terms[issue.id] = present(issue.options[nextInt(rng, issue.options.length)]).id;
  }
  if (nextInt(rng, 3) === 0) {
    const issue = present(scenario.issues[nextInt(rng, scenario.issues.length)]);
    return { terms, conditional: { review: 45, then: { [issue.id]: present(issue.options.at(-1)).id } } };
  }
  return { terms };
}

/** The scenario with every private number of `side` changed: values, weights, reservation, win-sets. */
function withSecretsChanged(side: SideId): Rules {
  const s: Scenario = structuredClone(scenario);
  sideInfo(s, side).brief = { en: 'changed', es: 'cambiado' };
  s.reservation[side] = { base: 0.05, assumption: 'test' };
  s.issues.forEach((issue, i) => {
    issue.weight[side] = (i % 3) + 1;
    issue.options.forEach((o, j) => {
      o.value[side] = (j + i) % 2;
    });
  });
  for (const w of s.winsets) {
    if (w.side !== side) continue;
    if (w.test.kind === 'utility') w.test.min = { base: 0.99 };
    else w.test.min = 5;
  }
  return createRules(s, rules.scenarioHash);
}

function appraise(r: Rules, state: GameState, side: SideId, draft: Package) {
  return estimateDraft(estimatorFor(r.scenario, side), r.observe(state, side), draft);
}

describe('draft estimate', () => {
  it("never depends on the other side's private numbers", () => {
    const changed = { [US]: withSecretsChanged(MX), [MX]: withSecretsChanged(US) };
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.nat({ max: 50 }), fc.boolean(), (seed, steps, first) => {
        const state = randomState(rules, seed, steps);
        const side = sideIds(scenario)[first ? 0 : 1];
        const draft = draftFrom(seed);
        const theirs = changed[side] as Rules;
        expect(appraise(theirs, state, side, draft)).toEqual(appraise(rules, state, side, draft));
      }),
      { numRuns: 120 },
    );
  });

  it('does depend on the person’s own numbers (the property above can fail)', () => {
    const state = randomState(rules, 5, 6);
    const draft: Package = { terms: { 'guard-size': 'troops-2000' } };
    expect(appraise(withSecretsChanged(US), state, US, draft)).not.toEqual(appraise(rules, state, US, draft));
  });

  it("judges the person's own utility and win-sets as the engine does", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const state = randomState(rules, seed, seed % 40);
      const side = sideIds(scenario)[seed % 2] as SideId;
      const draft = draftFrom(seed);
      const est = appraise(rules, state, side, draft);
      expect(est.ownUtility).toBeCloseTo(packageUtility(scenario, side, draft), 9);
      const engine = checkWinsets(scenario, state, draft, side).every((c) => c.passed);
      expect(est.ownWinsetPasses, `seed ${seed}`).toBe(engine);
      expect(est.acceptChance).toBeGreaterThanOrEqual(0);
      expect(est.acceptChance).toBeLessThanOrEqual(1);
    }
  });

  it('rates a draft generous to the other side above one that gives it nothing', () => {
    const state = rules.newGame({ seed: 3 });
    for (const side of [US, MX]) {
      const other = otherSide(scenario, side);
      // Every issue at the option the person likes least gives the most away.
      const generous: Package = { terms: {} };
      const greedy: Package = { terms: {} };
      for (const issue of scenario.issues) {
        const byOwn = [...issue.options].sort((a, b) => (a.value[side] ?? 0) - (b.value[side] ?? 0));
        generous.terms[issue.id] = present(byOwn[0]).id;
        greedy.terms[issue.id] = present(byOwn.at(-1)).id;
      }
      const a = appraise(rules, state, side, generous).acceptChance;
      const b = appraise(rules, state, side, greedy).acceptChance;
      expect(a, `${side} vs ${other}`).toBeGreaterThan(b);
      expect(a).toBeGreaterThan(0.5);
      expect(b).toBeLessThan(0.5);
    }
  });

  it('says nothing can be accepted once the game is over', () => {
    let seed = 1;
    let state = randomState(rules, seed, 500);
    while (state.phase !== 'over') state = randomState(rules, ++seed, 500);
    expect(appraise(rules, state, US, historicalPackage(scenario)).acceptChance).toBe(0);
  });
});
