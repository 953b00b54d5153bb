import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Package } from '../../src/engine/actions';
import { distanceToFrontier, type FrontierPoint, paretoFrontier, paretoOf } from '../../src/engine/frontier';
import {
  checkPackage,
  completeTerms,
  packageUtility,
  reviewDays,
  reviewDaysOffered,
  termsUtility,
} from '../../src/engine/offer';
import { parseScenario } from '../../src/scenario/load';
import type { Scenario, ScenarioIssue } from '../../src/scenario/schema';
import { bySide, type PerSide, sideIds } from '../../src/scenario/sides';
import { MX, US } from '../support/sides';
import { loadScenario } from './fixture';

interface Scored {
  x: number;
  y: number;
  pkg: Package;
}

const EPS = 1e-9;

function scored(s: Scenario, pkg: Package): Scored {
  const [a, b] = sideIds(s);
  return { x: packageUtility(s, a, pkg), y: packageUtility(s, b, pkg), pkg };
}

function axes(s: Scenario, p: PerSide<number>): { x: number; y: number } {
  const [a, b] = sideIds(s);
  return { x: p[a] ?? Number.NaN, y: p[b] ?? Number.NaN };
}

/** Every map of some issues (each left out or set to one of its options), `allowEmpty` or not. */
function issueMaps(s: Scenario, allowEmpty: boolean): Record<string, string>[] {
  let maps: Record<string, string>[] = [{}];
  for (const issue of s.issues)
    maps = maps.flatMap((m) => [m, ...issue.options.map((o) => ({ ...m, [issue.id]: o.id }))]);
  return allowEmpty ? maps : maps.filter((m) => Object.keys(m).length > 0);
}

/** Every package `checkPackage` accepts: any terms, with no clause or with any clause at all. */
function allLegalPackages(s: Scenario): Package[] {
  const thenMaps = issueMaps(s, false);
  const thresholds = [undefined, ...s.conditionalThresholds];
  const out: Package[] = [];
  for (const terms of issueMaps(s, false)) {
    out.push({ terms });
    for (const review of reviewDaysOffered(s))
      for (const minDropPct of thresholds)
        for (const then of thenMaps) {
          const pkg: Package = {
            terms,
            conditional: minDropPct === undefined ? { review, then } : { review, minDropPct, then },
          };
          if (checkPackage(s, pkg).ok) out.push(pkg);
        }
  }
  return out;
}

/** The brute-force Pareto set: distinct points (within EPS) that no other point dominates. */
function bruteFrontier(points: Scored[]): Scored[] {
  const sorted = [...points].sort((p, q) => q.x - p.x || q.y - p.y);
  const kept: Scored[] = [];
  for (const p of sorted) {
    const last = kept[kept.length - 1];
    if (last && p.y <= last.y + EPS) continue;
    while (kept.length > 0 && (kept[kept.length - 1] as Scored).x <= p.x + EPS) kept.pop();
    kept.push(p);
  }
  return kept;
}

const strictlyDominates = (q: { x: number; y: number }, p: { x: number; y: number }) =>
  q.x >= p.x - EPS && q.y >= p.y - EPS && (q.x > p.x + EPS || q.y > p.y + EPS);

function expectMatchesBruteForce(s: Scenario): void {
  const brute = bruteFrontier(allLegalPackages(s).map((pkg) => scored(s, pkg)));
  const fast = paretoFrontier(s).map((f) => axes(s, f.utility));
  expect(fast.length).toBe(brute.length);
  fast.forEach((f, i) => {
    const b = brute[i] as Scored;
    expect(Math.abs(f.x - b.x), `point ${i}`).toBeLessThanOrEqual(EPS);
    expect(Math.abs(f.y - b.y), `point ${i}`).toBeLessThanOrEqual(EPS);
  });
}

function expectHonestPoints(s: Scenario): void {
  const frontier = paretoFrontier(s);
  for (const f of frontier) {
    // Each point's package is legal, complete, and really gives its utilities.
    expect(checkPackage(s, f.package).ok).toBe(true);
    expect(Object.keys(f.package.terms).sort()).toEqual(s.issues.map((i) => i.id).sort());
    expect(axes(s, f.utility)).toEqual({ x: scored(s, f.package).x, y: scored(s, f.package).y });
  }
  for (const a of frontier)
    for (const b of frontier) expect(strictlyDominates(axes(s, a.utility), axes(s, b.utility))).toBe(false);
}

const clauses = loadScenario('clauses.yaml').scenario;
const small = loadScenario().scenario;

describe('paretoFrontier of the whole offer space', () => {
  it('equals the brute-force frontier of every legal package of the clauses fixture', () => {
    expect(allLegalPackages(clauses).length).toBeGreaterThan(100_000);
    expectMatchesBruteForce(clauses);
    expectHonestPoints(clauses);
  });

  it('takes in clause packages: on the clauses fixture some frontier points need a clause', () => {
    const frontier = paretoFrontier(clauses);
    const withClause = frontier.filter((f) => f.package.conditional);
    expect(withClause.length).toBeGreaterThan(0);
    // ...and the thresholds, the omitted one (the 45% target) included, and the Guard's shift matter.
    const risks = new Set(withClause.map((f) => f.package.conditional?.minDropPct ?? 'omitted'));
    expect(risks.size).toBeGreaterThan(1);
  });

  it('equals the brute-force frontier of the small fixture', () => {
    expectMatchesBruteForce(small);
    expectHonestPoints(small);
  });

  it('without a review, no clause is legal and the frontier is that of complete terms', () => {
    const noReviews: Scenario = {
      ...structuredClone(clauses),
      issues: clauses.issues.filter((i) => i.id !== 'review'),
    };
    expect(paretoFrontier(noReviews).every((f) => f.package.conditional === undefined)).toBe(true);
    expectMatchesBruteForce(noReviews);
  });

  it('is computed once per scenario object, frozen', () => {
    const frontier = paretoFrontier(clauses);
    expect(paretoFrontier(clauses)).toBe(frontier);
    expect(Object.isFrozen(frontier)).toBe(true);
    expect(Object.isFrozen(frontier[0]?.package.terms)).toBe(true);
    expect(paretoFrontier(structuredClone(clauses))).not.toBe(frontier);
    expect(paretoFrontier(structuredClone(clauses))).toEqual(frontier);
  });

  it('is sorted by the first side, descending, and runs from its best to the second side’s best', () => {
    const frontier = paretoFrontier(clauses).map((f) => axes(clauses, f.utility));
    for (let i = 1; i < frontier.length; i++) {
      expect(frontier[i]?.x).toBeLessThan(frontier[i - 1]?.x ?? 0);
      expect(frontier[i]?.y).toBeGreaterThan(frontier[i - 1]?.y ?? 0);
    }
  });
});

/** A scenario with `issues` in place of the small fixture's, and no review issue: no clauses. */
function withIssues(issues: ScenarioIssue[]): Scenario {
  return { ...structuredClone(small), issues };
}

/** Weights in whole units (normalised) and values in hundredths: distinct sums lie far above EPS. */
const randomIssues = fc
  .array(
    fc.record({
      weight: fc.record({ us: fc.integer({ min: 1, max: 100 }), mx: fc.integer({ min: 1, max: 100 }) }),
      values: fc.array(
        fc.record({ us: fc.integer({ min: 0, max: 100 }), mx: fc.integer({ min: 0, max: 100 }) }),
        { minLength: 2, maxLength: 4 },
      ),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((raw): ScenarioIssue[] => {
    const total = {
      us: raw.reduce((a, r) => a + r.weight.us, 0),
      mx: raw.reduce((a, r) => a + r.weight.mx, 0),
    };
    return raw.map((r, i) => ({
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
    }));
  });

describe('paretoFrontier of complete terms (scenarios without reviews)', () => {
  it('equals the brute-force frontier of random scenarios of 1–5 issues with 2–4 options', () => {
    fc.assert(
      fc.property(randomIssues, (issues) => {
        expectMatchesBruteForce(withIssues(issues));
      }),
      { numRuns: 150, seed: 6 },
    );
  });

  it("drops a point whose utility ties another's only up to floating-point noise", () => {
    // (a1, b1) gives the US 0.1 + 0.2 = 0.30000000000000004, (a2, b2) gives it 0.3 + 0 = 0.3: the
    // same utility, but (a2, b2) is better for Mexico, so (a1, b1) is dominated.
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
    expect(paretoFrontier(s).map((p) => p.package.terms)).not.toContainEqual({ a: 'a1', b: 'b1' });
    expectMatchesBruteForce(s);
  });
});

describe('paretoOf (the negotiators’ tables)', () => {
  it('gives the frontier of complete terms, rounded to six decimals, sorted by a descending', () => {
    const tables = clauses.issues.map((issue) => ({
      id: issue.id,
      options: issue.options.map((o) => ({
        id: o.id,
        own: bySide(issue.weight, US) * bySide(o.value, US),
        theirs: bySide(issue.weight, MX) * bySide(o.value, MX),
      })),
    }));
    const frontier = paretoOf(tables);
    const brute = bruteFrontier(
      issueMaps(clauses, true)
        .filter((m) => Object.keys(m).length === clauses.issues.length)
        .map((terms) => ({
          x: termsUtility(clauses, US, terms),
          y: termsUtility(clauses, MX, terms),
          pkg: { terms },
        })),
    );
    expect(frontier.map((t) => [t.own, t.theirs])).toEqual(
      brute.map((b) => [Math.round(b.x * 1e6) / 1e6, Math.round(b.y * 1e6) / 1e6]),
    );
  });
});

// The flagship scenario.
const juneFile = fileURLToPath(new URL('../../scenarios/june-2019.yaml', import.meta.url));
const juneLoaded = parseScenario(readFileSync(juneFile, 'utf8'), juneFile);
if (!juneLoaded.ok) throw new Error('june-2019.yaml does not load');
const june = juneLoaded.value.scenario;
const [us, mx] = sideIds(june);

/** A small seeded generator, so the sample is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomClausePackage(s: Scenario, next: () => number): Package {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
  const terms: Record<string, string> = {};
  for (const issue of s.issues) if (next() < 0.7) terms[issue.id] = pick(issue.options).id;
  // A clause needs a review in the terms: set one where the random terms hold none.
  if (reviewDays(s, completeTerms(s, terms)).length === 0) {
    const reviewIssue = s.issues.find((i) => i.options.some((o) => (o.effects?.reviews?.length ?? 0) > 0));
    const option = reviewIssue?.options.find((o) => (o.effects?.reviews?.length ?? 0) > 0);
    if (reviewIssue && option) terms[reviewIssue.id] = option.id;
  }
  const then: Record<string, string> = {};
  while (Object.keys(then).length === 0)
    for (const issue of s.issues) if (next() < 0.3) then[issue.id] = pick(issue.options).id;
  const review = pick(reviewDays(s, completeTerms(s, terms)));
  const minDropPct = pick([undefined, ...s.conditionalThresholds]);
  return { terms, conditional: minDropPct === undefined ? { review, then } : { review, minDropPct, then } };
}

describe('paretoFrontier of june-2019', () => {
  const frontier = paretoFrontier(june);
  const points = frontier.map((f) => axes(june, f.utility));

  it('has legal, honest points', () => {
    expectHonestPoints(june);
  });

  it('no sampled legal clause package strictly dominates a frontier point', () => {
    const next = mulberry32(2019);
    for (let i = 0; i < 20_000; i++) {
      const pkg = randomClausePackage(june, next);
      expect(checkPackage(june, pkg).ok).toBe(true);
      const p = scored(june, pkg);
      const beaten = points.find((f) => strictlyDominates(p, f));
      expect(beaten, JSON.stringify(pkg)).toBeUndefined();
    }
  });

  it('reaches the issue’s example: 15,000 troops with a 45-day, 30% clause beat the old frontier', () => {
    // The old frontier: complete terms only.
    const termsOnly = paretoOf(
      june.issues.map((issue) => ({
        id: issue.id,
        options: issue.options.map((o) => ({
          id: o.id,
          own: bySide(issue.weight, US) * bySide(o.value, US),
          theirs: bySide(issue.weight, MX) * bySide(o.value, MX),
        })),
      })),
    );
    // From each old frontier point with 15,000 troops and both reviews, a 45-day, 30% clause on one issue.
    const examples: Scored[] = [];
    for (const t of termsOnly) {
      if (t.terms['guard-size'] !== 'troops-15000-plus' || !reviewDays(june, t.terms).includes(45)) continue;
      for (const issue of june.issues)
        for (const o of issue.options) {
          const pkg: Package = {
            terms: t.terms,
            conditional: { review: 45, minDropPct: 30, then: { [issue.id]: o.id } },
          };
          const p = scored(june, pkg);
          if (termsOnly.some((old) => strictlyDominates(p, { x: old.own, y: old.theirs }))) examples.push(p);
        }
    }
    expect(examples.length).toBeGreaterThan(0);
    for (const p of examples) {
      expect(checkPackage(june, p.pkg).ok).toBe(true);
      const point = { [us]: p.x, [mx]: p.y } as PerSide<number>;
      expect(distanceToFrontier(june, frontier, point)).toBeGreaterThanOrEqual(0);
      const reaching = points.filter((f) => f.x >= p.x - 1e-12 && f.y >= p.y - 1e-12);
      expect(reaching.length).toBeGreaterThan(0);
      expect(points.some((f) => strictlyDominates(p, f))).toBe(false);
    }
  });
});

describe('distanceToFrontier', () => {
  const frontier: readonly FrontierPoint[] = paretoFrontier(clauses);
  const at = (x: number, y: number) =>
    ({ [sideIds(clauses)[0]]: x, [sideIds(clauses)[1]]: y }) as PerSide<number>;

  it('is 0 for every frontier point', () => {
    for (const f of frontier) expect(distanceToFrontier(clauses, frontier, f.utility)).toBe(0);
  });

  it('is the distance to the nearest frontier point at least as good for both, for every legal package', () => {
    const points = frontier.map((f) => axes(clauses, f.utility));
    const next = mulberry32(7);
    const all = allLegalPackages(clauses);
    for (let i = 0; i < 3000; i++) {
      const p = scored(clauses, all[Math.floor(next() * all.length)] as Package);
      const d = distanceToFrontier(clauses, frontier, at(p.x, p.y));
      const reaching = points.filter((f) => f.x >= p.x - 1e-12 && f.y >= p.y - 1e-12);
      expect(reaching.length).toBeGreaterThan(0);
      expect(d).toBeCloseTo(Math.min(...reaching.map((f) => Math.hypot(f.x - p.x, f.y - p.y))), 12);
    }
    expect(distanceToFrontier(clauses, frontier, at(0, 0))).toBeGreaterThan(0);
  });
});

describe('paretoOf against the plain sweep', () => {
  // The plain algorithm: every partial sum plus every option, sorted (stably) by x then y
  // descending, pruned; paretoOf merges instead of sorting and must keep the same points, terms
  // included, even where sums tie exactly (small integer values tie often).
  function plainSweep(tables: { id: string; options: { id: string; own: number; theirs: number }[] }[]) {
    type P = { x: number; y: number; terms: Record<string, string> };
    const prune = (points: P[]) => {
      points.sort((a, b) => b.x - a.x || b.y - a.y);
      const kept: P[] = [];
      let bestY = Number.NEGATIVE_INFINITY;
      for (const p of points) {
        if (p.y <= bestY + 1e-12) continue;
        while (kept.length > 0 && (kept.at(-1) as P).x <= p.x + 1e-12) kept.pop();
        kept.push(p);
        bestY = p.y;
      }
      return kept;
    };
    let points: P[] = [{ x: 0, y: 0, terms: {} }];
    for (const t of tables)
      points = prune(
        points.flatMap((p) =>
          t.options.map((o) => ({ x: p.x + o.own, y: p.y + o.theirs, terms: { ...p.terms, [t.id]: o.id } })),
        ),
      );
    return points.map((p) => ({
      own: Math.round(p.x * 1e6) / 1e6,
      theirs: Math.round(p.y * 1e6) / 1e6,
      terms: p.terms,
    }));
  }

  const tables = fc
    .array(
      fc.array(fc.record({ own: fc.integer({ min: 0, max: 4 }), theirs: fc.integer({ min: 0, max: 4 }) }), {
        minLength: 1,
        maxLength: 5,
      }),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map((issues) =>
      issues.map((options, i) => ({
        id: `i${i}`,
        options: options.map((o, j) => ({ id: `o${j}`, own: o.own / 10, theirs: o.theirs / 10 })),
      })),
    );

  it('keeps the same points and terms, ties included', () => {
    fc.assert(
      fc.property(tables, (t) => {
        expect(paretoOf(t)).toEqual(plainSweep(t));
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
