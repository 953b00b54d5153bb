// A package's worth to the side that judges it, from its observation: the engine's own figure.
import { describe, expect, it } from 'vitest';
import { appraisalFor, clauseHolds, worth } from '../../src/ai/appraisal';
import { packageUtility, paretoFrontier } from '../../src/engine';
import { checkPackage } from '../../src/engine/offer';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();

describe('appraisal', () => {
  const state = rules.newGame({ seed: 1 });
  const frontier = paretoFrontier(rules.scenario);

  it('values every package of the frontier, clauses included, as the engine does', () => {
    const withClause = frontier.filter((p) => p.package.conditional);
    expect(withClause.length).toBeGreaterThan(100);
    for (const side of [US, MX]) {
      const appraisal = appraisalFor(rules.scenario, side);
      const obs = rules.observe(state, side);
      for (const point of frontier) {
        expect(worth(appraisal, obs, point.package)).toBeCloseTo(
          packageUtility(rules.scenario, side, point.package),
          12,
        );
      }
    }
  });

  it('keeps a clause only while the package holds its review day, as the engine checks', () => {
    const appraisal = appraisalFor(rules.scenario, US);
    for (const point of frontier.filter((p) => p.package.conditional)) {
      const pkg = point.package;
      expect(clauseHolds(appraisal, pkg)).toBe(true);
      for (const review of rules.scenario.issues.find((i) => i.id === 'review')?.options ?? []) {
        const changed = { ...pkg, terms: { ...pkg.terms, review: review.id } };
        expect(clauseHolds(appraisal, changed)).toBe(checkPackage(rules.scenario, changed).ok);
      }
    }
  });

  it('names the other side and the judging side legislature', () => {
    expect(appraisalFor(rules.scenario, MX).other).toBe(US);
    expect(appraisalFor(rules.scenario, MX).legislature.es).toBe('Senado de la República');
  });
});
