import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Package } from '../../src/engine';
import {
  checkPackage,
  completeTerms,
  matchesTerms,
  packageUtility,
  reviewDaysOffered,
  samePackage,
  shortfallRisk,
  statusQuoTerms,
  termsUtility,
} from '../../src/engine/offer';
import { bySide } from '../../src/scenario/sides';
import { MX, US } from '../support/sides';
import { loadScenario } from './fixture';
import { clause, rawClause } from './play';

const { scenario } = loadScenario();

/** Any subset of issues, each with any of its options. */
const termsArb = fc
  .subarray(scenario.issues)
  .chain((issues) =>
    fc.tuple(...issues.map((i) => fc.constantFrom(...i.options.map((o) => [i.id, o.id] as const)))),
  )
  .map((pairs) => Object.fromEntries(pairs) as Record<string, string>);

describe('completeTerms', () => {
  it('fills every issue the package leaves out with its status quo', () => {
    expect(completeTerms(scenario, { guard: 'troops-6000' })).toEqual({
      guard: 'troops-6000',
      'third-country': 'none',
      tariff: 'imposed',
      review: 'at-90',
    });
    expect(statusQuoTerms(scenario)).toEqual({
      guard: 'none',
      'third-country': 'none',
      tariff: 'imposed',
      review: 'at-90',
    });
  });

  it('keeps what the package says and names every issue exactly once', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        const full = completeTerms(scenario, terms);
        expect(Object.keys(full).sort()).toEqual(scenario.issues.map((i) => i.id).sort());
        for (const [k, v] of Object.entries(terms)) expect(full[k]).toBe(v);
        for (const issue of scenario.issues)
          if (!(issue.id in terms)) expect(full[issue.id]).toBe(issue.statusQuo);
      }),
    );
  });
});

describe('termsUtility', () => {
  it('is Σ weight × value, the same for partial and completed terms', () => {
    fc.assert(
      fc.property(termsArb, fc.constantFrom(US, MX), (terms, side) => {
        const full = completeTerms(scenario, terms);
        let expected = 0;
        for (const issue of scenario.issues) {
          const option = issue.options.find((o) => o.id === full[issue.id]);
          expected += bySide(issue.weight, side) * (option ? bySide(option.value, side) : Number.NaN);
        }
        expect(termsUtility(scenario, side, terms)).toBeCloseTo(expected, 12);
        expect(termsUtility(scenario, side, full)).toBeCloseTo(expected, 12);
      }),
    );
  });

  it('gives known values for the status quo and a full US win', () => {
    // Status quo: us 0.4·0 + 0.3·0 + 0.2·1 + 0.1·0.6; mx 0.2713·0.9137 + 0.4119·0.9613 + 0.2231·0.0317 + 0.0937·0.7411.
    expect(termsUtility(scenario, US, {})).toBeCloseTo(0.26, 12);
    expect(termsUtility(scenario, MX, {})).toBeCloseTo(
      0.2713 * 0.9137 + 0.4119 * 0.9613 + 0.2231 * 0.0317 + 0.0937 * 0.7411,
      12,
    );
    const best = {
      guard: 'troops-6000',
      'third-country': 'treaty',
      tariff: 'imposed',
      review: 'at-45-and-90',
    };
    expect(termsUtility(scenario, US, best)).toBeCloseTo(1, 12);
  });

  it('lies in [0, 1] for weights summing to 1 and values in [0, 1]', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        for (const side of [US, MX] as const) {
          const u = termsUtility(scenario, side, terms);
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});

describe('packageUtility', () => {
  it('equals termsUtility without a clause', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        expect(packageUtility(scenario, US, { terms })).toBe(termsUtility(scenario, US, terms));
      }),
    );
  });

  it('weighs a conditional clause by the shortfall risk: (1 − p)·base + p·triggered', () => {
    const pkg: Package = {
      terms: { guard: 'troops-6000', tariff: 'suspended' },
      conditional: clause(45, { 'third-country': 'treaty' }, 60),
    };
    const p = scenario.review.shortfallRisk['60'] ?? Number.NaN;
    expect(p).toBe(0.8);
    expect(shortfallRisk(scenario, pkg)).toBe(0.8);
    for (const side of [US, MX] as const) {
      const base = termsUtility(scenario, side, pkg.terms);
      const triggered = termsUtility(scenario, side, { ...pkg.terms, 'third-country': 'treaty' });
      expect(triggered).not.toBeCloseTo(base, 3);
      expect(packageUtility(scenario, side, pkg)).toBeCloseTo((1 - p) * base + p * triggered, 12);
    }
  });

  it('judges a clause without a threshold against the review target', () => {
    const withTarget: Package = {
      terms: { guard: 'troops-6000' },
      conditional: clause(90, { tariff: 'imposed' }),
    };
    expect(shortfallRisk(scenario, withTarget)).toBe(scenario.review.shortfallRisk['30']);
    const base = termsUtility(scenario, MX, withTarget.terms);
    const triggered = termsUtility(scenario, MX, { guard: 'troops-6000', tariff: 'imposed' });
    expect(packageUtility(scenario, MX, withTarget)).toBeCloseTo(0.6 * base + 0.4 * triggered, 12);
  });

  it('lets a clause override a term the package already sets', () => {
    const pkg: Package = {
      terms: { tariff: 'suspended' },
      conditional: clause(45, { tariff: 'imposed' }, 30),
    };
    const expected =
      0.6 * termsUtility(scenario, US, { tariff: 'suspended' }) +
      0.4 * termsUtility(scenario, US, { tariff: 'imposed' });
    expect(packageUtility(scenario, US, pkg)).toBeCloseTo(expected, 12);
  });
});

describe('checkPackage', () => {
  const code = (pkg: unknown) => {
    const checked = checkPackage(scenario, pkg);
    return checked.ok ? null : checked.error.code;
  };

  it('accepts valid packages, with or without a clause', () => {
    fc.assert(
      fc.property(
        termsArb.filter((t) => Object.keys(t).length > 0),
        (terms) => code({ terms }) === null,
      ),
    );
    expect(
      code({
        terms: { guard: 'none', review: 'at-45-and-90' },
        conditional: clause(45, { tariff: 'imposed' }, 30),
      }),
    ).toBeNull();
  });

  it('names what is wrong', () => {
    // Terms that hold reviews on days 45 and 90, so a clause fails only for the reason tested.
    const HELD = { guard: 'none', review: 'at-45-and-90' };
    expect(code(null)).toBe('MALFORMED_ACTION');
    expect(code('guard')).toBe('MALFORMED_ACTION');
    expect(code([])).toBe('MALFORMED_ACTION');
    expect(code({})).toBe('MALFORMED_ACTION');
    expect(code({ terms: null })).toBe('MALFORMED_ACTION');
    expect(code({ terms: [['guard', 'none']] })).toBe('MALFORMED_ACTION');
    expect(code({ terms: {} })).toBe('EMPTY_PACKAGE');
    expect(code({ terms: { guard: 'none', wall: 'yes' } })).toBe('UNKNOWN_ISSUE');
    expect(code({ terms: { guard: 'troops-1' } })).toBe('UNKNOWN_OPTION');
    expect(code({ terms: { guard: 6000 } })).toBe('UNKNOWN_OPTION');
    expect(code({ terms: HELD, conditional: null })).toBe('INVALID_CONDITIONAL');
    expect(code({ terms: HELD, conditional: rawClause(44, { tariff: 'imposed' }) })).toBe(
      'INVALID_CONDITIONAL',
    );
    expect(
      code({
        terms: HELD,
        conditional: rawClause(45, { tariff: 'imposed' }, 31),
      }),
    ).toBe('INVALID_CONDITIONAL');
    expect(code({ terms: HELD, conditional: rawClause(45, []) })).toBe('INVALID_CONDITIONAL');
    expect(code({ terms: HELD, conditional: rawClause(45, { tariff: 'maybe' }) })).toBe(
      'INVALID_CONDITIONAL',
    );
  });

  it('offers the review days of every option, sorted and without repeats', () => {
    expect(reviewDaysOffered(scenario)).toEqual([45, 90]);
  });
});

describe('samePackage', () => {
  it('ignores key order, in terms and in the clause', () => {
    const then = { review: 'at-90', 'third-country': 'treaty' };
    const a: Package = {
      terms: { guard: 'troops-6000', tariff: 'suspended' },
      conditional: clause(45, { 'third-country': 'treaty', review: 'at-90' }, 30),
    };
    const b: Package = {
      terms: { tariff: 'suspended', guard: 'troops-6000' },
      conditional: { then, minDropPct: 30, review: 45 },
    };
    expect(samePackage(a, b)).toBe(true);
    expect(samePackage(b, a)).toBe(true);
  });

  it('tells apart packages that differ in any term or in the clause', () => {
    const a: Package = { terms: { guard: 'troops-6000', tariff: 'suspended' } };
    expect(samePackage(a, { terms: { guard: 'troops-6000' } })).toBe(false);
    expect(samePackage(a, { terms: { guard: 'troops-6000', tariff: 'delayed' } })).toBe(false);
    expect(samePackage(a, { terms: { guard: 'troops-6000', review: 'suspended' } })).toBe(false);
    const c = clause(45, { 'third-country': 'treaty' }, 30);
    expect(samePackage(a, { ...a, conditional: c })).toBe(false);
    expect(samePackage({ ...a, conditional: c }, { ...a, conditional: { ...c, minDropPct: 60 } })).toBe(
      false,
    );
    expect(samePackage({ ...a, conditional: c }, { ...a, conditional: { ...c } })).toBe(true);
  });

  it('agrees with equality of the sorted terms, for random packages', () => {
    fc.assert(
      fc.property(termsArb, termsArb, (x, y) => {
        const sorted = (t: Record<string, string>) => JSON.stringify(Object.entries(t).sort());
        expect(samePackage({ terms: x }, { terms: y })).toBe(sorted(x) === sorted(y));
      }),
    );
  });
});

describe('matchesTerms', () => {
  it('requires one of the listed options on every named issue', () => {
    const full = completeTerms(scenario, { guard: 'troops-6000' });
    expect(matchesTerms(full, { guard: ['troops-6000'] })).toBe(true);
    expect(matchesTerms(full, { guard: ['none', 'troops-6000'], tariff: ['imposed'] })).toBe(true);
    expect(matchesTerms(full, { guard: ['troops-6000'], tariff: ['suspended'] })).toBe(false);
  });
});
