// The model of the other side, built from real observations of games played through the engine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knowledgeFor } from '../../src/ai/knowledge';
import {
  estimatedUtility,
  modelOpponent,
  type OpponentModel,
  opponentOffers,
} from '../../src/ai/opponent-model';
import { type Action, type GameState, type Observation, type Package, termsUtility } from '../../src/engine';
import { reservationValue } from '../../src/engine/reservation';
import { bySide, type SideId } from '../../src/scenario/sides';
import { mustAll } from '../support/apply';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const scenario = rules.scenario;
const knowledge = { us: knowledgeFor(scenario, US), mx: knowledgeFor(scenario, MX) };

const play = (state: GameState, ...actions: Action[]): GameState => mustAll(rules, state, actions);

const modelOf = (state: GameState, side: SideId) => {
  const obs = rules.observe(state, side);
  return { obs, model: modelOpponent(bySide(knowledge, side), obs) };
};

/** The prior: 1 − our own value, rescaled so each issue's best option is 1 and its worst 0. */
function prior(obs: Observation, issue: string): Record<string, number> {
  const own = obs.you.values[issue] ?? {};
  const flipped = Object.fromEntries(Object.entries(own).map(([o, v]) => [o, 1 - v]));
  const lo = Math.min(...Object.values(flipped));
  const hi = Math.max(...Object.values(flipped));
  return Object.fromEntries(
    Object.entries(flipped).map(([o, v]) => [o, hi > lo ? (v - lo) / (hi - lo) : 0.5]),
  );
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const OPENING: Package = {
  terms: {
    'guard-size': 'troops-6000',
    'guard-scope': 'southern-border',
    development: 'mexico-leads',
    tariff: 'suspended',
  },
};
const NAMED = Object.keys(OPENING.terms);

describe('with no offers', () => {
  for (const side of [US, MX] as const) {
    it(`${side}: values are 1 − own (normalised), weights uniform, reservation the prior`, () => {
      const { obs, model } = modelOf(rules.newGame({ seed: 1 }), side);
      expect(model.evidence).toBe(0);
      const n = scenario.issues.length;
      for (const issue of scenario.issues) {
        expect(model.weights[issue.id]).toBeCloseTo(1 / n, 12);
        const expected = prior(obs, issue.id);
        for (const o of issue.options)
          expect(model.values[issue.id]?.[o.id]).toBeCloseTo(expected[o.id] ?? -1, 12);
        // Their best option is our worst, and the other way round.
        const ours = issue.options.map((o) => bySide(o.value, side));
        const worst = issue.options[ours.indexOf(Math.min(...ours))]?.id ?? '';
        const best = issue.options[ours.indexOf(Math.max(...ours))]?.id ?? '';
        expect(model.values[issue.id]?.[worst]).toBe(1);
        expect(model.values[issue.id]?.[best]).toBe(0);
      }
      expect(sum(Object.values(model.weights))).toBeCloseTo(1, 12);
      expect(model.reservation).toBeCloseTo(0.35, 12);
    });
  }
});

describe('learning from offers', () => {
  const start = rules.newGame({ seed: 2 });
  const opened = play(start, { type: 'propose', side: MX, package: OPENING });

  it('reads only the other side’s offers, in order', () => {
    const second: Package = { terms: { tariff: 'suspended', 'guard-size': 'troops-2000' } };
    let s = play(opened, { type: 'reject', side: US });
    s = play(s, { type: 'propose', side: US, package: { terms: { stc: 'treaty-now' } } });
    s = play(s, { type: 'counter', side: MX, package: second });
    expect(opponentOffers(rules.observe(s, US))).toEqual([OPENING, second]);
    expect(opponentOffers(rules.observe(s, MX))).toEqual([{ terms: { stc: 'treaty-now' } }]);
    expect(opponentOffers(rules.observe(start, US))).toEqual([]);
  });

  it('our own offers teach our model nothing', () => {
    // Mexico waits and the US proposes: the US model of Mexico is still the prior.
    const s = play(start, { type: 'wait', side: MX }, { type: 'propose', side: US, package: OPENING });
    expect(modelOf(s, US).model).toEqual(modelOf(start, US).model);
    expect(modelOf(s, MX).model.evidence).toBe(1);
  });

  it('the opening offer pulls the options it names to the top', () => {
    const before = modelOf(start, US).model;
    const { obs, model } = modelOf(opened, US);
    expect(model.evidence).toBe(1);
    for (const issue of scenario.issues) {
      const opening = OPENING.terms[issue.id];
      const values = model.values[issue.id] ?? {};
      if (opening === undefined) {
        // An issue the offer leaves out is read as before.
        expect(values).toEqual(before.values[issue.id]);
        continue;
      }
      expect(values[opening]).toBe(1);
      expect(values[opening]).toBeGreaterThanOrEqual(before.values[issue.id]?.[opening] ?? 2);
      // The others keep the prior's order among themselves.
      const p = prior(obs, issue.id);
      const others = issue.options.map((o) => o.id).filter((o) => o !== opening);
      for (const x of others)
        for (const y of others)
          if ((p[x] ?? 0) < (p[y] ?? 0)) expect(values[x]).toBeLessThanOrEqual(values[y] ?? 0);
    }
    // Troops: 6,000 is only the third-worst for the US, yet Mexico asked for it, so it tops the model.
    expect(before.values['guard-size']?.['troops-6000']).toBeLessThan(0.5);
  });

  it('issues the offer names weigh more than issues it leaves out', () => {
    const { model } = modelOf(opened, US);
    const named = NAMED.map((id) => model.weights[id] ?? 0);
    const others = scenario.issues.filter((i) => !NAMED.includes(i.id)).map((i) => model.weights[i.id] ?? 0);
    expect(Math.min(...named)).toBeGreaterThan(Math.max(...others));
    // Alike within each group: one offer says nothing more about one named issue than another.
    expect(Math.max(...named) - Math.min(...named)).toBeLessThan(1e-12);
    expect(Math.max(...others) - Math.min(...others)).toBeLessThan(1e-12);
    expect(sum(Object.values(model.weights))).toBeCloseTo(1, 12);
  });

  it('an issue they name and never move on becomes their heaviest', () => {
    let s = play(
      start,
      {
        type: 'propose',
        side: MX,
        package: { terms: { tariff: 'suspended', 'guard-size': 'troops-2000' } },
      },
      { type: 'reject', side: US },
    );
    s = play(s, { type: 'wait', side: US });
    s = play(s, {
      type: 'propose',
      side: MX,
      package: { terms: { tariff: 'suspended', 'guard-size': 'troops-6000' } },
    });
    const { model } = modelOf(s, US);
    expect(model.evidence).toBe(2);
    const tariff = model.weights.tariff ?? 0;
    expect(tariff).toBeGreaterThan(model.weights['guard-size'] ?? 1);
    for (const [issue, w] of Object.entries(model.weights))
      if (issue !== 'tariff') expect(tariff).toBeGreaterThan(w);
    // Only the opening offer is read as preference: the later 6,000 does not overtake 2,000.
    expect(model.values['guard-size']?.['troops-2000']).toBe(1);
    expect(model.values['guard-size']?.['troops-6000']).toBeLessThan(1);
  });
});

describe('intelligence', () => {
  const opened = play(rules.newGame({ seed: 3 }), { type: 'propose', side: MX, package: OPENING });

  it('other-priorities dominates the guesswork on weights and option values', () => {
    const guess = modelOf(opened, US).model;
    const s = play(opened, { type: 'consult', side: US, consultation: 'state-desk' });
    const { obs, model } = modelOf(s, US);
    const record = obs.intel.find((r) => r.kind === 'other-priorities');
    expect(record).toBeDefined();
    if (!record) return;
    const total = sum(scenario.issues.map((i) => record.values[i.id] ?? 0));
    for (const issue of scenario.issues) {
      const told = (record.values[issue.id] ?? 0) / total;
      expect(model.weights[issue.id]).toBeCloseTo(0.3 * (guess.weights[issue.id] ?? 0) + 0.7 * told, 12);
      expect(Math.abs((model.weights[issue.id] ?? 0) - told)).toBeLessThanOrEqual(0.3);
      for (const o of issue.options) {
        const heard = record.values[`${issue.id}=${o.id}`];
        expect(heard).toBeDefined();
        const v = model.values[issue.id]?.[o.id] ?? Number.NaN;
        expect(v).toBeCloseTo(0.2 * (guess.values[issue.id]?.[o.id] ?? 0) + 0.8 * (heard ?? 0), 12);
        expect(Math.abs(v - (heard ?? 0))).toBeLessThanOrEqual(0.2 + 1e-12);
      }
    }
    expect(sum(Object.values(model.weights))).toBeCloseTo(1, 12);
    // The opening offer named the troops, so the guess weighs them above the treaty; Mexico weighs
    // the treaty (0.2) far above troops (0.07), and the intelligence says so.
    expect(guess.weights['guard-size']).toBeGreaterThan(guess.weights.stc ?? 1);
    expect(model.weights.stc).toBeGreaterThan(model.weights['guard-size'] ?? 1);
    // Mexico's heaviest issue is the tariff (0.3).
    const heaviest = Object.entries(model.weights).sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(heaviest).toBe('tariff');
    // The reservation is not touched by priorities.
    expect(model.reservation).toBe(guess.reservation);
  });

  it('Mexico learns the US priorities the same way', () => {
    const s = play(rules.newGame({ seed: 4 }), {
      type: 'consult',
      side: MX,
      consultation: 'meet-congress',
    });
    const { model } = modelOf(s, MX);
    // The US weighs troops, MPP and the treaty (0.18 each) above the tariff (0.1) and asylum capacity (0.03).
    for (const heavy of ['guard-size', 'mpp', 'stc'])
      expect(model.weights[heavy]).toBeGreaterThan(model.weights['asylum-capacity'] ?? 1);
  });

  it('other-reservation sets the reservation, the latest reading winning', () => {
    let s = play(opened, { type: 'consult', side: US, consultation: 'commerce-channel' });
    const first = modelOf(s, US);
    const r1 = first.obs.intel.find((r) => r.kind === 'other-reservation')?.values.reservation;
    expect(r1).toBeDefined();
    expect(first.model.reservation).toBe(r1);
    expect(first.model.reservation).not.toBe(0.35);
    // Roughly Mexico's true reservation (the reading's noise has σ = 0.04).
    expect(Math.abs(first.model.reservation - reservationValue(scenario, s, MX))).toBeLessThan(0.2);
    // The weights and values are untouched by a reservation reading.
    const guess = modelOf(opened, US).model;
    expect(first.model.weights).toEqual(guess.weights);
    expect(first.model.values).toEqual(guess.values);

    // A second reading a round later replaces the first.
    s = play(
      s,
      { type: 'reject', side: US },
      { type: 'consult', side: US, consultation: 'commerce-channel' },
    );
    const second = modelOf(s, US);
    const readings = second.obs.intel.filter((r) => r.kind === 'other-reservation');
    expect(readings).toHaveLength(2);
    expect(second.model.reservation).toBe(readings[1]?.values.reservation);
  });

  it('intelligence the other side gathered does not reach our model', () => {
    const s = play(rules.newGame({ seed: 5 }), {
      type: 'consult',
      side: MX,
      consultation: 'business-contacts',
    });
    expect(modelOf(s, US).model.reservation).toBe(0.35);
  });
});

describe('estimatedUtility', () => {
  const issues = knowledge.us.issues;

  it('sums weight × value, reading left-out issues at their status quo', () => {
    const model: OpponentModel = {
      weights: Object.fromEntries(issues.map((i, k) => [i.id, k === 0 ? 0.5 : 0.5 / (issues.length - 1)])),
      values: Object.fromEntries(
        issues.map((i) => [
          i.id,
          Object.fromEntries(i.options.map((o, k) => [o.id, k / (i.options.length - 1)])),
        ]),
      ),
      reservation: 0.35,
      evidence: 0,
    };
    const terms = { 'guard-size': 'troops-15000-plus', tariff: 'suspended' };
    let expected = 0;
    for (const i of issues) {
      const pick = terms[i.id as keyof typeof terms] ?? i.statusQuo;
      expected += (model.weights[i.id] ?? 0) * (model.values[i.id]?.[pick] ?? 0);
    }
    expect(estimatedUtility(model, terms, knowledge.us)).toBeCloseTo(expected, 12);
    // guard-size's last option is worth 1 at weight 0.5: half of the total comes from it.
    expect(
      estimatedUtility(model, { 'guard-size': 'troops-15000-plus' }, knowledge.us),
    ).toBeGreaterThanOrEqual(0.5);
    expect(estimatedUtility(model, { 'guard-size': 'none' }, knowledge.us)).toBeLessThan(0.5);
  });

  it('with the true numbers it is the engine’s own utility for that side', () => {
    const truth: OpponentModel = {
      weights: Object.fromEntries(scenario.issues.map((i) => [i.id, bySide(i.weight, MX)])),
      values: Object.fromEntries(
        scenario.issues.map((i) => [
          i.id,
          Object.fromEntries(i.options.map((o) => [o.id, bySide(o.value, MX)])),
        ]),
      ),
      reservation: 0,
      evidence: 0,
    };
    const termsArb = fc.record(
      Object.fromEntries(scenario.issues.map((i) => [i.id, fc.constantFrom(...i.options.map((o) => o.id))])),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(termsArb, (terms) => {
        const t = terms as Record<string, string>;
        expect(estimatedUtility(truth, t, knowledge.us)).toBeCloseTo(termsUtility(scenario, MX, t), 12);
      }),
      { numRuns: 200 },
    );
  });

  it('a model learnt from an opening offer rates that offer above the status quo', () => {
    const s = play(rules.newGame({ seed: 6 }), { type: 'propose', side: MX, package: OPENING });
    const { model } = modelOf(s, US);
    expect(estimatedUtility(model, OPENING.terms, knowledge.us)).toBeGreaterThan(
      estimatedUtility(model, {}, knowledge.us),
    );
  });
});
