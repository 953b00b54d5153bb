import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Package } from '../../src/engine/actions';
import { type FrontierPoint, paretoFrontier } from '../../src/engine/frontier';
import { nashPoint } from '../../src/engine/nash';
import { checkPackage, packageUtility, reviewDaysOffered } from '../../src/engine/offer';
import type { Scenario } from '../../src/scenario/schema';
import { type PerSide, sideIds } from '../../src/scenario/sides';
import { MX, US } from '../support/sides';
import { loadScenario } from './fixture';

const { scenario } = loadScenario('clauses.yaml');
const [us, mx] = sideIds(scenario);
const at = (x: number, y: number) => ({ [us]: x, [mx]: y }) as PerSide<number>;
const xOf = (p: PerSide<number>) => p[us] ?? Number.NaN;
const yOf = (p: PerSide<number>) => p[mx] ?? Number.NaN;

/** Both sides' utilities of a sample of legal packages: complete terms, and each with a clause. */
function legalPoints(s: Scenario): { x: number; y: number }[] {
  let terms: Record<string, string>[] = [{}];
  for (const issue of s.issues)
    terms = terms.flatMap((t) => issue.options.map((o) => ({ ...t, [issue.id]: o.id })));
  const out: { x: number; y: number }[] = [];
  for (const t of terms) {
    const packages: Package[] = [{ terms: t }];
    for (const review of reviewDaysOffered(s))
      for (const issue of s.issues)
        for (const o of issue.options)
          packages.push({ terms: t, conditional: { review, minDropPct: 30, then: { [issue.id]: o.id } } });
    for (const pkg of packages)
      if (checkPackage(s, pkg).ok) out.push({ x: packageUtility(s, US, pkg), y: packageUtility(s, MX, pkg) });
  }
  return out;
}

describe('nashPoint', () => {
  const frontier = paretoFrontier(scenario);
  const all = legalPoints(scenario);
  const product = (p: { x: number; y: number }, rx: number, ry: number) => (p.x - rx) * (p.y - ry);

  it('maximises the product of gains over every legal package above the reservation point', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (rx, ry) => {
          const nash = nashPoint(scenario, frontier, at(rx, ry));
          const above = all.filter((p) => p.x > rx && p.y > ry);
          if (above.length === 0) {
            // Nothing sampled gains, but an unsampled clause package may: then it gains for both.
            if (nash) expect(xOf(nash.utility) > rx && yOf(nash.utility) > ry).toBe(true);
            return;
          }
          expect(nash).not.toBeNull();
          if (!nash) return;
          expect(xOf(nash.utility)).toBeGreaterThan(rx);
          expect(yOf(nash.utility)).toBeGreaterThan(ry);
          const best = Math.max(...above.map((p) => product(p, rx, ry)));
          const got = product({ x: xOf(nash.utility), y: yOf(nash.utility) }, rx, ry);
          expect(got).toBeGreaterThanOrEqual(best - 1e-12);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  it('is null when no frontier point beats the reservation for both sides', () => {
    expect(nashPoint(scenario, frontier, at(1, 1))).toBeNull();
    expect(nashPoint(scenario, frontier, at(0, 2))).toBeNull();
    expect(nashPoint(scenario, [], at(0, 0))).toBeNull();
  });

  it('picks the point with the larger product in a small hand-made frontier', () => {
    const point = (x: number, y: number, option: string): FrontierPoint => ({
      utility: at(x, y),
      package: { terms: { a: option } },
    });
    const points = [point(0.9, 0.2, '1'), point(0.6, 0.6, '2'), point(0.2, 0.9, '3')];
    expect(nashPoint(scenario, points, at(0, 0))?.package.terms).toEqual({ a: '2' });
    expect(nashPoint(scenario, points, at(0.1, 0.55))?.package.terms).toEqual({ a: '3' });
    expect(nashPoint(scenario, points, at(0.7, 0.1))?.package.terms).toEqual({ a: '1' });
  });
});
