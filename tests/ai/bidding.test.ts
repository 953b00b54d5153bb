// The bidding strategy: the target utility over time, the repair of the other side's offer up to
// that target, and the choice of a frontier package.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Contributions,
  choosePackage,
  contributions,
  repairToward,
  tablesFor,
  targetUtility,
} from '../../src/ai/bidding';
import { knowledgeFor } from '../../src/ai/knowledge';
import { seatFor } from '../../src/ai/match';
import { createNegotiator } from '../../src/ai/negotiator';
import { modelOpponent } from '../../src/ai/opponent-model';
import {
  type Action,
  completeTerms,
  type GameState,
  type IssueTable,
  paretoOf,
  type TradeOff,
  termsUtility,
} from '../../src/engine';
import type { ScenarioPersona } from '../../src/scenario/schema';
import { bySide } from '../../src/scenario/sides';
import { must } from '../support/apply';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const scenario = rules.scenario;

type Bidding = ScenarioPersona['bidding'];

/** The side to move waits, or rejects the offer it faces. */
function pass(state: GameState): GameState {
  const side = state.turn.side;
  const facing = state.standing !== null && state.standing.by !== side;
  return must(rules, state, { type: facing ? 'reject' : 'wait', side });
}

// ---------------------------------------------------------------------------------------------
// targetUtility

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const biddingArb: fc.Arbitrary<Bidding> = fc.record({
  aspiration: fc.double({ min: 0.5, max: 1, noNaN: true }),
  exponent: fc.double({ min: 0.05, max: 10, noNaN: true }),
  reciprocity: unit,
});

describe('targetUtility', () => {
  it('is the worked example of the scenario formula: linear concession halfway is halfway', () => {
    const bidding = { aspiration: 0.9, exponent: 1, reciprocity: 0 };
    expect(targetUtility({ bidding, time: 0.5, best: 1, floor: 0.5, theirConcession: 0 })).toBeCloseTo(
      0.7,
      12,
    );
    expect(targetUtility({ bidding, time: 0.25, best: 0.8, floor: 0.4, theirConcession: 0 })).toBeCloseTo(
      0.4 + (0.72 - 0.4) * 0.75,
      12,
    );
  });

  it('starts at max(floor, aspiration × best) and ends at the floor', () => {
    fc.assert(
      fc.property(biddingArb, unit, unit, (bidding, best, floor) => {
        const at = (time: number) => targetUtility({ bidding, time, best, floor, theirConcession: 0 });
        expect(at(0)).toBeCloseTo(Math.max(floor, bidding.aspiration * best), 12);
        expect(at(1)).toBeCloseTo(floor, 12);
      }),
    );
  });

  it('never falls below the floor, whatever the time and the concessions', () => {
    fc.assert(
      fc.property(
        biddingArb,
        unit,
        unit,
        unit,
        fc.double({ min: 0, max: 2, noNaN: true }),
        (b, t, best, f, c) => {
          const target = targetUtility({ bidding: b, time: t, best, floor: f, theirConcession: c });
          expect(target).toBeGreaterThanOrEqual(f);
        },
      ),
    );
  });

  it('does not rise as time passes', () => {
    fc.assert(
      fc.property(biddingArb, unit, unit, unit, unit, unit, (bidding, t1, t2, best, floor, c) => {
        const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const at = (time: number) => targetUtility({ bidding, time, best, floor, theirConcession: c });
        expect(at(late)).toBeLessThanOrEqual(at(early) + 1e-12);
      }),
    );
  });

  it('a Boulware exponent (< 1) holds higher than a conceder exponent (> 1) at mid-time', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 1.05, max: 10, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.45, noNaN: true }),
        (boulware, conceder, aspiration, floor) => {
          const at = (exponent: number) =>
            targetUtility({
              bidding: { aspiration, exponent, reciprocity: 0 },
              time: 0.5,
              best: 1,
              floor,
              theirConcession: 0,
            });
          expect(at(boulware)).toBeGreaterThan(at(conceder));
        },
      ),
    );
    // The real personas: the sovereigntist (0.35) holds out longer than the pragmatist (2.5).
    const mx = (id: string) => scenario.personas?.find((p) => p.side === MX && p.id === id)?.bidding;
    const sovereigntist = mx('sovereigntist');
    const pragmatist = mx('pragmatist');
    expect(sovereigntist).toBeDefined();
    expect(pragmatist).toBeDefined();
    if (!sovereigntist || !pragmatist) return;
    const flat = (b: Bidding) => ({ ...b, aspiration: 0.9 });
    const mid = (b: Bidding) =>
      targetUtility({ bidding: flat(b), time: 0.5, best: 1, floor: 0.5, theirConcession: 0 });
    expect(mid(sovereigntist)).toBeGreaterThan(mid(pragmatist) + 0.1);
  });

  it('gives back reciprocity × their concession, but never below the floor', () => {
    fc.assert(
      fc.property(biddingArb, unit, unit, unit, unit, (bidding, time, best, floor, concession) => {
        const at = (c: number) => targetUtility({ bidding, time, best, floor, theirConcession: c });
        expect(at(concession)).toBeCloseTo(Math.max(floor, at(0) - bidding.reciprocity * concession), 12);
      }),
    );
    const bidding = { aspiration: 1, exponent: 1, reciprocity: 0.5 };
    expect(targetUtility({ bidding, time: 0, best: 1, floor: 0.5, theirConcession: 0.2 })).toBeCloseTo(
      0.9,
      12,
    );
    expect(targetUtility({ bidding, time: 0, best: 1, floor: 0.5, theirConcession: 2 })).toBe(0.5);
  });
});

// ---------------------------------------------------------------------------------------------
// repairToward

/** Σ own and Σ theirs of a complete choice of options. */
function scoreOf(table: Contributions, terms: Record<string, string>): { own: number; theirs: number } {
  let own = 0;
  let theirs = 0;
  for (const [issue, options] of Object.entries(table)) {
    const o = options[terms[issue] as string];
    if (!o) throw new Error(`no option ${terms[issue]} on ${issue}`);
    own += o.own;
    theirs += o.theirs;
  }
  return { own, theirs };
}

/** Every complete package of a small table. */
function allPackages(table: Contributions): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  for (const [issue, options] of Object.entries(table)) {
    out = out.flatMap((terms) => Object.keys(options).map((id) => ({ ...terms, [issue]: id })));
  }
  return out;
}

/** The best package for them (max b) among those worth at least `target` to us. */
function bruteForce(table: Contributions, target: number): { own: number; theirs: number } | null {
  let best: { own: number; theirs: number } | null = null;
  for (const terms of allPackages(table)) {
    const s = scoreOf(table, terms);
    if (s.own >= target - 1e-9 && (!best || s.theirs > best.theirs)) best = s;
  }
  return best;
}

/**
 * A hand-made table: troops and a treaty matter more to us than to them, the tariff more to them.
 * Each issue runs from their favourite (a = 0) to ours (b = 0).
 */
const TABLE: Contributions = {
  troops: { none: { own: 0, theirs: 0.1 }, some: { own: 0.2, theirs: 0.08 }, many: { own: 0.35, theirs: 0 } },
  treaty: {
    none: { own: 0, theirs: 0.25 },
    talks: { own: 0.15, theirs: 0.15 },
    now: { own: 0.3, theirs: 0 },
  },
  tariff: {
    suspended: { own: 0, theirs: 0.5 },
    delayed: { own: 0.15, theirs: 0.2 },
    imposed: { own: 0.35, theirs: 0 },
  },
};
const THEIR_FAVOURITE = { troops: 'none', treaty: 'none', tariff: 'suspended' };
const OUR_FAVOURITE = { troops: 'many', treaty: 'now', tariff: 'imposed' };

describe('repairToward', () => {
  it('starts from their offer and changes only what it must to reach the target', () => {
    const r = repairToward(THEIR_FAVOURITE, 0.35, TABLE);
    expect(r.own).toBeGreaterThanOrEqual(0.35 - 1e-9);
    // The cheapest way to 0.35 for them is all the troops, keeping the tariff suspended and no treaty.
    expect(r).toEqual({
      own: 0.35,
      theirs: 0.75,
      terms: { troops: 'many', treaty: 'none', tariff: 'suspended' },
    });
    expect(r.theirs).toBeCloseTo(bruteForce(TABLE, 0.35)?.theirs ?? Number.NaN, 9);
  });

  it('reaches every reachable target from their favourite package', () => {
    for (const target of [0.1, 0.2, 0.3, 0.45, 0.6, 0.75, 0.9, 1]) {
      const r = repairToward(THEIR_FAVOURITE, target, TABLE);
      expect(r.own, `target ${target}`).toBeGreaterThanOrEqual(target - 1e-9);
      const s = scoreOf(TABLE, r.terms);
      expect(r.own).toBeCloseTo(s.own, 6);
      expect(r.theirs).toBeCloseTo(s.theirs, 6);
    }
  });

  it('cannot reach an impossible target, and then asks for everything', () => {
    const r = repairToward(THEIR_FAVOURITE, 1.5, TABLE);
    expect(r.terms).toEqual(OUR_FAVOURITE);
    expect(r.own).toBeCloseTo(1, 9);
  });

  it('from above the target only gives back: our utility stays at the target and theirs never falls', () => {
    for (const target of [0, 0.2, 0.5, 0.7, 0.85, 1]) {
      const r = repairToward(OUR_FAVOURITE, target, TABLE);
      expect(r.own).toBeGreaterThanOrEqual(target - 1e-9);
      expect(r.theirs).toBeGreaterThanOrEqual(0);
    }
    const r = repairToward(OUR_FAVOURITE, 0.5, TABLE);
    expect(r.own).toBeGreaterThanOrEqual(0.5 - 1e-9);
    expect(r.theirs).toBeGreaterThan(0.4);
  });

  // The repair is greedy, so it is not always the best package for them: from the middling package
  // (some, talks, delayed) at a target of 0.45 it gives them 0.43 where 0.65 was possible. These are
  // bases and targets for which the greedy steps are optimal, checked against every package.
  it('matches the brute-force best package on the hand-made table where greedy is optimal', () => {
    for (const [base, target] of [
      [THEIR_FAVOURITE, 0.15],
      [THEIR_FAVOURITE, 0.35],
      [THEIR_FAVOURITE, 0.5],
      [THEIR_FAVOURITE, 1],
      [OUR_FAVOURITE, 0.3],
      [OUR_FAVOURITE, 0.65],
      [OUR_FAVOURITE, 1],
    ] as const) {
      const best = bruteForce(TABLE, target);
      expect(best).not.toBeNull();
      const r = repairToward(base, target, TABLE);
      expect(r.theirs, `from ${JSON.stringify(base)} to ${target}`).toBeCloseTo(
        best?.theirs ?? Number.NaN,
        6,
      );
    }
  });

  it('on the real scenario, with true utilities, stays within 0.05 of the best package for Mexico', () => {
    // Our side is the US (own), theirs Mexico, both read exactly from the scenario.
    const table: Contributions = Object.fromEntries(
      scenario.issues.map((issue) => [
        issue.id,
        Object.fromEntries(
          issue.options.map((o) => [
            o.id,
            {
              own: bySide(issue.weight, US) * bySide(o.value, US),
              theirs: bySide(issue.weight, MX) * bySide(o.value, MX),
            },
          ]),
        ),
      ]),
    );
    const opening = scenario.historical.script.find((s) => s.side === MX && s.action.type === 'propose');
    expect(opening).toBeDefined();
    const base =
      opening && opening.action.type === 'propose' ? completeTerms(scenario, opening.action.terms) : {};
    // The frontier of complete terms without a clause: the packages `repairToward` can build.
    const frontier = paretoOf(
      Object.entries(table).map(([id, options]) => ({
        id,
        options: Object.entries(options).map(([option, c]) => ({ id: option, ...c })),
      })),
    );
    for (const target of [0.5, 0.6, 0.7, 0.77, 0.85, 0.95]) {
      const best = Math.max(...frontier.filter((p) => p.own >= target - 1e-9).map((p) => p.theirs));
      const r = repairToward(base, target, table);
      expect(r.own).toBeGreaterThanOrEqual(target - 1e-9);
      expect(r.theirs).toBeLessThanOrEqual(best + 1e-6);
      expect(best - r.theirs, `target ${target}`).toBeLessThan(0.05);
      expect(r.own).toBeCloseTo(termsUtility(scenario, US, r.terms), 6);
      expect(r.theirs).toBeCloseTo(termsUtility(scenario, MX, r.terms), 6);
    }
  });

  const cents = fc.integer({ min: 0, max: 40 }).map((n) => n / 100);
  const tableArb: fc.Arbitrary<Contributions> = fc
    .array(fc.array(fc.record({ own: cents, theirs: cents }), { minLength: 2, maxLength: 4 }), {
      minLength: 1,
      maxLength: 4,
    })
    .map((issues) =>
      Object.fromEntries(
        issues.map((options, i) => [`i${i}`, Object.fromEntries(options.map((o, j) => [`o${j}`, o]))]),
      ),
    );
  const caseArb = tableArb.chain((table) =>
    fc.record({
      table: fc.constant(table),
      base: fc.record(
        Object.fromEntries(
          Object.entries(table).map(([issue, options]) => [issue, fc.constantFrom(...Object.keys(options))]),
        ),
      ),
      target: fc.integer({ min: 0, max: 160 }).map((n) => n / 100),
    }),
  );

  it('property: reports its own package truthfully and reaches any reachable target', () => {
    fc.assert(
      fc.property(caseArb, ({ table, base, target }) => {
        const r = repairToward(base, target, table);
        expect(Object.keys(r.terms).sort()).toEqual(Object.keys(table).sort());
        const s = scoreOf(table, r.terms);
        expect(r.own).toBeCloseTo(s.own, 6);
        expect(r.theirs).toBeCloseTo(s.theirs, 6);
        const reachable = bruteForce(table, target) !== null;
        if (reachable) expect(r.own).toBeGreaterThanOrEqual(target - 1e-6);
        expect(r.theirs).toBeLessThanOrEqual(
          (bruteForce(table, Math.min(r.own, target))?.theirs ?? 0) + 1e-6,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('property: from a base at or above the target it never lowers their utility', () => {
    fc.assert(
      fc.property(caseArb, ({ table, base, target }) => {
        const start = scoreOf(table, base);
        fc.pre(start.own >= target);
        const r = repairToward(base, target, table);
        expect(r.own).toBeGreaterThanOrEqual(target - 1e-6);
        expect(r.theirs).toBeGreaterThanOrEqual(start.theirs - 1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it('property: the result is locally optimal: no single change gives them more and keeps our target', () => {
    fc.assert(
      fc.property(caseArb, ({ table, base, target }) => {
        const r = repairToward(base, target, table);
        fc.pre(r.own >= target - 1e-9);
        for (const [issue, options] of Object.entries(table)) {
          for (const id of Object.keys(options)) {
            const s = scoreOf(table, { ...r.terms, [issue]: id });
            const better = s.theirs > r.theirs + 1e-6 && s.own >= target + 1e-6;
            expect(better, `${issue}=${id} would give ${JSON.stringify(s)} over ${JSON.stringify(r)}`).toBe(
              false,
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// choosePackage

const SMALL: IssueTable[] = Object.entries(TABLE).map(([id, options]) => ({
  id,
  options: Object.entries(options).map(([o, v]) => ({ id: o, own: v.own, theirs: v.theirs })),
}));

describe('choosePackage', () => {
  const frontier = paretoOf(SMALL);

  it('picks the feasible frontier point that gives them most', () => {
    for (const target of [0, 0.2, 0.35, 0.5, 0.7, 0.85, 1]) {
      const chosen = choosePackage(frontier, target, null);
      const feasible = frontier.filter((p) => p.own >= target - 1e-9);
      const most = Math.max(...feasible.map((p) => p.theirs));
      expect(chosen?.own).toBeGreaterThanOrEqual(target - 1e-9);
      expect(chosen?.theirs).toBe(most);
      // The same as the best of every package, not only of the frontier.
      expect(chosen?.theirs).toBeCloseTo(bruteForce(TABLE, target)?.theirs ?? Number.NaN, 6);
    }
  });

  it('when exploiting, keeps most for us while leaving them their reservation + 0.1', () => {
    const target = 0.3;
    const theirReservation = 0.35;
    const chosen = choosePackage(frontier, target, { theirReservation });
    const enough = frontier.filter((p) => p.own >= target - 1e-9 && p.theirs >= theirReservation + 0.1);
    expect(enough.length).toBeGreaterThan(1);
    expect(chosen).toEqual(enough[0]);
    const ours = Math.max(...enough.map((p) => p.own));
    expect(chosen?.own).toBe(ours);
    // Exploiting keeps more for us than being generous does.
    const generous = choosePackage(frontier, target, null);
    expect(chosen?.own).toBeGreaterThan(generous?.own ?? 1);
    expect(chosen?.theirs).toBeLessThan(generous?.theirs ?? 0);
  });

  it('when no feasible point clears their reservation, exploiting changes nothing', () => {
    const exploit = choosePackage(frontier, 0.8, { theirReservation: 0.9 });
    expect(exploit).toEqual(choosePackage(frontier, 0.8, null));
  });

  it('above the frontier it asks for the best it can get; with no frontier it has nothing to offer', () => {
    expect(choosePackage(frontier, 2, null)).toEqual(frontier[0]);
    expect(choosePackage(frontier, 2, { theirReservation: 0 })).toEqual(frontier[0]);
    expect(choosePackage([], 0.5, null)).toBeNull();
  });

  it('property: over random tables it is the brute-force best package for them at our target', () => {
    const tablesArb = fc
      .array(fc.array(fc.record({ own: unit, theirs: unit }), { minLength: 2, maxLength: 4 }), {
        minLength: 1,
        maxLength: 4,
      })
      .map((issues) =>
        issues.map((options, i) => ({
          id: `i${i}`,
          options: options.map((o, j) => ({ id: `o${j}`, own: o.own / 4, theirs: o.theirs / 4 })),
        })),
      );
    fc.assert(
      fc.property(tablesArb, fc.double({ min: 0, max: 1, noNaN: true }), (tables, target) => {
        const table: Contributions = Object.fromEntries(
          tables.map((t) => [
            t.id,
            Object.fromEntries(t.options.map((o) => [o.id, { own: o.own, theirs: o.theirs }])),
          ]),
        );
        const chosen = choosePackage(paretoOf(tables), target, null) as TradeOff;
        const best = bruteForce(table, target + 1e-6);
        if (best) expect(chosen.theirs).toBeGreaterThanOrEqual(best.theirs - 1e-5);
        if (chosen.own >= target + 1e-5)
          expect(chosen.theirs).toBeCloseTo(bruteForce(table, target)?.theirs ?? -1, 5);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// tablesFor and its frontier, from a real observation

describe('tablesFor and its frontier', () => {
  const knowledge = knowledgeFor(scenario, US);
  const state = must(rules, rules.newGame({ seed: 5 }), {
    type: 'propose',
    side: MX,
    package: { terms: { 'guard-size': 'troops-6000', tariff: 'suspended' } },
  });
  const obs = rules.observe(state, US);
  const model = modelOpponent(knowledge, obs);

  it('scores our side with our true numbers and theirs with the model', () => {
    const tables = tablesFor(knowledge, obs, model, new Set());
    expect(tables.map((t) => t.id)).toEqual(scenario.issues.map((i) => i.id));
    for (const issue of scenario.issues) {
      const t = tables.find((x) => x.id === issue.id);
      for (const o of issue.options) {
        const row = t?.options.find((x) => x.id === o.id);
        expect(row?.own).toBeCloseTo(bySide(issue.weight, US) * bySide(o.value, US), 12);
        expect(row?.theirs).toBeCloseTo(
          (model.weights[issue.id] ?? 0) * (model.values[issue.id]?.[o.id] ?? 0),
          12,
        );
      }
    }
  });

  it('drops excluded options, and keeps the status quo when every option of an issue is excluded', () => {
    const stc = scenario.issues.find((i) => i.id === 'stc');
    expect(stc).toBeDefined();
    const excluded = new Set(['stc=treaty-now', 'tariff=imposed']);
    const tables = tablesFor(knowledge, obs, model, excluded);
    expect(tables.find((t) => t.id === 'stc')?.options.map((o) => o.id)).toEqual(['none', 'regional-talks']);
    expect(tables.find((t) => t.id === 'tariff')?.options.map((o) => o.id)).toEqual(['suspended', 'delayed']);
    const all = new Set(stc?.options.map((o) => `stc=${o.id}`));
    expect(
      tablesFor(knowledge, obs, model, all)
        .find((t) => t.id === 'stc')
        ?.options.map((o) => o.id),
    ).toEqual([stc?.statusQuo]);
    const frontier = paretoOf(tablesFor(knowledge, obs, model, excluded));
    expect(frontier.length).toBeGreaterThan(0);
    for (const p of frontier) {
      expect(p.terms.stc).not.toBe('treaty-now');
      expect(p.terms.tariff).not.toBe('imposed');
    }
  });

  it('the frontier of those tables is sorted by our utility', () => {
    const frontier = paretoOf(tablesFor(knowledge, obs, model, new Set()));
    expect(frontier).toEqual(paretoOf(tablesFor(knowledge, obs, model, new Set())));
    for (let i = 1; i < frontier.length; i++) {
      expect(frontier[i]?.own).toBeLessThan(frontier[i - 1]?.own ?? 0);
      expect(frontier[i]?.theirs).toBeGreaterThan(frontier[i - 1]?.theirs ?? 1);
    }
    expect(frontier[0]?.own).toBeCloseTo(1, 6);
  });
});

// ---------------------------------------------------------------------------------------------
// How the negotiator uses the repair

describe('the negotiator meets the other side where it stands', () => {
  // A package leaves out the issues it keeps at their status quo. The negotiator repairs "their
  // offer", so it must read those issues at their status quo, as the engine does; it must not start
  // from the first option of each table (`repairToward` falls back to `Object.keys(options)[0]`).
  it('repairs their offer read with the status quo on the issues it leaves out', () => {
    const persona = scenario.personas?.find((p) => p.side === US && p.id === 'pragmatist');
    expect(persona?.historical).toBe(false);
    if (!persona) return;
    let state = rules.newGame({ seed: 3 });
    while (!(state.round === 2 && state.turn.side === MX && state.standing === null)) state = pass(state);
    // Mexico leaves the tariff (status quo: imposed), "Remain in Mexico" (pilot ports) and the
    // review (90 days) out; the first options of those issues are suspended, end and none.
    const offer = { terms: { 'guard-scope': 'nationwide-priority-south', tariff: 'suspended' } };
    state = must(rules, state, { type: 'propose', side: MX, package: offer });
    const negotiator = createNegotiator(persona, 'medium', { scenario, side: US, seed: 3 });
    let counter: Extract<Action, { type: 'counter' }> | null = null;
    let expected: TradeOff | null = null;
    const knowledge = knowledgeFor(scenario, US);
    for (let i = 0; i < 3 && !counter; i++) {
      const obs = rules.observe(state, US);
      const action = negotiator.decide(seatFor(rules, state, US));
      if (action.type === 'counter') {
        counter = action;
        const target = negotiator.decisions.at(-1)?.target ?? Number.NaN;
        const tables = tablesFor(knowledge, obs, modelOpponent(knowledge, obs), new Set());
        expected = repairToward(completeTerms(scenario, offer.terms), target, contributions(tables));
      }
      state = must(rules, state, action);
    }
    expect(counter).not.toBeNull();
    expect(expected?.own).toBeGreaterThanOrEqual((negotiator.decisions.at(-1)?.target ?? 1) - 1e-9);
    expect(completeTerms(scenario, counter?.package.terms ?? {})).toEqual(expected?.terms);
  });
});
