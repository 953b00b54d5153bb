// The canvas's view model: what the ladder, calendar, flows, troops, meters and portraits show,
// computed from one side's observation only.
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/engine';
import type { Scenario } from '../../../src/scenario/schema';
import { portraitFile, worldView } from '../../../src/ui/view-models/world';
import { troopCount, troopScope } from '../../../src/ui/view-models/world-troops';
import { loadRules } from '../../support/scenarios';
import { MX, US } from '../../support/sides';

const rules = loadRules();
const scenario = rules.scenario;
const start = rules.newGame({ seed: 3 });
const mxStart = rules.observe(start, MX);
const usStart = rules.observe(start, US);

/** The observation with some fields replaced, as a later moment of a game would show them. */
function at(base: Observation, change: Partial<Record<keyof Observation, unknown>>): Observation {
  return { ...base, ...change } as Observation;
}

const steps = mxStart.tariff.steps;
const step = (date: string) => {
  const s = steps.find((x) => x.date === date);
  if (!s) throw new Error(`no step on ${date}`);
  return s;
};

/** A timeline in which the tariff reached `rate` on July 1. */
const paidUpTo = (rate: number) => [
  {
    round: 9,
    date: '2019-07-01',
    tariff: rate,
    encounters: 0,
    crossed: 0,
    peso: 0,
    growth: 0,
    trust: 0,
    meters: {},
  },
];

describe('the tariff ladder', () => {
  it('before the deadline: nothing paid, the first step next, with the days to it', () => {
    const { ladder } = worldView(scenario, mxStart, 'en');
    expect(ladder.rungs.map((r) => r.state)).toEqual(['next', 'later', 'later', 'later', 'later']);
    expect(ladder.rate).toBe(0);
    expect(ladder.next).toEqual({ date: '2019-06-10', rate: 5, days: 5 });
    expect(ladder.nextText).toBe('5% in 5 days');
    expect(ladder.rungs.map((r) => r.rate)).toEqual([5, 10, 15, 20, 25]);
  });

  it("is titled with the second side's country, whatever the scenario names it", () => {
    expect(worldView(scenario, mxStart, 'en').ladder.title).toBe('Tariff on goods from Mexico');
    expect(worldView(scenario, mxStart, 'es').ladder.title).toBe('Arancel a los bienes de México');
    const [us, mx] = scenario.sides;
    const other: Scenario = {
      ...scenario,
      sides: [us, { ...mx, name: { en: 'Guatemala', es: 'Guatemala' } }],
    };
    expect(worldView(other, mxStart, 'en').ladder.title).toBe('Tariff on goods from Guatemala');
  });

  it('in force: earlier steps paid, today lit, the next one marked, the rest later', () => {
    const o = at(mxStart, {
      date: '2019-07-05',
      timeline: paidUpTo(10),
      tariff: { rate: 10, status: 'in-force', next: step('2019-08-01'), steps },
    });
    const { ladder } = worldView(scenario, o, 'en');
    expect(ladder.rungs.map((r) => r.state)).toEqual(['paid', 'now', 'next', 'later', 'later']);
    expect(ladder.rateText).toBe('Today 10%');
    expect(ladder.next?.days).toBe(27);
  });

  it('suspended by a deal after two steps were paid: the steps not reached are cancelled', () => {
    const o = at(mxStart, {
      date: '2019-07-05',
      timeline: paidUpTo(10),
      tariff: { rate: 0, status: 'suspended', next: null, steps },
    });
    const { ladder } = worldView(scenario, o, 'en');
    expect(ladder.rungs.map((r) => r.state)).toEqual(['paid', 'paid', 'cancelled', 'cancelled', 'cancelled']);
    expect(ladder.next).toBeNull();
  });

  it('a step reached after a deal suspended the tariff was called off, not paid', () => {
    const o = at(mxStart, {
      date: '2019-10-31',
      tariff: { rate: 0, status: 'suspended', next: null, steps },
    });
    const { ladder } = worldView(scenario, o, 'en');
    expect(ladder.rungs.map((r) => r.state)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
  });

  it('writes dates and rates as each language does', () => {
    const { ladder, calendar } = worldView(scenario, mxStart, 'es');
    expect(ladder.rungs[0]?.dateText).toBe('10 jun');
    expect(calendar.countdownText).toBe('5 días para el 10 de junio');
    expect(ladder.rungs[0]?.rateText).toBe('5\u00a0%');
  });
});

describe('the calendar', () => {
  it('counts the meetings and days left before the deadline', () => {
    const { calendar } = worldView(scenario, mxStart, 'en');
    expect(calendar.round).toBe(1);
    expect(calendar.roundCount).toBe(mxStart.roundCount);
    // Jun 5–7 twice a day, Jun 8 and 9 (a weekend) once: eight meetings before June 10.
    expect(calendar.meetingsLeft).toBe(8);
    expect(calendar.daysToDeadline).toBe(5);
    expect(calendar.countdownText).toBe('5 days to June 10');
    expect(calendar.days.map((d) => [d.date, d.meetings, d.held, d.state])).toEqual([
      ['2019-06-05', 2, 0, 'today'],
      ['2019-06-06', 2, 0, 'ahead'],
      ['2019-06-07', 2, 0, 'ahead'],
      ['2019-06-08', 1, 0, 'ahead'],
      ['2019-06-09', 1, 0, 'ahead'],
      ['2019-06-10', 1, 0, 'ahead'],
    ]);
  });

  it('on the last talks day, one meeting is left', () => {
    const o = at(mxStart, { date: '2019-06-09', round: 7, daysToDeadline: 1 });
    const { calendar } = worldView(scenario, o, 'en');
    expect(calendar.meetingsLeft).toBe(1);
    expect(calendar.countdownText).toBe('1 day to June 10');
    expect(calendar.days.filter((d) => d.state === 'past')).toHaveLength(4);
    expect(calendar.days.map((d) => d.held)).toEqual([2, 2, 2, 1, 0, 0]);
  });

  it('after the deadline, it counts down to the next tariff step instead', () => {
    const o = at(mxStart, {
      date: '2019-07-01',
      round: 9,
      daysToDeadline: 0,
      tariff: { rate: 10, status: 'in-force', next: step('2019-08-01'), steps },
    });
    const { calendar } = worldView(scenario, o, 'es');
    expect(calendar.afterDeadline).toBe(true);
    expect(calendar.meetingsLeft).toBe(0);
    expect(calendar.countdownText).toBe('Plazo vencido: próximo escalón el 1 de agosto');
  });

  it('once the talks are over, the meetings never held are cancelled, and none is left', () => {
    const ongoing = worldView(scenario, mxStart, 'en').calendar;
    expect(ongoing.days.every((d) => d.cancelled === 0)).toBe(true);
    const o = at(mxStart, {
      date: '2019-06-07',
      round: 5,
      outcome: { kind: 'walkout', by: US, date: '2019-06-07', finalTariff: 0 },
    });
    const { calendar } = worldView(scenario, o, 'en');
    expect(calendar.days.map((d) => [d.held, d.cancelled])).toEqual([
      [2, 0],
      [2, 0],
      [1, 1],
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
    expect(calendar.leftText).toBe('');
  });
});

describe('the calendar strip', () => {
  it('names each day in full, its day of the month, and the months the talks span', () => {
    const { calendar } = worldView(scenario, mxStart, 'en');
    expect(calendar.days[0]).toMatchObject({ label: 'Jun 5', dayOfMonth: '5' });
    expect(calendar.monthText).toBe('June');
    const late: Scenario = {
      ...scenario,
      calendar: { ...scenario.calendar, start: '2019-05-29', deadline: '2019-06-03' },
      tariff: { ...scenario.tariff, schedule: [{ date: '2019-06-03', rate: 5 }] },
    };
    const o = at(mxStart, { date: '2019-05-29', deadline: '2019-06-03', round: 0 });
    expect(worldView(late, o, 'es').calendar.monthText).toBe('mayo–junio');
  });
});

describe('migrant flows', () => {
  it('follow the monthly encounters against the starting level', () => {
    const { flows } = worldView(scenario, mxStart, 'es');
    expect(flows.density).toBeCloseTo(mxStart.world.encounters / scenario.world.encounters.initial, 6);
    // Spanish groups thousands with a dot: 121.057.
    expect(flows.text).toMatch(/^\d{3}\.\d{3} encuentros fronterizos al mes$/);
  });

  it('measure the change from the month before the talks open', () => {
    expect(worldView(scenario, mxStart, 'en').flows.changeText).toMatch(/^[+−-]?[\d.,]+% since May$/);
    expect(worldView(scenario, mxStart, 'es').flows.changeText).toMatch(/ desde mayo$/);
    const february: Scenario = { ...scenario, calendar: { ...scenario.calendar, start: '2025-02-01' } };
    expect(worldView(february, mxStart, 'en').flows.changeText).toMatch(/ since January$/);
    const january: Scenario = { ...scenario, calendar: { ...scenario.calendar, start: '2020-01-10' } };
    expect(worldView(january, mxStart, 'es').flows.changeText).toMatch(/ desde diciembre$/);
  });

  it('are clamped, so the stream never vanishes nor floods', () => {
    const none = at(mxStart, { world: { ...mxStart.world, encounters: 0 } });
    const flood = at(mxStart, { world: { ...mxStart.world, encounters: 10_000_000 } });
    expect(worldView(scenario, none, 'en').flows.density).toBe(0.05);
    expect(worldView(scenario, flood, 'en').flows.density).toBe(1.5);
  });
});

describe('troop markers', () => {
  it('read troop counts and scopes from option ids and labels', () => {
    expect(troopCount('troops-6000')).toBe(6000);
    expect(troopCount('troops-15000-plus')).toBe(15000);
    expect(troopCount('guard-x', '2,500 troops')).toBe(2500);
    expect(troopCount('none', 'No deployment')).toBeNull();
    expect(troopScope('southern-border')).toBe('south');
    expect(troopScope('nationwide-priority-south')).toBe('throughout');
  });

  it('none without an offer or a deal', () => {
    expect(worldView(scenario, mxStart, 'en').troops).toMatchObject({ basis: null, markers: [] });
  });

  const offer = (terms: Record<string, string>) =>
    at(mxStart, {
      standing: { by: MX, package: { terms }, round: 0, yourUtility: 0.5, yourWinsetPasses: true },
    });

  it('at the southern border for a southern deployment, split between its places', () => {
    const { troops } = worldView(
      scenario,
      offer({ 'guard-size': 'troops-6000', 'guard-scope': 'southern-border' }),
      'en',
    );
    expect(troops.basis).toBe('offer');
    expect(troops.total).toBe(6000);
    expect(troops.markers.map((m) => [m.place, m.count])).toEqual([
      ['tapachula', 3000],
      ['tenosique', 3000],
    ]);
  });

  it('also at the northern crossings when the Guard deploys throughout', () => {
    const { troops } = worldView(
      scenario,
      offer({ 'guard-size': 'troops-10000', 'guard-scope': 'nationwide-priority-south' }),
      'en',
    );
    expect(troops.scope).toBe('throughout');
    expect(troops.markers.map((m) => m.place)).toEqual([
      'tapachula',
      'tenosique',
      'tijuana',
      'ciudad-juarez',
      'nuevo-laredo',
      'matamoros',
    ]);
    expect(troops.markers.reduce((s, m) => s + m.count, 0)).toBe(10_000);
  });

  it('the status quo scope applies when the offer leaves it out; no deployment, no markers', () => {
    expect(worldView(scenario, offer({ 'guard-size': 'troops-2000' }), 'en').troops.scope).toBe('south');
    expect(worldView(scenario, offer({ 'guard-size': 'none' }), 'en').troops.markers).toEqual([]);
  });

  it('none in a scenario whose issues carry no troops', () => {
    const plain = {
      ...scenario,
      issues: scenario.issues.filter((i) => !i.id.startsWith('guard')),
    } as Scenario;
    const o = offer({ 'guard-size': 'troops-6000' });
    expect(worldView(plain, o, 'en').troops.markers).toEqual([]);
  });
});

describe('meters', () => {
  it("show the person's own and public meters exactly and the other side's private ones only as bands", () => {
    const view = worldView(scenario, mxStart, 'en');
    expect(view.meters.map((m) => m.id)).toEqual(mxStart.meters.map((m) => m.id));
    for (const m of view.meters) {
      const spec = scenario.meters.find((s) => s.id === m.id);
      const hidden = spec?.side === US && spec.visibility === 'private';
      expect(m.value === null, m.id).toBe(hidden);
      expect(m.estimate !== null, m.id).toBe(hidden);
      if (hidden) {
        expect(m.share).toBeNull();
        expect(m.text).toMatch(/^\d+–\d+\?$/);
      } else expect(m.text).toBe(String(m.value));
      expect(m.label).toBe(spec?.label.en);
    }
  });

  it("never carry a value the person's observation hides", () => {
    const truth = start.meters;
    const view = worldView(scenario, mxStart, 'en');
    const hidden = view.meters.filter((m) => m.estimate);
    expect(hidden.length).toBeGreaterThan(0);
    for (const m of hidden) {
      const band = m.estimate ?? [0, 0];
      const value = truth[m.id] ?? Number.NaN;
      expect(value).toBeGreaterThanOrEqual(band[0]);
      expect(value).toBeLessThanOrEqual(band[1]);
      expect(Object.values(m)).not.toContain(value);
    }
  });
});

describe('portraits', () => {
  it("seat the person's side left and the counterpart right, negotiator first", () => {
    const view = worldView(scenario, usStart, 'es');
    expect(view.portraits.map((p) => [p.name, p.seat, p.role, p.file])).toEqual([
      ['Mike Pence', 'left', 'negotiator', 'pence'],
      ['Donald Trump', 'left', 'principal', 'trump'],
      ['Marcelo Ebrard', 'right', 'negotiator', 'ebrard'],
      ['Andrés Manuel López Obrador', 'right', 'principal', 'amlo'],
    ]);
    expect(view.portraits.filter((p) => p.you).map((p) => p.name)).toEqual(['Mike Pence']);
    expect(view.portraits[1]?.roleText).toBe('Presidente');
    expect(view.columns.map((c) => c.side)).toEqual([US, MX]);
  });

  it('mark the negotiator who moved last', () => {
    expect(worldView(scenario, mxStart, 'en').portraits.some((p) => p.speaking)).toBe(false);
    const opened = rules.apply(start, {
      side: MX,
      type: 'propose',
      package: { terms: { 'guard-size': 'troops-6000' } },
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const view = worldView(scenario, rules.observe(opened.value, US), 'en');
    expect(view.portraits.filter((p) => p.speaking).map((p) => p.name)).toEqual(['Marcelo Ebrard']);
  });

  it('fall back to generic faces for people without a portrait', () => {
    const [a, b] = scenario.sides;
    if (!a || !b) throw new Error('two sides');
    const renamed = {
      ...scenario,
      sides: [{ ...a, negotiator: { ...a.negotiator, name: 'Ana Ruiz' } }, b],
    } as Scenario;
    const files = worldView(renamed, usStart, 'en').portraits.map((p) => p.file);
    expect(files).toContain('generic-a');
  });

  it('give the people of the other scenarios their own faces, in either role', () => {
    const people: [string, string][] = [
      ['Howard Lutnick', 'lutnick'],
      ['Claudia Sheinbaum', 'sheinbaum'],
      ['Kevin McAleenan', 'mcaleenan'],
      ['Enrique Degenhart', 'degenhart'],
      ['Jimmy Morales', 'morales'],
    ];
    for (const [name, file] of people) {
      expect(portraitFile(name, 'negotiator')).toBe(file);
      expect(portraitFile(name, 'principal')).toBe(file);
    }
  });
});

describe('the view', () => {
  it('is plain data: it survives a JSON round trip unchanged', () => {
    const view = worldView(scenario, mxStart, 'en');
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});

describe('worldView while watching a replay', () => {
  it('marks nobody as "You"', () => {
    const obs = rules.observe(rules.newGame({ seed: 1 }), MX);
    expect(worldView(rules.scenario, obs, 'en').portraits.filter((p) => p.you)).toHaveLength(1);
    expect(worldView(rules.scenario, obs, 'en', true).portraits.filter((p) => p.you)).toHaveLength(0);
  });
});
