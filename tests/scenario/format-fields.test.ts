import { describe, expect, it } from 'vitest';
import { shortfallRisk } from '../../src/engine/offer';
import { parseScenario } from '../../src/scenario/load';
import { formatProblem, type ScenarioProblem } from '../../src/scenario/problem';
import { JUNE_2019, loadScenario } from '../support/scenarios';
import { US } from '../support/sides';
import { mutate, problemsOf } from './minimal';

/** Line and column of the `|` in `pattern`, whose text must occur once in `text`. */
function at(text: string, pattern: string): { line: number; col: number } {
  const needle = pattern.replace('|', '');
  const offset = text.indexOf(needle);
  expect(offset, `"${needle}" must occur in the text`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(needle, offset + 1), `"${needle}" must occur once`).toBe(-1);
  const before = text.slice(0, offset + pattern.indexOf('|')).split('\n');
  return { line: before.length, col: (before[before.length - 1] as string).length + 1 };
}

const report = (p: ScenarioProblem) => ({
  code: p.code,
  line: p.line,
  col: p.col,
  path: p.path,
  message: p.message,
});

function loads(text: string) {
  const result = parseScenario(text, 'm.yaml');
  if (!result.ok) throw new Error(result.error.problems.map(formatProblem).join('\n'));
  return result.value.scenario;
}

const TREATY_EFFECTS = 'effects: { flowEffect: 0.3, treaty: true }';
const MARKET_TRIGGER = 'trigger: { kind: date, date: "2019-06-06" }';

describe('signing effects on an option', () => {
  it('load, with their own basis', () => {
    const text = mutate([
      TREATY_EFFECTS,
      'effects: { flowEffect: 0.3, treaty: true, onSigning: { meters: { senate: -5 }, trust: -2, assumption: Test } }',
    ]);
    const option = loads(text).issues[1]?.options[1];
    expect(option?.effects?.onSigning).toEqual({ meters: { senate: -5 }, trust: -2, assumption: 'Test' });
  });

  it('name meters that exist', () => {
    const text = mutate([
      TREATY_EFFECTS,
      'effects: { treaty: true, onSigning: { meters: { senado: -5 }, assumption: Test } }',
    ]);
    expect(problemsOf(parseScenario(text, 'm.yaml')).map(report)).toEqual([
      {
        code: 'reference',
        ...at(text, '{ meters: { |senado'),
        path: 'issues[1].options[1].effects.onSigning.meters.senado',
        message: 'unknown meter "senado" (known: approval, senate)',
      },
    ]);
  });

  it('say where their numbers come from', () => {
    const text = mutate([TREATY_EFFECTS, 'effects: { treaty: true, onSigning: { meters: { senate: -5 } } }']);
    expect(problemsOf(parseScenario(text, 'm.yaml')).map(report)).toEqual([
      {
        code: 'schema',
        ...at(text, '|onSigning'),
        path: 'issues[1].options[1].effects.onSigning.source',
        message: expect.stringMatching(/needs a `source:`/),
      },
    ]);
  });
});

describe('events on an occasion', () => {
  it.each([
    ['{ kind: signed }', { kind: 'signed' }],
    [
      '{ kind: signed, when: { issue: third-country, options: [treaty] } }',
      { kind: 'signed', when: { issue: 'third-country', options: ['treaty'] } },
    ],
    ['{ kind: ratification-failed }', { kind: 'ratification-failed' }],
    [
      '{ kind: ratification-failed, winset: senate-ratifies }',
      { kind: 'ratification-failed', winset: 'senate-ratifies' },
    ],
    ['{ kind: walkout }', { kind: 'walkout' }],
    ['{ kind: walkout, by: us }', { kind: 'walkout', by: US }],
  ])('load: %s', (yaml, parsed) => {
    expect(loads(mutate([MARKET_TRIGGER, `trigger: ${yaml}`])).events[0]?.trigger).toEqual(parsed);
  });

  it.each([
    [
      '{ kind: signed, when: { issue: third, options: [treaty] } }',
      'issue: |third,',
      'events[0].trigger.when.issue',
      'unknown issue "third" (known: guard, third-country)',
    ],
    [
      '{ kind: signed, when: { issue: guard, options: [troops-9000] } }',
      '[|troops-9000',
      'events[0].trigger.when.options[0]',
      'unknown option "troops-9000" in issue "guard" (known: none, troops-6000)',
    ],
    [
      '{ kind: ratification-failed, winset: senate }',
      'winset: |senate',
      'events[0].trigger.winset',
      'unknown win-set "senate" (known: senate-ratifies)',
    ],
  ])('report a dangling id: %s', (yaml, where, path, message) => {
    const text = mutate([MARKET_TRIGGER, `trigger: ${yaml}`]);
    expect(problemsOf(parseScenario(text, 'm.yaml')).map(report)).toEqual([
      { code: 'reference', ...at(text, where), path, message },
    ]);
  });

  it('report a walk-out by a side that does not exist', () => {
    const text = mutate([MARKET_TRIGGER, 'trigger: { kind: walkout, by: usa }']);
    const problems = problemsOf(parseScenario(text, 'm.yaml'));
    expect(problems.map((p) => [p.code, p.path])).toEqual([['reference', 'events[0].trigger.by']]);
    expect(problems[0]?.message).toBe('unknown side "usa": the sides are "us" and "mx"');
  });
});

describe('shortfallShift on an option', () => {
  const TROOP_EFFECTS = 'effects: { flowEffect: 0.2, tariff: suspended, reviews: [45, 90] }';
  const shifted = (shift: number, basis = ', assumption: Test') =>
    mutate([
      TROOP_EFFECTS,
      `effects: { flowEffect: 0.2, tariff: suspended, reviews: [45, 90], shortfallShift: ${shift}${basis} }`,
    ]);

  it('loads with a basis, and moves the risk of a package that holds it', () => {
    const scenario = loads(shifted(-0.25));
    const conditional = { review: 45, minDropPct: 30, then: { 'third-country': 'treaty' } };
    expect(shortfallRisk(scenario, { terms: { guard: 'troops-6000' }, conditional })).toBeCloseTo(0.15, 9);
    expect(shortfallRisk(scenario, { terms: { guard: 'none' }, conditional })).toBeCloseTo(0.4, 9);
  });

  it('needs a basis, like every number', () => {
    const text = shifted(-0.1, '');
    expect(problemsOf(parseScenario(text, 'm.yaml')).map((p) => [p.code, p.path, p.line])).toEqual([
      ['schema', 'issues[0].options[1].effects.source', at(text, '|effects: { flowEffect: 0.2').line],
    ]);
  });

  it('may not push a threshold’s risk outside 0..1 for any package', () => {
    // 0.4 − 0.5 would be held at 0: a clause valued as certain never to come due.
    const text = shifted(-0.5);
    expect(problemsOf(parseScenario(text, 'm.yaml')).map(report)).toEqual([
      {
        code: 'consistency',
        ...at(text, 'shortfallRisk: { "30": |0.4'),
        path: 'review.shortfallRisk.30',
        message:
          "the options' shortfallShift values move this risk of 0.4 to between -0.1 and 0.4; every package's risk must stay within 0..1, so shrink the shifts or this risk",
      },
    ]);
    // The edge itself is allowed.
    expect(parseScenario(shifted(-0.4), 'm.yaml').ok).toBe(true);
    expect(parseScenario(shifted(0.6), 'm.yaml').ok).toBe(true);
    expect(parseScenario(shifted(0.61), 'm.yaml').ok).toBe(false);
  });
});

describe('the june-2019 enforcement terms', () => {
  const { scenario } = loadScenario(JUNE_2019);
  const thresholds = scenario.conditionalThresholds;

  /** Every package's terms, by the extremes: the options with the lowest and highest shifts. */
  function extreme(pick: (a: number, b: number) => boolean): Record<string, string> {
    const terms: Record<string, string> = {};
    for (const issue of scenario.issues) {
      let best = issue.options[0];
      for (const o of issue.options)
        if (best && pick(o.effects?.shortfallShift ?? 0, best.effects?.shortfallShift ?? 0)) best = o;
      if (best) terms[issue.id] = best.id;
    }
    return terms;
  }

  it('give the guard, its scope, MPP, trafficking and asylum decisions a shift, each with a basis', () => {
    const shifted = scenario.issues.filter((i) =>
      i.options.some((o) => o.effects?.shortfallShift !== undefined),
    );
    expect(shifted.map((i) => i.id).sort()).toEqual(
      ['asylum-speed', 'guard-scope', 'guard-size', 'mpp', 'trafficking'].sort(),
    );
    for (const issue of shifted)
      for (const o of issue.options)
        if (o.effects?.shortfallShift !== undefined)
          expect(o.effects.assumption ?? o.effects.source).toBeTruthy();
  });

  it('keep every threshold’s risk strictly inside 0..1 for every package, so none is clamped', () => {
    const most = extreme((a, b) => a < b);
    const least = extreme((a, b) => a > b);
    for (const t of thresholds) {
      const conditional = { review: 45, minDropPct: t, then: { stc: 'treaty-now' } };
      const base = scenario.review.shortfallRisk[String(t)] ?? Number.NaN;
      const low = shortfallRisk(scenario, { terms: { ...most, review: '45-and-90-days' }, conditional });
      const high = shortfallRisk(scenario, { terms: { ...least, review: '45-and-90-days' }, conditional });
      expect(low, `threshold ${t}`).toBeGreaterThan(0);
      expect(high, `threshold ${t}`).toBeLessThan(1);
      expect(low).toBeLessThan(base);
      expect(high).toBeGreaterThan(base);
    }
  });

  it('make the risk fall as the Guard grows', () => {
    const conditional = { review: 45, minDropPct: 30, then: { stc: 'treaty-now' } };
    const guard = scenario.issues.find((i) => i.id === 'guard-size');
    const risks = (guard?.options ?? []).map((o) =>
      shortfallRisk(scenario, { terms: { 'guard-size': o.id }, conditional }),
    );
    expect(risks.length).toBe(5);
    for (let i = 1; i < risks.length; i++) expect(risks[i]).toBeLessThan(risks[i - 1] as number);
  });
});
