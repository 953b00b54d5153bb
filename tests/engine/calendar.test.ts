import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  buildRounds,
  dayOfWeek,
  daysBetween,
  fromDayNumber,
  monthOf,
  toDayNumber,
} from '../../src/engine/calendar';
import { loadScenario } from './fixture';

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The host's proleptic Gregorian calendar, as an independent oracle (UTC, so no time zone). */
const oracleDays = (y: number, m: number, d: number) => {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / 86_400_000);
};

describe('day numbers', () => {
  it('puts the epoch at 0 and counts known dates', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2019-06-05')).toBe(18052);
    expect(fromDayNumber(18052)).toBe('2019-06-05');
  });

  it('matches the Gregorian calendar and round-trips for every day from 1899 to 2101', () => {
    const first = oracleDays(1899, 1, 1);
    const last = oracleDays(2101, 12, 31);
    expect(toDayNumber('1899-01-01')).toBe(first);
    let previous = '';
    for (let n = first; n <= last; n++) {
      const text = fromDayNumber(n);
      expect(text > previous).toBe(true);
      previous = text;
      if (toDayNumber(text) !== n) expect.fail(`${text} maps to ${toDayNumber(text)}, not ${n}`);
    }
    expect(fromDayNumber(last)).toBe('2101-12-31');
  });

  it('round-trips arbitrary real dates, with the oracle agreeing', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0400-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const text = iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
          const n = toDayNumber(text);
          expect(n).toBe(oracleDays(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
          expect(fromDayNumber(n)).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('follows the leap-year rules: 2000 and 2020 leap, 1900 and 2100 not', () => {
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-02-29', 1)).toBe('2020-03-01');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(daysBetween('2019-01-01', '2020-01-01')).toBe(365);
    expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
    expect(daysBetween('2000-01-01', '2400-01-01')).toBe(146097);
  });

  it('adds and subtracts days across month and year ends', () => {
    expect(addDays('2019-06-10', 30)).toBe('2019-07-10');
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2019-03-01', -1)).toBe('2019-02-28');
    expect(daysBetween('2019-06-05', '2019-06-10')).toBe(5);
    expect(daysBetween('2019-06-10', '2019-06-05')).toBe(-5);
  });
});

describe('dayOfWeek and monthOf', () => {
  it('knows June 5, 2019 was a Wednesday and the weekend after it', () => {
    expect(dayOfWeek('2019-06-05')).toBe(3);
    expect(dayOfWeek('2019-06-08')).toBe(6);
    expect(dayOfWeek('2019-06-09')).toBe(0);
    expect(dayOfWeek('2019-06-10')).toBe(1);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-28')).toBe(0);
  });

  it('agrees with the Gregorian calendar on arbitrary dates, before 1970 too', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const text = fromDayNumber(n);
        expect(dayOfWeek(text)).toBe(new Date(n * 86_400_000).getUTCDay());
        expect(monthOf(text)).toBe(new Date(n * 86_400_000).getUTCMonth() + 1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('buildRounds', () => {
  const { scenario } = loadScenario();
  const rounds = buildRounds(scenario);

  it('has two meetings a working day, one a weekend day, then one a tariff step until the end', () => {
    expect(rounds.map((r) => [r.date, r.slot, r.phase])).toEqual([
      ['2019-06-05', 'am', 'talks'],
      ['2019-06-05', 'pm', 'talks'],
      ['2019-06-06', 'am', 'talks'],
      ['2019-06-06', 'pm', 'talks'],
      ['2019-06-07', 'am', 'talks'],
      ['2019-06-07', 'pm', 'talks'],
      ['2019-06-08', 'day', 'talks'],
      ['2019-06-09', 'day', 'talks'],
      ['2019-06-10', 'month', 'tariff'],
      ['2019-07-01', 'month', 'tariff'],
      ['2019-08-01', 'month', 'tariff'],
      ['2019-09-01', 'month', 'tariff'],
      ['2019-10-01', 'month', 'tariff'],
    ]);
    expect(rounds.map((r) => r.index)).toEqual(rounds.map((_, i) => i));
  });

  it('gives each round its length: half days, whole weekend days, to the next step, to the end', () => {
    expect(rounds.map((r) => r.days)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 1, 21, 31, 31, 30, 31]);
    const total = rounds.reduce((a, r) => a + r.days, 0);
    expect(total).toBe(daysBetween(scenario.calendar.start, scenario.calendar.end) + 1);
  });

  it('leaves out tariff steps after the end and always starts the tariff phase on the deadline', () => {
    const early = structuredClone(scenario);
    early.calendar.end = '2019-07-15';
    const short = buildRounds(early);
    expect(short.filter((r) => r.phase === 'tariff').map((r) => [r.date, r.days])).toEqual([
      ['2019-06-10', 21],
      ['2019-07-01', 15],
    ]);
    const late = structuredClone(scenario);
    late.tariff.schedule = [{ date: '2019-06-20', rate: 5 }];
    expect(
      buildRounds(late)
        .filter((r) => r.phase === 'tariff')
        .map((r) => r.date),
    ).toEqual(['2019-06-10', '2019-06-20']);
  });

  it('skips weekends without weekend rounds and splits days into more meetings when asked', () => {
    const noWeekend = structuredClone(scenario);
    noWeekend.calendar.roundsPerWeekendDay = 0;
    const talks = buildRounds(noWeekend).filter((r) => r.phase === 'talks');
    expect(talks.map((r) => r.date)).not.toContain('2019-06-08');
    expect(talks.at(-1)).toMatchObject({ date: '2019-06-07', slot: 'pm', days: 2.5 });
    const three = structuredClone(scenario);
    three.calendar.roundsPerWorkingDay = 3;
    const first = buildRounds(three).filter((r) => r.date === '2019-06-05');
    expect(first.map((r) => r.slot)).toEqual(['am', 'pm', 'pm']);
    for (const r of first) expect(r.days).toBeCloseTo(1 / 3, 9);
  });
});
