import { describe, expect, it } from 'vitest';
import { reservationValue } from '../../src/engine/reservation';
import { score } from '../../src/engine/score';
import { sideIds } from '../../src/scenario/sides';
import { MX, US } from '../support/sides';
import { loadRules } from './fixture';
import { edited, randomGame } from './play';

describe('score and reservation', () => {
  const rules = loadRules();

  it('keeps both scores within 0..100 and reservations within 0..1 at every point of random games', () => {
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
        for (const side of sideIds(rules.scenario)) {
          const v = a.score[side] ?? Number.NaN;
          expect(v >= 0 && v <= 100).toBe(true);
        }
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
});
