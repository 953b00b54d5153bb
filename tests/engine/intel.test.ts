import { describe, expect, it } from 'vitest';
import type { GameState } from '../../src/engine';
import { evaluateLinear, worldVariables } from '../../src/engine/linear';
import { reservationValue } from '../../src/engine/reservation';
import type { SideId } from '../../src/scenario/sides';
import { bySide } from '../../src/scenario/sides';
import { MX, US } from '../support/sides';
import { loadRules } from './fixture';
import { must, passToRound } from './play';

const rules = loadRules();
const { scenario } = rules;

/** The US consults on round 0, after Mexico has waited. */
function usConsults(consultation: string, seed = 1): { before: GameState; after: GameState } {
  const before = must(rules, rules.newGame({ seed }), { type: 'wait', side: MX });
  return { before, after: must(rules, before, { type: 'consult', side: US, consultation }) };
}

function lastIntel(s: GameState, side: SideId) {
  const record = bySide(s.intel, side).at(-1);
  if (!record) throw new Error(`no intel for ${side}`);
  return record;
}

describe('consultations', () => {
  it("record what they reveal in the side's intel and in a log entry only that side may read", () => {
    for (const c of scenario.consultations) {
      const side = c.side;
      let s = rules.newGame({ seed: 2 });
      if (side === US) s = must(rules, s, { type: 'wait', side: MX });
      const after = must(rules, s, { type: 'consult', side, consultation: c.id });
      expect(bySide(after.intel, side)).toHaveLength(1);
      expect(after.intel[side === US ? MX : US]).toHaveLength(0);
      const record = lastIntel(after, side);
      expect(record).toMatchObject({ kind: c.reveals, consultation: c.id, round: 0, date: '2019-06-05' });
      const entry = after.log.at(-1);
      expect(entry).toMatchObject({ kind: 'intel', visibility: side, record });
      // The consultation itself is public; what it revealed is not.
      expect(after.log.at(-2)).toMatchObject({ kind: 'action', visibility: 'public' });
      expect(after.turn).toMatchObject({ side, slotUsed: true });
    }
  });

  it('apply their effects', () => {
    const { before, after } = usConsults('poll-mexico');
    expect(after.world.trust).toBe(before.world.trust - 2);
  });

  it("own-winset: gives the side its own principal's exact thresholds", () => {
    const { after } = usConsults('ask-trump');
    const record = lastIntel(after, US);
    const vars = worldVariables(scenario, after);
    const trump = scenario.winsets.find((w) => w.id === 'trump-enough');
    if (trump?.test.kind !== 'utility') throw new Error('fixture: trump-enough is a utility test');
    expect(record.values).toEqual({ 'trump-enough': expect.any(Number) });
    expect(record.values['trump-enough']).toBeCloseTo(evaluateLinear(trump.test.min, after.meters, vars), 6);
    expect(record.values['trump-enough']).toBeCloseTo(0.3 + 0.002 * (after.meters.approval ?? 0), 6);
    expect(record.margin).toBe(0);

    const mx = must(rules, rules.newGame({ seed: 1 }), {
      type: 'consult',
      side: MX,
      consultation: 'ask-senate',
    });
    expect(lastIntel(mx, MX).values).toEqual({ 'senate-ratifies': 66 });
    expect(lastIntel(mx, MX).margin).toBe(0);
  });

  it("own-winset: makes the thresholds exact in the side's observation for that round only", () => {
    const { before, after } = usConsults('ask-trump');
    const view = (s: GameState) => rules.observe(s, US).you.winsets.find((w) => w.id === 'trump-enough');
    expect(view(before)?.threshold).toBeNull();
    expect(view(after)?.threshold).toBe(lastIntel(after, US).values['trump-enough']);
    const later = passToRound(rules, after, 1);
    expect(view(later)?.threshold).toBeNull();
  });

  it("other-reservation: estimates the other side's reservation value with an honest margin", () => {
    let total = 0;
    const n = 200;
    for (let seed = 1; seed <= n; seed++) {
      const { after } = usConsults('cia-estimate', seed);
      const record = lastIntel(after, US);
      const truth = reservationValue(scenario, after, MX);
      expect(Object.keys(record.values)).toEqual(['reservation']);
      const estimate = record.values.reservation ?? Number.NaN;
      expect(estimate).toBeGreaterThanOrEqual(0);
      expect(estimate).toBeLessThanOrEqual(1);
      expect(Math.abs(estimate - truth)).toBeLessThan(3 * record.margin);
      expect(record.margin).toBeGreaterThan(0);
      total += estimate - truth;
    }
    // Unbiased: the mean error is near zero.
    expect(Math.abs(total / n)).toBeLessThan(0.01);
  });

  it('other-priorities: estimates every issue weight and option value of the other side', () => {
    let total = 0;
    let count = 0;
    let valueTotal = 0;
    let valueCount = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const record = lastIntel(usConsults('read-cables', seed).after, US);
      const keys = scenario.issues.flatMap((i) => [i.id, ...i.options.map((o) => `${i.id}=${o.id}`)]);
      expect(Object.keys(record.values).sort()).toEqual(keys.sort());
      for (const issue of scenario.issues) {
        const error = (record.values[issue.id] ?? Number.NaN) - bySide(issue.weight, MX);
        expect(Math.abs(error)).toBeLessThan(3 * record.margin);
        total += error;
        count++;
        for (const o of issue.options) {
          const heard = record.values[`${issue.id}=${o.id}`] ?? Number.NaN;
          expect(heard).toBeGreaterThanOrEqual(0);
          expect(heard).toBeLessThanOrEqual(1);
          // Clamped at 0 and 1, so only interior values are unbiased.
          if (bySide(o.value, MX) > 0.3 && bySide(o.value, MX) < 0.7) {
            valueTotal += heard - bySide(o.value, MX);
            valueCount++;
          }
        }
      }
    }
    expect(Math.abs(total / count)).toBeLessThan(0.01);
    if (valueCount > 0) expect(Math.abs(valueTotal / valueCount)).toBeLessThan(0.05);
  });

  it("other-meters: estimates the other side's private meters, and only those", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { after } = usConsults('poll-mexico', seed);
      const record = lastIntel(after, US);
      expect(Object.keys(record.values)).toEqual(['senate']);
      const estimate = record.values.senate ?? Number.NaN;
      expect(Number.isInteger(estimate)).toBe(true);
      expect(Math.abs(estimate - (after.meters.senate ?? 0))).toBeLessThan(3 * record.margin);
    }
  });

  it('reveal the same thing for the same seed and history, and something else for another seed', () => {
    const a = lastIntel(usConsults('cia-estimate', 5).after, US);
    const b = lastIntel(usConsults('cia-estimate', 5).after, US);
    const c = lastIntel(usConsults('cia-estimate', 6).after, US);
    expect(b).toEqual(a);
    expect(c.values.reservation).not.toBe(a.values.reservation);
  });

  it('accumulate: a later consultation adds a record and keeps the earlier ones', () => {
    let s = usConsults('cia-estimate').after;
    s = must(rules, s, { type: 'wait', side: US });
    s = must(rules, s, { type: 'consult', side: US, consultation: 'read-cables' });
    expect(bySide(s.intel, US).map((r) => r.kind)).toEqual(['other-reservation', 'other-priorities']);
    expect(bySide(s.intel, US).map((r) => r.round)).toEqual([0, 1]);
  });
});
