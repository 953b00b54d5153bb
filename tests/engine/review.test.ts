import { describe, expect, it } from 'vitest';
import type { Action, GameState, Package, Rules } from '../../src/engine';
import { addDays } from '../../src/engine/calendar';
import { reviewDays } from '../../src/engine/offer';
import { dealFlowEffect, tariffTerm } from '../../src/engine/review';
import type { GameDraft } from '../../src/engine/state';
import { scheduledRate } from '../../src/engine/tariff';
import { refusal } from '../support/apply';
import { MX, US } from '../support/sides';
import { loadRules, variantRules } from './fixture';
import { clause, edited, must, passToEnd, passToRound } from './play';

const rules = loadRules();
/** The US never reinstates at its discretion: only a failed clause brings the tariff back. */
const lenient = variantRules((s) => {
  s.review.reinstate = { base: 0 };
});
/** The US always reinstates when it finds results insufficient. */
const strict = variantRules((s) => {
  s.review.reinstate = { base: 1 };
});

const TERMS = { guard: 'troops-6000', tariff: 'suspended', review: 'at-45-and-90' };
/** A clause whose 60% threshold the border numbers cannot reach by day 45. */
const CLAUSE: Package = {
  terms: TERMS,
  conditional: clause(45, { 'third-country': 'treaty' }, 60),
};

type Deal = Extract<GameState['outcome'], { kind: 'deal' }>;

/** Mexico proposes `pkg` on round 0 (after `prepare` edits the state) and the US accepts it. */
function sign(r: Rules, pkg: Package, prepare?: (s: GameDraft) => void, seed = 1): GameState {
  let s = r.newGame({ seed });
  if (prepare) s = edited(s, prepare);
  s = must(r, s, { type: 'propose', side: MX, package: pkg });
  return must(r, s, { type: 'accept', side: US });
}

function dealOutcome(s: GameState): Deal {
  const o = s.outcome;
  if (o.kind !== 'deal') throw new Error(`expected a deal, got ${o.kind}`);
  return o;
}

/** Border numbers already well down: every review finds them sufficient. */
const goodResults = (s: GameDraft) => {
  s.world.encounters = 50_000;
  s.world.flowEffect = 3;
};

describe('the review period', () => {
  it('judges at each review day of the deal, and snapshots each review and month end to the end date', () => {
    const s = sign(rules, { terms: TERMS });
    const o = dealOutcome(s);
    expect(o.date).toBe('2019-06-05');
    expect(o.review.map((r) => [r.day, r.date])).toEqual([
      [45, addDays(o.date, 45)],
      [90, addDays(o.date, 90)],
    ]);
    const after = s.timeline.filter((t) => t.date >= o.date).map((t) => t.date);
    // Each row is dated the day at whose close it stands; the last is the scenario's end date.
    expect(after).toEqual([
      '2019-06-30',
      '2019-07-20',
      '2019-07-31',
      '2019-08-31',
      '2019-09-03',
      '2019-09-30',
      '2019-10-31',
    ]);
    expect(rules.scenario.calendar.end).toBe('2019-10-31');
    expect(s.date).toBe(rules.scenario.calendar.end);
    for (const r of o.review) {
      expect(r.target).toBe(30);
      expect(r.dropPct).toBeCloseTo((100 * (144116 - r.encounters)) / 144116, 1);
      expect(r.sufficient).toBe(r.dropPct >= 30);
    }
  });

  it("puts the deal's measures in force", () => {
    const s0 = rules.newGame({ seed: 1 });
    const s = sign(rules, { terms: { ...TERMS, 'third-country': 'treaty' } }, (c) => {
      c.meters.senate = 90;
    });
    expect(s.world.flowEffect).toBeCloseTo(s0.world.flowEffect + 0.2 + 0.3, 9);
    expect(dealFlowEffect(rules.scenario, { guard: 'troops-6000', 'third-country': 'treaty' })).toBeCloseTo(
      0.5,
      12,
    );
  });

  it('holds when the results are sufficient at every review', () => {
    const s = sign(strict, { terms: TERMS }, goodResults);
    const o = dealOutcome(s);
    expect(o.review.map((r) => [r.sufficient, r.clause, r.tariff])).toEqual([
      [true, 'none', 'kept-off'],
      [true, 'none', 'kept-off'],
    ]);
    expect(o.verdict).toBe('held');
    expect(o.finalTariff).toBe(0);
    expect(s.tariff.status).toBe('suspended');
  });

  it('holds when results fall short but the US does not reinstate', () => {
    const o = dealOutcome(sign(lenient, { terms: TERMS }));
    expect(o.review.every((r) => !r.sufficient && r.tariff === 'kept-off')).toBe(true);
    expect(o.verdict).toBe('held');
  });

  it('reinstates the tariff on its schedule when the US judges results insufficient', () => {
    const s = sign(strict, { terms: TERMS });
    const o = dealOutcome(s);
    expect(o.review[0]).toMatchObject({ day: 45, sufficient: false, clause: 'none', tariff: 'reinstated' });
    // Reinstated once; later reviews do not reinstate again.
    expect(o.review[1]?.tariff).toBe('kept-off');
    expect(o.verdict).toBe('tariffs-reinstated');
    expect(s.deal?.reinstated).toBe(true);
    expect(s.tariff.status).toBe('reinstated');
    const last = s.timeline.at(-1);
    expect(last?.date).toBe(rules.scenario.calendar.end);
    expect(o.finalTariff).toBe(scheduledRate(rules.scenario.tariff.schedule, last?.date ?? ''));
    // The world runs on to October 31, so the reinstated ladder reaches its top step (Oct 1, 25%).
    expect(o.finalTariff).toBe(25);
    for (const t of s.timeline.filter((x) => x.date >= (o.review[0]?.date ?? ''))) {
      expect(t.tariff).toBe(scheduledRate(rules.scenario.tariff.schedule, t.date));
    }
    expect(s.log.filter((e) => e.kind === 'review')).toHaveLength(2);
  });

  it("leaves the tariff to chance at the US's discretion, drawn from the seeded stream", () => {
    const verdicts = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const a = dealOutcome(sign(rules, { terms: TERMS }, undefined, seed));
      const b = dealOutcome(sign(rules, { terms: TERMS }, undefined, seed));
      expect(b).toEqual(a);
      verdicts.add(a.verdict);
    }
    expect(verdicts).toEqual(new Set(['held', 'tariffs-reinstated']));
  });
});

describe('a conditional clause', () => {
  it('triggers and is ratified when its threshold is missed and the Senate passes the treaty', () => {
    const s = sign(lenient, CLAUSE, (c) => {
      c.meters.senate = 95;
    });
    const o = dealOutcome(s);
    expect(o.conditional).toEqual(CLAUSE.conditional);
    expect(o.review[0]).toMatchObject({
      day: 45,
      target: 60,
      sufficient: false,
      clause: 'ratified',
      tariff: 'kept-off',
    });
    expect(o.review[1]).toMatchObject({ day: 90, target: 30, clause: 'none' });
    expect(s.deal?.clauseTriggered).toBe(true);
    expect(s.deal?.terms['third-country']).toBe('treaty');
    expect(o.terms['third-country']).toBe('treaty');
    expect(o.verdict).toBe('clause-triggered');
  });

  it("brings in the treaty's measures when it is ratified", () => {
    const base = sign(lenient, { terms: TERMS }, (c) => {
      c.meters.senate = 95;
    });
    const withClause = sign(lenient, CLAUSE, (c) => {
      c.meters.senate = 95;
    });
    expect(withClause.world.flowEffect).toBeCloseTo(base.world.flowEffect + 0.3, 9);
  });

  it('fails, and the tariffs come back, when the Senate will not pass the treaty', () => {
    const s = sign(lenient, CLAUSE);
    const o = dealOutcome(s);
    expect(o.review[0]).toMatchObject({ day: 45, sufficient: false, clause: 'failed', tariff: 'reinstated' });
    expect(s.deal?.clauseTriggered).toBe(false);
    expect(s.deal?.reinstated).toBe(true);
    expect(s.deal?.terms['third-country']).toBe('none');
    expect(o.verdict).toBe('tariffs-reinstated');
    expect(o.finalTariff).toBeGreaterThan(0);
  });

  it('does not trigger when its threshold is met', () => {
    const pkg: Package = {
      ...CLAUSE,
      conditional: clause(45, { 'third-country': 'treaty' }, 30),
    };
    const s = sign(strict, pkg, goodResults);
    const o = dealOutcome(s);
    expect(o.review[0]).toMatchObject({ day: 45, sufficient: true, clause: 'none', tariff: 'kept-off' });
    expect(s.deal?.terms['third-country']).toBe('none');
    expect(o.verdict).toBe('held');
  });

  it('is judged at the review it names: a clause for a review the deal does not hold is refused or still judged', () => {
    // The deal keeps the status-quo review (day 90 only); the clause names day 45.
    const pkg: Package = {
      terms: { guard: 'troops-6000', tariff: 'suspended' },
      conditional: clause(45, { 'third-country': 'treaty' }, 60),
    };
    const s0 = rules.newGame({ seed: 1 });
    const action: Action = { type: 'propose', side: MX, package: pkg };
    const error = refusal(rules.validate(s0, action));
    if (error) {
      expect(error.code).toBe('INVALID_CONDITIONAL');
      return;
    }
    const o = dealOutcome(sign(lenient, pkg));
    expect(o.review.map((r) => r.day)).toContain(45);
    expect(o.review.find((r) => r.day === 45)?.clause).not.toBe('none');
  });
});

describe('the tariff term of a deal', () => {
  it('reads suspended / delayed / imposed, and the review days, from the options', () => {
    const full = (t: Record<string, string>) => ({
      guard: 'none',
      'third-country': 'none',
      tariff: 'imposed',
      review: 'at-90',
      ...t,
    });
    expect(tariffTerm(rules.scenario, full({ tariff: 'suspended' }))).toBe('suspended');
    expect(tariffTerm(rules.scenario, full({ tariff: 'delayed' }))).toBe('delayed');
    expect(tariffTerm(rules.scenario, full({}))).toBe('imposed');
    expect(reviewDays(rules.scenario, full({}))).toEqual([90]);
    expect(reviewDays(rules.scenario, full({ review: 'at-45-and-90' }))).toEqual([45, 90]);
  });

  it('delayed: freezes the rate in force until a sufficient final review lifts it', () => {
    let s = passToRound(rules, rules.newGame({ seed: 1 }), 8);
    expect(s.tariff.rate).toBe(5);
    s = edited(s, goodResults);
    s = must(rules, s, { type: 'propose', side: MX, package: { terms: { ...TERMS, tariff: 'delayed' } } });
    s = must(rules, s, { type: 'accept', side: US });
    const o = dealOutcome(s);
    expect(o.verdict).toBe('held');
    const during = s.timeline.filter((t) => t.date > o.date);
    const finalReview = o.review.at(-1)?.date ?? '';
    expect(finalReview).toBe('2019-09-08');
    // Frozen at 5% up to the final review, lifted by it and off to the end date.
    expect(during.map((t) => [t.date, t.tariff])).toEqual([
      ['2019-06-30', 5],
      ['2019-07-25', 5],
      ['2019-07-31', 5],
      ['2019-08-31', 5],
      ['2019-09-08', 0],
      ['2019-09-30', 0],
      ['2019-10-31', 0],
    ]);
    expect(o.finalTariff).toBe(0);
    expect(s.tariff.status).toBe('suspended');
  });

  it('imposed: a deal that keeps the tariff leaves it on its schedule', () => {
    // Signed on June 5 with the tariff term at its status quo, "On schedule".
    const s = sign(lenient, { terms: { guard: 'troops-6000' } }, goodResults);
    const o = dealOutcome(s);
    expect(o.terms.tariff).toBe('imposed');
    const schedule = rules.scenario.tariff.schedule;
    for (const t of s.timeline.filter((x) => x.date > o.date)) {
      expect({ date: t.date, tariff: t.tariff }).toEqual({
        date: t.date,
        tariff: scheduledRate(schedule, t.date),
      });
    }
    // The tariff climbs on to the end date, past the 90-day review.
    expect(o.finalTariff).toBe(scheduledRate(schedule, rules.scenario.calendar.end));
    expect(o.finalTariff).toBe(25);
  });

  it('imposed after the deadline: the tariff keeps stepping up after the deal', () => {
    let s = passToRound(rules, rules.newGame({ seed: 1 }), 8);
    s = edited(s, goodResults);
    s = must(rules, s, { type: 'propose', side: MX, package: { terms: { guard: 'troops-6000' } } });
    s = must(rules, s, { type: 'accept', side: US });
    const o = dealOutcome(s);
    expect(o.date).toBe('2019-06-10');
    // The review ends on September 8 with the September 1 step (20%) in force; the world then runs
    // on to October 31, past the October 1 step (25%).
    const finalReview = o.review.at(-1)?.date ?? '';
    expect(finalReview).toBe('2019-09-08');
    expect(s.timeline.find((t) => t.date === finalReview)?.tariff).toBe(20);
    expect(o.finalTariff).toBe(25);
  });
});

describe('the timeline', () => {
  const walkedOut = () => {
    const s = passToRound(rules, rules.newGame({ seed: 1 }), 8);
    return must(rules, must(rules, s, { type: 'wait', side: MX }), { type: 'walkout', side: US });
  };
  const games: Record<string, () => GameState> = {
    'a deal on the first day': () => sign(rules, { terms: TERMS }),
    'a deal after the deadline': () => {
      const s = passToRound(rules, rules.newGame({ seed: 1 }), 8);
      return must(rules, must(rules, s, { type: 'propose', side: MX, package: { terms: TERMS } }), {
        type: 'accept',
        side: US,
      });
    },
    'a walk-out': walkedOut,
    'no deal': () => passToEnd(rules, rules.newGame({ seed: 1 })),
  };

  for (const [name, play] of Object.entries(games)) {
    it(`covers the same months, to the end date, after ${name}`, () => {
      const s = play();
      expect(s.phase).toBe('over');
      const dates = s.timeline.map((t) => t.date);
      expect(dates.at(-1)).toBe(rules.scenario.calendar.end);
      // In date order, never before the start, and every month's last day is a row.
      expect([...dates].sort()).toEqual(dates);
      expect(dates[0] && dates[0] >= rules.scenario.calendar.start).toBe(true);
      for (const monthEnd of ['2019-06-30', '2019-07-31', '2019-08-31', '2019-09-30']) {
        expect(dates).toContain(monthEnd);
      }
      // Every row counts the encounters since the row before.
      expect(s.timeline.every((t) => t.crossed > 0)).toBe(true);
    });
  }

  it("dates each row by the moment its figures stand at: a month's close shows that month's tariff", () => {
    const s = walkedOut();
    const byDate = new Map(s.timeline.map((t) => [t.date, t.tariff]));
    // The monthly round of June 10 closes at the end of June 30, before the July 1 step.
    expect(byDate.get('2019-06-30')).toBe(5);
    expect(byDate.get('2019-07-31')).toBe(10);
    expect(byDate.get('2019-10-31')).toBe(25);
  });
});
