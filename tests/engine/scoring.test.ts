import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termsUtility } from '../../src/engine/offer';
import {
  distanceToFrontier,
  type FrontierPoint,
  nashPoint,
  type Point,
  paretoFrontier,
  reservationValue,
  round6,
  score,
} from '../../src/engine/scoring';
import type { Scenario, ScenarioIssue } from '../../src/scenario/schema';
import { MX, US } from '../support/sides';
import { loadRules, loadScenario } from './fixture';
import { edited, mustAll, randomGame } from './play';

const { scenario } = loadScenario();

/** Every complete package of a scenario, with both sides' utilities. */
function allPackages(s: Scenario): FrontierPoint[] {
  let partial: Record<string, string>[] = [{}];
  for (const issue of s.issues)
    partial = partial.flatMap((t) => issue.options.map((o) => ({ ...t, [issue.id]: o.id })));
  return partial.map((terms) => ({
    us: termsUtility(s, US, terms),
    mx: termsUtility(s, MX, terms),
    terms,
  }));
}

const EPS = 1e-9;
const dominates = (q: Point, p: Point) =>
  q.us >= p.us - EPS && q.mx >= p.mx - EPS && (q.us > p.us + EPS || q.mx > p.mx + EPS);
const key = (p: Point) => `${round6(p.us).toFixed(6)},${round6(p.mx).toFixed(6)}`;

/** The frontier by brute force: the distinct points no package dominates. */
function bruteFrontier(s: Scenario): Set<string> {
  const points = allPackages(s);
  return new Set(points.filter((p) => !points.some((q) => dominates(q, p))).map(key));
}

function expectFrontierMatches(s: Scenario): void {
  const frontier = paretoFrontier(s);
  expect(new Set(frontier.map(key))).toEqual(bruteFrontier(s));
  for (const f of frontier) {
    // Each point's terms are complete and really give its utilities.
    expect(Object.keys(f.terms).sort()).toEqual(s.issues.map((i) => i.id).sort());
    // Frontier points are rounded to 6 decimals.
    expect(Math.abs(f.us - termsUtility(s, US, f.terms))).toBeLessThanOrEqual(5e-7 + 1e-12);
    expect(Math.abs(f.mx - termsUtility(s, MX, f.terms))).toBeLessThanOrEqual(5e-7 + 1e-12);
  }
  // No frontier point dominates another.
  for (const a of frontier) for (const b of frontier) expect(dominates(a, b)).toBe(false);
}

/** A scenario with `issues` in place of the fixture's (the rest does not matter to the frontier). */
function withIssues(issues: ScenarioIssue[]): Scenario {
  return { ...structuredClone(scenario), issues };
}

/** 4 issues × 3 options, random integer weights (normalised) and values in tenths: ties are likely. */
const randomIssues = fc
  .array(
    fc.record({
      weight: fc.record({ us: fc.integer({ min: 1, max: 10 }), mx: fc.integer({ min: 1, max: 10 }) }),
      values: fc.array(
        fc.record({ us: fc.integer({ min: 0, max: 10 }), mx: fc.integer({ min: 0, max: 10 }) }),
        {
          minLength: 3,
          maxLength: 3,
        },
      ),
    }),
    { minLength: 4, maxLength: 4 },
  )
  .map((raw): ScenarioIssue[] => {
    const total = {
      us: raw.reduce((a, r) => a + r.weight.us, 0),
      mx: raw.reduce((a, r) => a + r.weight.mx, 0),
    };
    return raw.map((r, i) => ({
      id: `issue-${i}`,
      label: { en: `Issue ${i}`, es: `Tema ${i}` },
      description: { en: 'Generated.', es: 'Generado.' },
      statusQuo: 'o-0',
      weight: { us: r.weight.us / total.us, mx: r.weight.mx / total.mx },
      options: r.values.map((v, j) => ({
        id: `o-${j}`,
        label: { en: `Option ${j}`, es: `Opción ${j}` },
        value: { us: v.us / 10, mx: v.mx / 10 },
      })),
    }));
  });

describe('paretoFrontier', () => {
  it('equals the brute-force frontier of the fixture', () => {
    expect(allPackages(scenario)).toHaveLength(24);
    expectFrontierMatches(scenario);
    expect(paretoFrontier(scenario).length).toBeGreaterThan(2);
  });

  it('equals the brute-force frontier of random 4 × 3 scenarios', () => {
    fc.assert(
      fc.property(randomIssues, (issues) => {
        expectFrontierMatches(withIssues(issues));
      }),
      // A fixed seed keeps the run reproducible; the generator makes ties on purpose.
      { numRuns: 300, seed: 2019 },
    );
  });

  it("drops a point whose US utility ties another's only up to floating-point noise", () => {
    // (a1, b1) gives us 0.1 + 0.2 = 0.30000000000000004, (a2, b2) gives us 0.3 + 0 = 0.3: the same
    // US utility, but (a2, b2) is better for Mexico, so (a1, b1) is dominated and not on the frontier.
    const option = (id: string, us: number, mx: number) => ({
      id,
      label: { en: id, es: id },
      value: { us, mx },
    });
    const issue = (id: string, options: ReturnType<typeof option>[]): ScenarioIssue => ({
      id,
      label: { en: id, es: id },
      description: { en: id, es: id },
      statusQuo: options[0]?.id ?? '',
      weight: { us: 1, mx: 1 },
      options,
    });
    const s = withIssues([
      issue('a', [option('a1', 0.1, 0.4), option('a2', 0.3, 0)]),
      issue('b', [option('b1', 0.2, 0.4), option('b2', 0, 0.9)]),
    ]);
    expect(paretoFrontier(s).map((p) => p.terms)).not.toContainEqual({ a: 'a1', b: 'b1' });
    expectFrontierMatches(s);
  });

  it('equals the brute-force frontier of random scenarios of 1–5 issues with 2–4 options', () => {
    // Weights in whole units (normalised) and values in hundredths: distinct utilities lie at least
    // 1/(100 Σ weights) apart, well above the 6-decimal rounding of frontier points.
    const issues = fc.array(
      fc.record({
        weight: fc.record({ us: fc.integer({ min: 1, max: 100 }), mx: fc.integer({ min: 1, max: 100 }) }),
        values: fc.array(
          fc.record({ us: fc.integer({ min: 0, max: 100 }), mx: fc.integer({ min: 0, max: 100 }) }),
          {
            minLength: 2,
            maxLength: 4,
          },
        ),
      }),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(issues, (raw) => {
        const total = {
          us: raw.reduce((a, r) => a + r.weight.us, 0),
          mx: raw.reduce((a, r) => a + r.weight.mx, 0),
        };
        const s = withIssues(
          raw.map((r, i) => ({
            id: `issue-${i}`,
            label: { en: 'x', es: 'x' },
            description: { en: 'x', es: 'x' },
            statusQuo: 'o-0',
            weight: { us: r.weight.us / total.us, mx: r.weight.mx / total.mx },
            options: r.values.map((v, j) => ({
              id: `o-${j}`,
              label: { en: 'x', es: 'x' },
              value: { us: v.us / 100, mx: v.mx / 100 },
            })),
          })),
        );
        expectFrontierMatches(s);
      }),
      { numRuns: 200, seed: 6 },
    );
  });

  it('runs from the best point for the US to the best for Mexico', () => {
    const frontier = paretoFrontier(scenario);
    const all = allPackages(scenario);
    const maxUs = Math.max(...all.map((p) => p.us));
    const maxMx = Math.max(...all.map((p) => p.mx));
    expect(Math.max(...frontier.map((p) => p.us))).toBeCloseTo(maxUs, 6);
    expect(Math.max(...frontier.map((p) => p.mx))).toBeCloseTo(maxMx, 6);
  });
});

describe('nashPoint', () => {
  const frontier = paretoFrontier(scenario);
  const product = (p: Point, r: Point) => (p.us - r.us) * (p.mx - r.mx);

  it('maximises the product of gains over every package above the reservation point', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.7, noNaN: true }),
        fc.double({ min: 0, max: 0.7, noNaN: true }),
        (us, mx) => {
          const r = { us, mx };
          const nash = nashPoint(frontier, r);
          const above = allPackages(scenario).filter((p) => p.us > r.us && p.mx > r.mx);
          if (above.length === 0) {
            expect(nash).toBeNull();
            return;
          }
          expect(nash).not.toBeNull();
          if (!nash) return;
          expect(nash.us).toBeGreaterThan(r.us);
          expect(nash.mx).toBeGreaterThan(r.mx);
          const best = Math.max(...above.map((p) => product(p, r)));
          expect(product(nash, r)).toBeCloseTo(best, 5);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is null when no frontier point beats the reservation for both sides', () => {
    expect(nashPoint(frontier, { us: 1, mx: 1 })).toBeNull();
    expect(nashPoint(frontier, { us: 0, mx: 2 })).toBeNull();
    expect(nashPoint([], { us: 0, mx: 0 })).toBeNull();
  });

  it('picks the point with the larger product in a small hand-made frontier', () => {
    const points: FrontierPoint[] = [
      { us: 0.9, mx: 0.2, terms: { a: '1' } },
      { us: 0.6, mx: 0.6, terms: { a: '2' } },
      { us: 0.2, mx: 0.9, terms: { a: '3' } },
    ];
    expect(nashPoint(points, { us: 0, mx: 0 })?.terms).toEqual({ a: '2' });
    expect(nashPoint(points, { us: 0.1, mx: 0.55 })?.terms).toEqual({ a: '3' });
    expect(nashPoint(points, { us: 0.7, mx: 0.1 })?.terms).toEqual({ a: '1' });
  });
});

describe('distanceToFrontier', () => {
  const frontier = paretoFrontier(scenario);

  it('is 0 for every frontier point', () => {
    for (const f of frontier) expect(distanceToFrontier(frontier, f)).toBe(0);
  });

  it('is positive for a dominated package, and the distance to the nearest dominating point', () => {
    const all = allPackages(scenario);
    const dominated = all.filter((p) => all.some((q) => dominates(q, p)));
    expect(dominated.length).toBeGreaterThan(0);
    for (const p of dominated) {
      const d = distanceToFrontier(frontier, p);
      expect(d).toBeGreaterThan(0);
      const expected = Math.min(
        ...frontier
          .filter((f) => f.us >= p.us - EPS && f.mx >= p.mx - EPS)
          .map((f) => Math.hypot(f.us - p.us, f.mx - p.mx)),
      );
      expect(d).toBeCloseTo(expected, 6);
    }
    expect(distanceToFrontier(frontier, { us: 0, mx: 0 })).toBeGreaterThan(0);
  });
});

describe('score and reservation', () => {
  const rules = loadRules();

  it('keeps both scores within 0..100 at every point of random games', () => {
    for (let seed = 1; seed <= 30; seed++) {
      for (const s of randomGame(rules, seed).states) {
        for (const side of [US, MX] as const) {
          const v = score(rules.scenario, s, side);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
          const r = reservationValue(rules.scenario, s, side);
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(1);
        }
        const a = rules.analyse(s);
        for (const v of [a.score.us, a.score.mx]) expect(v >= 0 && v <= 100).toBe(true);
      }
    }
  });

  it('stays within 0..100 with meters pushed to their extremes', () => {
    const s0 = rules.newGame({ seed: 1 });
    for (const level of [-1000, 0, 100, 1000]) {
      const s = edited(s0, (c) => {
        for (const id of Object.keys(c.meters)) c.meters[id] = level;
      });
      for (const side of [US, MX] as const) {
        const v = score(rules.scenario, s, side);
        expect(v >= 0 && v <= 100).toBe(true);
      }
    }
  });

  it("mixes terms and meters by the scenario's scoring weights", () => {
    const s = rules.newGame({ seed: 1 });
    // No deal: the terms part is the reservation value. US: 0.8·(0.3 + 0.002·approval) + 0.2·approval/100.
    const approval = s.meters.approval ?? Number.NaN;
    const expected = 0.8 * (0.3 + 0.002 * approval) + (0.2 * approval) / 100;
    expect(score(rules.scenario, s, US)).toBeCloseTo(Math.round(expected * 1000) / 10, 6);
  });

  it("lowers Mexico's reservation value as the tariff climbs", () => {
    const s = rules.newGame({ seed: 1 });
    const low = reservationValue(rules.scenario, s, MX);
    const high = reservationValue(
      rules.scenario,
      edited(s, (c) => {
        c.tariff.rate = 20;
      }),
      MX,
    );
    expect(low).toBeCloseTo(0.4179, 9);
    expect(high).toBeCloseTo(0.4179 - 0.2, 9);
  });

  it('analyses a deal: agreed point, reservation at signing and distances', () => {
    const s = mustAll(rules, rules.newGame({ seed: 4 }), [
      { type: 'propose', side: MX, package: { terms: { guard: 'troops-6000', tariff: 'suspended' } } },
      { type: 'accept', side: US },
    ]);
    const a = rules.analyse(s);
    expect(a.agreed).toEqual({
      us: round6(termsUtility(rules.scenario, US, { guard: 'troops-6000', tariff: 'suspended' })),
      mx: round6(termsUtility(rules.scenario, MX, { guard: 'troops-6000', tariff: 'suspended' })),
    });
    expect(a.reservation).toEqual(s.deal?.reservation);
    expect(a.frontier).toEqual(paretoFrontier(rules.scenario));
    expect(a.distance?.frontier).toBe(distanceToFrontier(a.frontier, a.agreed as Point));
    const noDeal = rules.analyse(rules.newGame({ seed: 4 }));
    expect(noDeal.agreed).toBeNull();
    expect(noDeal.distance).toBeNull();
  });
});
