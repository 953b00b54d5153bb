// Variants in a few lines: `extends:` resolved against a base, merged by key and by id, checked like
// any scenario, hashed as resolved, and every problem pointed at the variant's line or said to
// come from the base.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/load';
import { formatProblem } from '../../src/scenario/problem';
import { scenarioSet } from '../../src/scenario/scenario-set';
import type { BaseResolver } from '../../src/scenario/variant';
import { JUNE_2019, loadScenario } from '../support/scenarios';

const base = loadScenario(JUNE_2019);
const bases: BaseResolver = (id) =>
  id === 'june-2019' ? { kind: 'found', scenario: base.scenario } : { kind: 'unknown', known: ['june-2019'] };

const HEAD = `extends: june-2019
id: a-variant
title: { en: A variant, es: Una variante }
variant:
  about: { en: What it changes., es: Lo que cambia. }
`;

function loaded(text: string) {
  const r = parseScenario(text, 'variant.yaml', bases);
  if (!r.ok) throw new Error(r.error.problems.map(formatProblem).join('\n'));
  return r.value;
}

function problems(text: string, resolve: BaseResolver = bases): string[] {
  const r = parseScenario(text, 'variant.yaml', resolve);
  if (r.ok) throw new Error('expected problems');
  return r.error.problems.map(formatProblem);
}

describe('a variant', () => {
  it('changes a meter, removes and adds an event, changes a persona, and keeps the rest', () => {
    const { scenario, hash } = loaded(`${HEAD}meters:
  - id: senate
    initial: 40
remove:
  events: [senate-lunch]
events:
  - id: new-event
    title: { en: News, es: Noticias }
    text: { en: Something happens., es: Algo pasa. }
    trigger: { kind: date, date: "2019-06-06" }
    effects: { meters: { senate: 5 } }
    assumption: A test event.
personas:
  - id: pragmatist
    side: mx
    bluffs: true
`);
    expect(scenario.id).toBe('a-variant');
    expect(scenario.variant).toEqual({
      base: 'june-2019',
      about: { en: 'What it changes.', es: 'Lo que cambia.' },
    });
    const senate = scenario.meters.find((m) => m.id === 'senate');
    expect(senate?.initial).toBe(40);
    expect(senate?.label).toEqual(base.scenario.meters.find((m) => m.id === 'senate')?.label);
    expect(scenario.meters.map((m) => m.id)).toEqual(base.scenario.meters.map((m) => m.id));
    const events = scenario.events.map((e) => e.id);
    expect(events).not.toContain('senate-lunch');
    expect(events[events.length - 1]).toBe('new-event');
    expect(events).toHaveLength(base.scenario.events.length);
    const personas = scenario.personas ?? [];
    expect(personas.find((p) => p.side === 'mx' && p.id === 'pragmatist')?.bluffs).toBe(true);
    expect(personas.find((p) => p.side === 'us' && p.id === 'pragmatist')?.bluffs).toBe(
      base.scenario.personas?.find((p) => p.side === 'us' && p.id === 'pragmatist')?.bluffs,
    );
    expect(scenario.issues).toEqual(base.scenario.issues);
    expect(hash).not.toBe(base.hash);
    // The hash is of the resolved scenario: the same content written differently hashes the same.
    expect(
      loaded(`${HEAD}meters: [{ id: senate, initial: 40 }]\nremove: { events: [senate-lunch] }\n`).hash,
    ).toBe(
      loaded(`${HEAD}remove:\n  events: [senate-lunch]\nmeters:\n  - initial: 40\n    id: senate\n`).hash,
    );
  });

  it('points a problem at the variant line that made it', () => {
    const text = `${HEAD}meters:\n  - id: senate\n    initial: 400\n`;
    const lines = problems(text);
    expect(lines.some((l) => /^variant\.yaml:8:\d+ meters\[\d+\]\.initial: /.test(l))).toBe(true);
  });

  it('says when a problem comes from the base', () => {
    // Removing the meter a win-set of the base needs breaks the base's win-set, not a line of ours.
    const lines = problems(`${HEAD}remove:\n  meters: [senate]\n`);
    expect(lines.some((l) => l.endsWith('(this comes from the base scenario "june-2019")'))).toBe(true);
    expect(lines.every((l) => l.startsWith('variant.yaml:'))).toBe(true);
  });

  it('refuses an unknown base, an id of its own missing, a remove of what is not there, and needs its note', () => {
    expect(problems(HEAD.replace('june-2019', 'atlantis'))).toEqual([
      'variant.yaml:1:10 extends: there is no scenario "atlantis" to extend (known: june-2019)',
    ]);
    expect(problems(HEAD.replace('id: a-variant', 'id: june-2019'))[0]).toMatch(
      /^variant\.yaml:2:5 id: a variant needs an id of its own, not its base's "june-2019"$/,
    );
    expect(problems(`${HEAD}remove:\n  events: [no-such-event]\n  personas: [hardliner]\n`)).toEqual([
      'variant.yaml:7:12 remove.events[0]: the base has no events entry "no-such-event" to remove',
      'variant.yaml:8:14 remove.personas[0]: the base has no personas entry "hardliner" to remove (personas are named "<side>:<id>", like "us:hardliner")',
    ]);
    expect(problems(HEAD.replace(/variant:\n.*\n/, '')).some((l) => / variant\.about: /.test(l))).toBe(true);
  });

  it('finds its base among files by id, and names a cycle', () => {
    const a = {
      file: 'a.yaml',
      text: HEAD.replace('june-2019', 'b-variant').replace('id: a-variant', 'id: a-variant'),
    };
    const b = {
      file: 'b.yaml',
      text: HEAD.replace('june-2019', 'a-variant').replace('id: a-variant', 'id: b-variant'),
    };
    const r = scenarioSet([a, b]).load('a.yaml');
    expect(r.ok).toBe(false);
    const lines = r.ok ? [] : r.error.problems.map(formatProblem);
    expect(lines).toEqual([
      'a.yaml:1:10 extends: the scenarios extend each other in a circle: a-variant → b-variant → a-variant',
    ]);
    const self = scenarioSet([{ file: 's.yaml', text: HEAD.replace('june-2019', 'a-variant') }]).load(
      's.yaml',
    );
    expect(!self.ok && formatProblem(self.error.problems[0] as never)).toBe(
      's.yaml:1:10 extends: the scenarios extend each other in a circle: a-variant → a-variant',
    );
    const set = scenarioSet([
      { file: 'v.yaml', text: HEAD },
      { file: 'june-2019.yaml', text: readFileSync(JUNE_2019, 'utf8') },
    ]);
    const v = set.load('v.yaml');
    expect(v.ok && v.value.scenario.variant?.base).toBe('june-2019');
  });
});
