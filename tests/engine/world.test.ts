import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../src/engine';
import type { GameDraft } from '../../src/engine/state';
import {
  advanceWorld,
  encounterTarget,
  expectedTariff,
  flowReduction,
  monthlyEncounters,
  round4,
  standingDate,
  startingEncounters,
} from '../../src/engine/world';
import type { Scenario } from '../../src/scenario/schema';
import { editable, edited } from '../support/editable';
import { present } from '../support/present';
import { loadScenario, variantRules } from './fixture';

const { scenario } = loadScenario();
/** The fixture without noise, so the border numbers follow the model exactly. */
const quiet = variantRules((s) => {
  s.world.encounters.noise = 0;
});

/** Advances a copy of `state` by `days` from its date. */
function advanced(s: Scenario, state: GameState, days: number, change?: (c: GameDraft) => void): GameState {
  const copy = editable(state);
  change?.(copy);
  advanceWorld(s, copy, copy.date, days);
  return copy;
}

describe('flowReduction', () => {
  const cap = scenario.world.encounters.maxReduction;

  it('is 0 with no measures', () => {
    expect(flowReduction(scenario, 0)).toBe(0);
  });

  it('rises with the measures in force, with diminishing returns, and never above the cap', () => {
    const xs = Array.from({ length: 201 }, (_, i) => i / 50);
    const ys = xs.map((x) => flowReduction(scenario, x));
    for (let i = 1; i < ys.length; i++) {
      expect(present(ys[i])).toBeGreaterThan(present(ys[i - 1]));
      expect(present(ys[i])).toBeLessThanOrEqual(cap);
    }
    for (let i = 1; i < ys.length - 1; i++) {
      // Concave: every second difference is negative.
      expect(present(ys[i + 1]) - 2 * present(ys[i]) + present(ys[i - 1])).toBeLessThan(0);
    }
    expect(flowReduction(scenario, 100)).toBeCloseTo(cap, 9);
  });

  it('starts with slope 1: small measures remove their face value', () => {
    expect(flowReduction(scenario, 0.001)).toBeCloseTo(0.001, 5);
  });

  it('is bounded by both the measures and the cap, for any cap', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (c, x) => {
          const s = structuredClone(scenario);
          s.world.encounters.maxReduction = c;
          const y = flowReduction(s, x);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(Math.min(c, x) + 1e-12);
        },
      ),
    );
  });
});

describe('border encounters', () => {
  const state = quiet.newGame({ seed: 1 });

  it('aim, with no measures, at the starting level scaled by the season', () => {
    // The starting level is May's (the month before the start): May's factor is 1.1, June's 1.05.
    const initial = scenario.world.encounters.initial;
    expect(encounterTarget(scenario, 0, '2019-05-15')).toBeCloseTo(initial, 6);
    expect(encounterTarget(scenario, 0, '2019-06-15')).toBeCloseTo((initial * 1.05) / 1.1, 6);
    expect(encounterTarget(scenario, 0.5, '2019-05-15')).toBeCloseTo(
      initial * (1 - flowReduction(scenario, 0.5)),
      6,
    );
  });

  it("start at the start month's seasonal level, with no measures in force", () => {
    // June's factor 1.05 against May's 1.1 (the month before the start).
    expect(state.world.encounters).toBe(startingEncounters(scenario));
    expect(startingEncounters(scenario)).toBe(Math.round((scenario.world.encounters.initial * 1.05) / 1.1));
  });

  it('close the gap to the target by 1 − exp(−days / lag) within a month', () => {
    const measures = (c: GameDraft) => {
      c.world.flowEffect = 0.5;
    };
    const target = encounterTarget(scenario, 0.5, state.date);
    expect(target).toBeLessThan(state.world.encounters);
    // From June 5, 21 days stay inside June.
    for (const days of [0.5, 1, 10, 21]) {
      const after = advanced(quiet.scenario, state, days, measures);
      const e0 = state.world.encounters;
      const expected = e0 + (target - e0) * (1 - Math.exp(-days / scenario.world.encounters.lagDays));
      expect(Math.abs(after.world.encounters - expected)).toBeLessThanOrEqual(1);
      expect(after.world.encounters).toBeLessThan(e0);
      expect(after.world.encounters).toBeGreaterThan(target);
    }
  });

  it('take the season at once while the measures keep their lag', () => {
    // 56 days from June 5 end on July 31: July's factor is 1.0, June's 1.05.
    const lag = scenario.world.encounters.lagDays;
    const r = flowReduction(scenario, 0.5) * (1 - Math.exp(-56 / lag));
    const after = advanced(quiet.scenario, state, 56, (c) => {
      c.world.flowEffect = 0.5;
    });
    expect(after.world.encounters).toBeCloseTo((scenario.world.encounters.initial * 1.0 * (1 - r)) / 1.1, -1);
    // With no measures the level is the season's own, month after month.
    const none = advanced(quiet.scenario, state, 56);
    expect(none.world.encounters).toBe(Math.round(encounterTarget(scenario, 0, '2019-07-31')));
  });

  it('count the encounters crossed: the rate integrated over the days, whatever the steps', () => {
    const measures = (c: GameDraft) => {
      c.world.flowEffect = 0.8;
    };
    // One 56-day step against 112 half-day steps, across the end of June.
    const one = editable(state);
    measures(one);
    const once = advanceWorld(quiet.scenario, one, one.date, 56);
    const many = editable(state);
    measures(many);
    let sum = 0;
    for (let i = 0; i < 112; i++) sum += advanceWorld(quiet.scenario, many, many.date, 0.5);
    expect(Math.abs(sum - once) / once).toBeLessThan(1e-4);
    // A month at a constant rate crosses that rate: no measures, all of July (from the close of June 30).
    const july = editable(state);
    july.world.elapsedDays = 26;
    july.world.encounters = Math.round(encounterTarget(scenario, 0, '2019-06-30'));
    const crossed = advanceWorld(quiet.scenario, july, '2019-07-01', 31);
    expect(crossed).toBeCloseTo(encounterTarget(scenario, 0, '2019-07-15'), 0);
  });

  it('fall further the longer the measures have been in force, and further with more measures', () => {
    const level = (effect: number, days: number) =>
      advanced(quiet.scenario, state, days, (c) => {
        c.world.flowEffect = effect;
      }).world.encounters;
    expect(level(0.5, 0.5)).toBeGreaterThan(level(0.5, 30));
    expect(level(0.5, 30)).toBeGreaterThan(level(0.5, 90));
    expect(level(0.2, 30)).toBeGreaterThan(level(0.5, 30));
    expect(level(0, 30)).toBeGreaterThan(level(0.2, 30));
  });

  it('barely move in a half-day round and move a lot in a month', () => {
    const measures = (c: GameDraft) => {
      c.world.flowEffect = 0.5;
    };
    const e0 = state.world.encounters;
    const half = e0 - advanced(quiet.scenario, state, 0.5, measures).world.encounters;
    const month = e0 - advanced(quiet.scenario, state, 30, measures).world.encounters;
    expect(half).toBeGreaterThan(0);
    expect(half / e0).toBeLessThan(0.01);
    expect(month / e0).toBeGreaterThan(0.15);
  });

  it('carry seeded noise: the same seed gives the same numbers, different seeds differ', () => {
    const rules = variantRules(() => {});
    const a = rules.newGame({ seed: 1 });
    const b = rules.newGame({ seed: 2 });
    const ea = advanced(rules.scenario, a, 30).world.encounters;
    expect(advanced(rules.scenario, a, 30).world.encounters).toBe(ea);
    expect(advanced(rules.scenario, b, 30).world.encounters).not.toBe(ea);
    expect(Number.isInteger(ea)).toBe(true);
  });

  it('do not move when no time passes', () => {
    const after = advanced(scenario, state, 0, (c) => {
      c.world.flowEffect = 0.5;
    });
    expect(after.world).toEqual({ ...state.world, flowEffect: 0.5 });
    expect(after.rng).toEqual(state.rng);
  });
});

describe('the tariff bill', () => {
  const state = quiet.newGame({ seed: 1 });

  it('grows with the rate times the days', () => {
    const at = (rate: number, days: number) =>
      advanced(scenario, state, days, (c) => {
        c.tariff.rate = rate;
      }).world.tariffPaidBn;
    expect(at(0, 30)).toBe(0);
    expect(at(5, 30)).toBe(round4((346.5 * 5 * 30) / 100 / 365));
    expect(at(10, 30)).toBeCloseTo(2 * at(5, 30), 3);
    expect(at(5, 60)).toBeCloseTo(2 * at(5, 30), 3);
    expect(at(25, 365)).toBeCloseTo(346.5 * 0.25, 3);
  });

  it('accumulates over successive periods', () => {
    let s = edited(state, (c) => {
      c.tariff.rate = 5;
    });
    for (let i = 0; i < 3; i++) s = advanced(scenario, s, 10);
    expect(s.world.tariffPaidBn).toBeCloseTo((346.5 * 5 * 30) / 100 / 365, 3);
    expect(s.world.elapsedDays).toBe(30);
  });
});

describe('the peso and growth', () => {
  const state = quiet.newGame({ seed: 1 });

  it('expects the tariff halfway to the next step while threatened, none when suspended', () => {
    expect(expectedTariff(state.tariff, state.date)).toBe(2.5);
    expect(expectedTariff({ ...state.tariff, rate: 5, status: 'in-force' }, '2019-06-10')).toBe(7.5);
    expect(expectedTariff({ ...state.tariff, rate: 25, status: 'in-force' }, '2019-10-01')).toBe(25);
    expect(expectedTariff({ ...state.tariff, status: 'suspended' }, state.date)).toBe(0);
    expect(expectedTariff({ ...state.tariff, rate: 10, status: 'frozen' }, '2019-07-01')).toBe(10);
  });

  it('weakens (more pesos per dollar) while a tariff is expected, and recovers when it is lifted', () => {
    const peso = (change: (c: GameDraft) => void) => advanced(scenario, state, 10, change).world.peso;
    const suspended = peso((c) => {
      c.tariff.status = 'suspended';
    });
    const threatened = peso(() => {});
    const inForce = peso((c) => {
      c.date = '2019-06-10';
      c.tariff.rate = 5;
      c.tariff.status = 'in-force';
    });
    expect(suspended).toBeLessThan(threatened);
    expect(threatened).toBeLessThan(inForce);
    // The starting level already prices in the threat of the first step.
    expect(threatened).toBeCloseTo(scenario.world.peso.initial, 3);
  });

  it('slows growth as the expected tariff rises', () => {
    const growth = (rate: number) =>
      advanced(scenario, state, 90, (c) => {
        c.date = '2019-07-01';
        c.tariff.rate = rate;
        c.tariff.status = 'in-force';
      }).world.growth;
    expect(growth(10)).toBeLessThan(scenario.world.growth.initial);
    expect(growth(20)).toBeLessThan(growth(10));
  });
});

describe('the date a figure stands at', () => {
  it('is the day in which the moment falls, a midnight closing the day before', () => {
    // The fixture starts on June 5.
    expect(standingDate(scenario, 0.5)).toBe('2019-06-05');
    expect(standingDate(scenario, 1)).toBe('2019-06-05');
    expect(standingDate(scenario, 1.5)).toBe('2019-06-06');
    expect(standingDate(scenario, 26)).toBe('2019-06-30');
    expect(standingDate(scenario, 149)).toBe('2019-10-31');
  });
});

describe('monthly encounters', () => {
  /** A timeline row with only its date and the encounters since the row before. */
  const row = (date: string, crossed: number) => ({
    round: 0,
    date,
    tariff: 0,
    encounters: 0,
    crossed,
    peso: 0,
    growth: 0,
    trust: 0,
    meters: {},
  });

  it('add up the rows of each month, and the days before play at the starting rate', () => {
    const months = monthlyEncounters(scenario, [
      row('2019-06-05', 1000),
      row('2019-06-30', 50_000),
      row('2019-07-22', 30_000),
      row('2019-07-31', 10_000),
      row('2019-08-20', 25_000),
    ]);
    const before = (startingEncounters(scenario) * 4) / 30;
    expect(months).toEqual([
      { month: '2019-06', encounters: Math.round(before + 51_000), complete: true },
      { month: '2019-07', encounters: 40_000, complete: true },
      { month: '2019-08', encounters: 25_000, complete: false },
    ]);
  });

  it("share a row whose period crosses a month's end between the months by its days", () => {
    // A monthly meeting on the 4th, as in Mexico 2025: June 10 to July 3 is 21 days of June and 3 of July.
    const months = monthlyEncounters(scenario, [
      row('2019-06-09', 1000),
      row('2019-07-03', 24_000),
      row('2019-08-03', 31_000),
    ]);
    const before = (startingEncounters(scenario) * 4) / 30;
    expect(months).toEqual([
      { month: '2019-06', encounters: Math.round(before + 1000 + 21_000), complete: true },
      { month: '2019-07', encounters: 3000 + 28_000, complete: true },
      { month: '2019-08', encounters: 3000, complete: false },
    ]);
  });

  it('over a whole game with no measures equal the seasonal level of each month', () => {
    let s = editable(quiet.newGame({ seed: 3 }));
    const rounds = quiet.rounds;
    let elapsed = 0;
    for (const r of rounds) {
      const crossed = advanceWorld(quiet.scenario, s, r.date, r.days);
      elapsed += r.days;
      s = {
        ...s,
        timeline: [...s.timeline, { ...snapAt(s), crossed, date: standingDate(scenario, elapsed) }],
      };
    }
    for (const m of monthlyEncounters(scenario, s.timeline)) {
      expect(m.complete).toBe(true);
      expect(m.encounters).toBeCloseTo(encounterTarget(scenario, 0, `${m.month}-15`), -1);
    }
  });
});

function snapAt(s: GameState) {
  return {
    round: s.round,
    date: s.date,
    tariff: s.tariff.rate,
    encounters: s.world.encounters,
    crossed: 0,
    peso: s.world.peso,
    growth: s.world.growth,
    trust: s.world.trust,
    meters: {},
  };
}
