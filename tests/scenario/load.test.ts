import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { scenarioHash } from '../../src/scenario/canonical';
import { type LoadResult, MAX_SCENARIO_BYTES, parseScenario } from '../../src/scenario/load';
import { formatProblem } from '../../src/scenario/problem';
import { FIXTURES, fixture, MINIMAL, mutate, problemsOf, where } from './minimal';

function expectWellFormed(result: LoadResult, file: string, text: string): void {
  if (result.ok) return;
  expect(result.error.problems.length).toBeGreaterThan(0);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const p of result.error.problems) {
    expect(p.file).toBe(file);
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines + 1).toBe(true);
    expect(Number.isInteger(p.col) && p.col >= 1).toBe(true);
    expect(p.message.length).toBeGreaterThan(0);
    expect(typeof p.path).toBe('string');
  }
}

describe('the minimal fixture', () => {
  it('loads, and its hash is the canonical hash of the parsed scenario', () => {
    const result = parseScenario(MINIMAL, 'minimal.yaml');
    if (!result.ok) throw new Error(result.error.problems.map(formatProblem).join('\n'));
    expect(result.value.scenario.id).toBe('minimal');
    expect(result.value.scenario.issues.map((i) => i.id)).toEqual(['guard', 'third-country']);
    expect(result.value.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.value.hash).toBe(scenarioHash(result.value.scenario));
  });

  it('is rejected with one error code, whatever its problems', () => {
    const result = parseScenario('', 'x.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-scenario');
  });

  it('loads as JSON too, with the same hash', () => {
    const yaml = parseScenario(MINIMAL, 'minimal.yaml');
    const json = parseScenario(JSON.stringify(parseYaml(MINIMAL), null, 2), 'minimal.json');
    expect(yaml.ok && json.ok).toBe(true);
    if (yaml.ok && json.ok) expect(json.value.hash).toBe(yaml.value.hash);
  });

  it('keeps its hash when comments, key order and layout change', () => {
    const base = parseScenario(MINIMAL, 'a.yaml');
    const reversed = reverseKeys(parseYaml(MINIMAL));
    const rewritten = `# a different comment\n${stringifyYaml(reversed, { indent: 4 })}\n# trailing\n`;
    const other = parseScenario(rewritten, 'b.yaml');
    expect(base.ok && other.ok).toBe(true);
    if (base.ok && other.ok) expect(other.value.hash).toBe(base.value.hash);
  });

  it('changes its hash when a value changes', () => {
    const base = parseScenario(MINIMAL, 'a.yaml');
    const changed = parseScenario(mutate(['initial: 144116', 'initial: 144117']), 'b.yaml');
    expect(base.ok && changed.ok).toBe(true);
    if (base.ok && changed.ok) expect(changed.value.hash).not.toBe(base.value.hash);
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

describe('the corpus of broken fixtures', () => {
  // Each fixture's comment says what is broken; the expectations here pin the exact report.
  const corpus: Record<string, { where: ReturnType<typeof where>[]; messages: RegExp[] }> = {
    'yaml-syntax.yaml': {
      where: [{ code: 'yaml-syntax', line: 38, col: 23, path: '' }],
      messages: [/Unexpected , in flow sequence/],
    },
    'yaml-syntax-twice.yaml': {
      where: [
        { code: 'yaml-syntax', line: 28, col: 47, path: '' },
        { code: 'yaml-syntax', line: 38, col: 23, path: '' },
      ],
      messages: [/quote/, /Unexpected ,/],
    },
    'wrong-type.yaml': {
      where: [{ code: 'schema', line: 40, col: 14, path: 'world.encounters.lagDays' }],
      messages: [/^expected number, got string "30"$/],
    },
    'unknown-key.yaml': {
      where: [{ code: 'schema', line: 65, col: 5, path: 'meters[0].colour' }],
      messages: [/^unknown key "colour"$/],
    },
    'missing-source.yaml': {
      // The block's own key line: the `source:` that is missing has no position of its own.
      where: [{ code: 'schema', line: 43, col: 3, path: 'world.peso.source' }],
      messages: [/needs a `source:`/],
    },
    'out-of-range.yaml': {
      where: [{ code: 'schema', line: 39, col: 19, path: 'world.encounters.maxReduction' }],
      messages: [/^must be at most 1, got 1.6$/],
    },
    'duplicate-id.yaml': {
      where: [{ code: 'duplicate-id', line: 93, col: 13, path: 'issues[0].options[2].id' }],
      messages: [/^option id "troops-6000" is already used on line 89$/],
    },
    'unknown-meter.yaml': {
      where: [{ code: 'reference', line: 140, col: 26, path: 'events[0].effects.meters.senat' }],
      messages: [/^unknown meter "senat" \(known: approval, senate\)$/],
    },
    'unknown-status-quo.yaml': {
      where: [{ code: 'reference', line: 83, col: 16, path: 'issues[0].statusQuo' }],
      messages: [/^unknown option "nothing" in issue "guard" \(known: none, troops-6000\)$/],
    },
    'empty.yaml': {
      where: [{ code: 'empty', line: 1, col: 1, path: '' }],
      messages: [/no content/],
    },
    'several-errors.yaml': {
      where: [
        { code: 'schema', line: 27, col: 11, path: 'calendar.opener' },
        { code: 'schema', line: 41, col: 19, path: 'world.encounters.maxReduction' },
        { code: 'schema', line: 42, col: 14, path: 'world.encounters.lagDays' },
        { code: 'schema', line: 45, col: 3, path: 'world.peso.source' },
        { code: 'schema', line: 66, col: 5, path: 'meters[0].colour' },
      ],
      messages: [/^expected string, got 7$/, /at most 1/, /expected number/, /source/, /colour/],
    },
    'several-references.yaml': {
      where: [
        { code: 'consistency', line: 83, col: 1, path: 'issues' },
        { code: 'reference', line: 87, col: 16, path: 'issues[0].statusQuo' },
        { code: 'duplicate-id', line: 106, col: 13, path: 'issues[1].options[1].id' },
        { code: 'reference', line: 147, col: 26, path: 'events[0].effects.meters.senat' },
        { code: 'reference', line: 176, col: 41, path: 'historical.script[1].action.move' },
      ],
      messages: [
        /^the us issue weights sum to 0.9; they must sum to 1$/,
        /"nothing"/,
        /already used on line 103$/,
        /"senat"/,
        /^move "deploy-early" belongs to mx, but this step is us's$/,
      ],
    },
  };

  for (const [name, expected] of Object.entries(corpus)) {
    it(`${name}: reports exactly the planted defects`, () => {
      const text = fixture(name);
      const result = parseScenario(text, `fixtures/${name}`);
      const problems = problemsOf(result);
      expect(problems.map(where)).toEqual(expected.where);
      problems.forEach((p, i) => {
        expect(p.message).toMatch(expected.messages[i] ?? 'a message for every problem');
      });
      expectWellFormed(result, `fixtures/${name}`, text);
    });
  }

  it('every fixture but minimal.yaml is in the corpus, and says at the top what is broken', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(FIXTURES).filter((f) => f !== 'minimal.yaml');
    expect(files.sort()).toEqual(Object.keys(corpus).sort());
    for (const f of files) expect(fixture(f).startsWith('# BROKEN: ')).toBe(true);
  });
});

describe('formatProblem', () => {
  it('prints file:line:col path: message', () => {
    const problems = problemsOf(parseScenario(fixture('wrong-type.yaml'), 'june.yaml'));
    expect(problems.map(formatProblem)[0]).toBe(
      'june.yaml:40:14 world.encounters.lagDays: expected number, got string "30"',
    );
  });

  it('names the whole document (root)', () => {
    const problems = problemsOf(parseScenario('', 'x.yaml'));
    expect(problems.map(formatProblem)[0]).toBe(
      'x.yaml:1:1 (root): the file has no content (only blank lines or comments)',
    );
  });
});

describe('empty and oversized input', () => {
  it.each([
    ['nothing', ''],
    ['whitespace', '  \n\t\n\r\n'],
    ['comments', '# one\n  # two\n'],
    ['a bare document marker', '---\n'],
  ])('%s is empty', (_label, text) => {
    expect(problemsOf(parseScenario(text, 'e.yaml')).map(where)).toEqual([
      { code: 'empty', line: 1, col: 1, path: '' },
    ]);
  });

  it('an explicit null is content, and the wrong type', () => {
    const problems = problemsOf(parseScenario('~\n', 'n.yaml'));
    expect(problems.map(where)).toEqual([{ code: 'schema', line: 1, col: 1, path: '' }]);
    expect(problems[0]?.message).toBe('expected object, got null');
  });

  it('rejects a 5 MB file by its size, before parsing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scenario-too-large-'));
    try {
      const path = join(dir, 'huge.yaml');
      const filler = `# ${'x'.repeat(98)}\n`;
      writeFileSync(path, MINIMAL + filler.repeat(Math.ceil(5_000_000 / filler.length)));
      const text = readFileSync(path, 'utf8');
      expect(text.length).toBeGreaterThan(5_000_000);
      const problems = problemsOf(parseScenario(text, path));
      expect(problems.map(where)).toEqual([{ code: 'too-large', line: 1, col: 1, path: '' }]);
      expect(problems[0]?.message).toMatch(/limit is 1000000/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('measures UTF-8 bytes: the limit itself is accepted, one byte more is not', () => {
    const pad = (bytes: number) => `${MINIMAL}#${'x'.repeat(bytes - Buffer.byteLength(MINIMAL) - 1)}`;
    const atLimit = pad(MAX_SCENARIO_BYTES);
    expect(Buffer.byteLength(atLimit)).toBe(MAX_SCENARIO_BYTES);
    expect(parseScenario(atLimit, 'a.yaml').ok).toBe(true);
    expect(problemsOf(parseScenario(pad(MAX_SCENARIO_BYTES + 1), 'b.yaml'))[0]?.code).toBe('too-large');
  });

  it('counts multi-byte characters as their UTF-8 size', () => {
    // Fewer than MAX_SCENARIO_BYTES code units, but more bytes on disk.
    const text = `${MINIMAL}# ${'ñ'.repeat(MAX_SCENARIO_BYTES / 2)}\n`;
    expect(text.length).toBeLessThan(MAX_SCENARIO_BYTES);
    const problems = problemsOf(parseScenario(text, 'n.yaml'));
    expect(problems.map((p) => p.code)).toEqual(['too-large']);
    expect(problems[0]?.message).toBe(`the file has ${Buffer.byteLength(text)} bytes; the limit is 1000000`);
  });
});

describe('YAML syntax', () => {
  it('reports every syntax error with its position, and nothing else', () => {
    const text = 'a: [1,, 2]\nb: {c: 1,, d: 2}\nc: 3\n';
    const problems = problemsOf(parseScenario(text, 's.yaml'));
    expect(problems.map((p) => formatProblem(p))).toEqual([
      's.yaml:1:7 (root): Unexpected , in flow sequence',
      's.yaml:2:10 (root): Unexpected , in flow map',
    ]);
  });

  it('reports a duplicate key', () => {
    const problems = problemsOf(
      parseScenario(mutate(['id: minimal\n', 'id: minimal\nid: other\n']), 'd.yaml'),
    );
    expect(problems.map(where)).toEqual([{ code: 'yaml-syntax', line: 3, col: 1, path: '' }]);
    expect(problems[0]?.message).toBe('the key "id" appears twice in this map (first on line 2)');
  });

  it('reports repeated keys in every map, and keeps 1 and "1" apart as YAML does', () => {
    const text = 'a: { x: 1, y: 2, x: 3 }\nb:\n  1: one\n  "1": also one\n  1: again\n';
    expect(problemsOf(parseScenario(text, 'k.yaml')).map(formatProblem)).toEqual([
      'k.yaml:1:18 (root): the key "x" appears twice in this map (first on line 1)',
      'k.yaml:5:3 (root): the key "1" appears twice in this map (first on line 3)',
    ]);
  });

  it('reports an alias with no anchor at the alias', () => {
    const problems = problemsOf(parseScenario(mutate(['opener: mx', 'opener: *side']), 'a.yaml'));
    expect(problems.map(where)).toEqual([{ code: 'yaml-syntax', line: 25, col: 11, path: '' }]);
    expect(problems[0]?.message).toBe('alias *side has no anchor &side before it');
  });

  it('refuses an alias bomb instead of expanding it', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    const problems = problemsOf(parseScenario(text, 'bomb.yaml'));
    expect(problems.map((p) => p.code)).toEqual(['yaml-syntax']);
  });

  it('refuses more aliases than any hand-written scenario needs', () => {
    const text = `a: &a 1\nb: [${Array(1001).fill('*a').join(', ')}]\n`;
    const problems = problemsOf(parseScenario(text, 'many.yaml'));
    expect(problems.map(where)).toEqual([{ code: 'yaml-syntax', line: 2, col: 5 + 1000 * 4, path: '' }]);
    expect(problems[0]?.message).toBe('more than 1000 aliases; write the values out instead');
  });

  it('follows aliases that are used correctly', () => {
    const text = mutate(
      ['  source: Test fixture, dates from HISTORY.md', '  source: &src Test fixture, dates from HISTORY.md'],
      ['  source: Test fixture\nworld:', '  source: *src\nworld:'],
    );
    expect(parseScenario(text, 'alias.yaml').ok).toBe(true);
  });
});

describe('schema problems', () => {
  const cases: [string, [string, string][], ReturnType<typeof where>[], string[]][] = [
    [
      'a non-integer where an integer belongs',
      [['roundsPerWorkingDay: 2', 'roundsPerWorkingDay: 2.5']],
      [{ code: 'schema', line: 26, col: 24, path: 'calendar.roundsPerWorkingDay' }],
      ['expected an integer, got 2.5'],
    ],
    [
      'a bad id',
      [['id: minimal', 'id: Minimal']],
      [{ code: 'schema', line: 2, col: 5, path: 'id' }],
      ['ids are lower-case letters, digits and dashes, like "guard-size", got string "Minimal"'],
    ],
    [
      'a missing key, reported at the object that lacks it',
      [['    ratePerMonth: 0.3\n', '']],
      [{ code: 'schema', line: 57, col: 5, path: 'meters[0].ratePerMonth' }],
      ['missing key "ratePerMonth" (expected number)'],
    ],
    [
      'a missing formatVersion',
      [['formatVersion: 1\n', '']],
      [{ code: 'schema', line: 2, col: 1, path: 'formatVersion' }],
      ['missing key "formatVersion" (expected 1)'],
    ],
    [
      'a wrong literal',
      [['formatVersion: 1', 'formatVersion: 2']],
      [{ code: 'schema', line: 3, col: 16, path: 'formatVersion' }],
      ['expected 1, got 2'],
    ],
    [
      'an unknown discriminator',
      [['kind: date, date', 'kind: dated, date']],
      [{ code: 'schema', line: 139, col: 22, path: 'events[0].trigger.kind' }],
      [
        'unknown kind "dated"; expected one of "date", "meter", "chance", "signed", "ratification-failed", "walkout"',
      ],
    ],
    [
      'a missing discriminator',
      [['{ kind: date, date: "2019-06-06" }', '{ date: "2019-06-06" }']],
      [{ code: 'schema', line: 139, col: 5, path: 'events[0].trigger.kind' }],
      ['missing key "kind" (one of "date", "meter", "chance", "signed", "ratification-failed", "walkout")'],
    ],
    [
      'a bad record key, at the key',
      [['meters: { approval: 1 }', 'meters: { Approval: 1 }']],
      [{ code: 'schema', line: 125, col: 26, path: 'moves[0].effects.meters.Approval' }],
      ['bad key "Approval": ids are lower-case letters, digits and dashes, like "guard-size"'],
    ],
    [
      'a non-numeric shortfallRisk key',
      [['shortfallRisk: { "30": 0.4 }', 'shortfallRisk: { "30": 0.4, x: 0.3 }']],
      [{ code: 'schema', line: 151, col: 31, path: 'review.shortfallRisk.x' }],
      ['bad key "x": must match /^\\d+$/'],
    ],
    [
      'a short array',
      [['seasonality: [0.8, ', 'seasonality: [']],
      [{ code: 'schema', line: 38, col: 5, path: 'world.encounters.seasonality' }],
      ['must have exactly 12 items, got 11'],
    ],
    [
      'an empty text',
      [['label: { en: Approval, es: Aprobación }', 'label: { en: "", es: Aprobación }']],
      [{ code: 'schema', line: 59, col: 18, path: 'meters[0].label.en' }],
      ['must not be empty'],
    ],
    [
      'an empty value',
      [['  source: Test fixture\nworld:', '  source:\nworld:']],
      [{ code: 'schema', line: 34, col: 3, path: 'tariff.source' }],
      ['expected string, got null'],
    ],
    [
      'both source and assumption',
      [['  source: Test fixture\nworld:', '  source: Test fixture\n  assumption: Also\nworld:']],
      [{ code: 'schema', line: 35, col: 15, path: 'tariff.assumption' }],
      ['give either `source:` or `assumption:`, not both'],
    ],
    [
      'an impossible date',
      [['end: "2019-10-31"', 'end: "2019-02-31"']],
      [{ code: 'schema', line: 24, col: 8, path: 'calendar.end' }],
      ['not a calendar date'],
    ],
    [
      "a meter's own refinement",
      [['    initial: 42\n', '    initial: 420\n']],
      [{ code: 'schema', line: 61, col: 14, path: 'meters[0].initial' }],
      ['`initial` must lie between 0 and 100'],
    ],
    [
      'an unknown key that the yaml parser would quote in a path',
      [['    visibility: public\n', '    visibility: public\n    "two words": 1\n']],
      [{ code: 'schema', line: 65, col: 5, path: 'meters[0]["two words"]' }],
      ['unknown key "two words"'],
    ],
  ];

  for (const [label, replacements, expected, messages] of cases) {
    it(label, () => {
      const problems = problemsOf(parseScenario(mutate(...replacements), 'm.yaml'));
      expect(problems.map(where)).toEqual(expected);
      expect(problems.map((p) => p.message)).toEqual(messages);
    });
  }

  it('a root that is not a map', () => {
    const problems = problemsOf(parseScenario('- a\n- b\n', 'list.yaml'));
    expect(problems.map(where)).toEqual([{ code: 'schema', line: 1, col: 1, path: '' }]);
    expect(problems[0]?.message).toBe('expected object, got array');
  });

  it('points into JSON as precisely as into YAML', () => {
    const json = JSON.stringify(parseYaml(MINIMAL), null, 2).replace('"lagDays": 30', '"lagDays": "30"');
    const line = json.split('\n').findIndex((l) => l.includes('"lagDays": "30"')) + 1;
    const problems = problemsOf(parseScenario(json, 'm.json'));
    expect(problems.map(where)).toEqual([
      { code: 'schema', line, col: 18, path: 'world.encounters.lagDays' },
    ]);
  });
});

describe('cross-reference and consistency problems', () => {
  const cases: [string, [string, string][], ReturnType<typeof where>[], string[]][] = [
    [
      'a duplicate meter id',
      [
        ['  - id: senate\n', '  - id: approval\n'],
        ['meters: [senate]', 'meters: []'],
        ['meter: senate', 'meter: approval'],
        ['meters: { senate: -2 }', 'meters: { approval: -2 }'],
        ['mx: { terms: 0.9, meters: { senate: 0.1 }', 'mx: { terms: 0.9, meters: {}'],
        ['mx: { terms: 0.9', 'mx: { terms: 1'],
      ],
      [{ code: 'duplicate-id', line: 68, col: 9, path: 'meters[1].id' }],
      ['meter id "approval" is already used on line 57'],
    ],
    [
      'an unknown meter in a target',
      [['meters: { approval: -0.1 }', 'meters: { aproval: -0.1 }']],
      [{ code: 'reference', line: 76, col: 35, path: 'meters[1].target.meters.aproval' }],
      ['unknown meter "aproval" (known: approval, senate)'],
    ],
    [
      'an unknown meter in a win-set test',
      [['meter: senate', 'meter: senado']],
      [{ code: 'reference', line: 115, col: 14, path: 'winsets[0].test.meter' }],
      ['unknown meter "senado" (known: approval, senate)'],
    ],
    [
      'an unknown issue in a win-set condition',
      [['when: { issue: third-country', 'when: { issue: third']],
      [{ code: 'reference', line: 114, col: 22, path: 'winsets[0].test.when.issue' }],
      ['unknown issue "third" (known: guard, third-country)'],
    ],
    [
      'an unknown option in a win-set condition',
      [['options: [treaty]', 'options: [treaty, pact]']],
      [{ code: 'reference', line: 114, col: 55, path: 'winsets[0].test.when.options[1]' }],
      ['unknown option "pact" in issue "third-country" (known: none, treaty)'],
    ],
    [
      'a scoring meter of the other side',
      [['meters: { approval: 0.2 }', 'meters: { senate: 0.2 }']],
      [{ code: 'reference', line: 146, col: 31, path: 'scoring.us.meters.senate' }],
      ['meter "senate" belongs to mx, so us cannot score on it'],
    ],
    [
      'an unknown meter in the reservation value',
      [['meters: { approval: 0.002 }', 'meters: { polls: 0.002 }']],
      [{ code: 'reference', line: 143, col: 30, path: 'reservation.us.meters.polls' }],
      ['unknown meter "polls" (known: approval, senate)'],
    ],
    [
      'unknown issues and options in the historical terms',
      [
        [
          'terms: { guard: [troops-6000], third-country: [none] }',
          'terms: { guards: [a, b], third-country: [nada] }',
        ],
      ],
      [
        { code: 'reference', line: 157, col: 12, path: 'historical.terms.guards' },
        { code: 'reference', line: 157, col: 44, path: 'historical.terms.third-country[0]' },
      ],
      [
        'unknown issue "guards" (known: guard, third-country)',
        'unknown option "nada" in issue "third-country" (known: none, treaty)',
      ],
    ],
    [
      'an unknown option in a conditional clause',
      [['then: { third-country: treaty }', 'then: { third-country: pact }']],
      [{ code: 'reference', line: 158, col: 69, path: 'historical.conditional.then.third-country' }],
      ['unknown option "pact" in issue "third-country" (known: none, treaty)'],
    ],
    [
      'an unknown option in scripted terms',
      [['terms: { guard: troops-6000 } }', 'terms: { guard: troops-9000 } }']],
      [{ code: 'reference', line: 164, col: 48, path: 'historical.script[0].action.terms.guard' }],
      ['unknown option "troops-9000" in issue "guard" (known: none, troops-6000)'],
    ],
    [
      'a scripted consultation that does not exist',
      [['action: { type: accept }', 'action: { type: consult, consultation: nope }']],
      [{ code: 'reference', line: 169, col: 46, path: 'historical.script[1].action.consultation' }],
      ['unknown consultation "nope" (known: ask-senate)'],
    ],
    [
      'a scripted consultation of the other side',
      [['action: { type: accept }', 'action: { type: consult, consultation: ask-senate }']],
      [{ code: 'reference', line: 169, col: 46, path: 'historical.script[1].action.consultation' }],
      ['consultation "ask-senate" belongs to mx, but this step is us\'s'],
    ],
    [
      'a meter trigger naming an unknown meter and no bound',
      [['trigger: { kind: date, date: "2019-06-06" }', 'trigger: { kind: meter, meter: peso }']],
      [
        { code: 'consistency', line: 139, col: 5, path: 'events[0].trigger' },
        { code: 'reference', line: 139, col: 36, path: 'events[0].trigger.meter' },
      ],
      ['a meter trigger needs `below:` or `above:`', 'unknown meter "peso" (known: approval, senate)'],
    ],
    [
      'a chance trigger whose window is reversed',
      [
        [
          'trigger: { kind: date, date: "2019-06-06" }',
          'trigger: { kind: chance, perRound: 0.1, from: "2019-06-09", until: "2019-06-08" }',
        ],
      ],
      [{ code: 'consistency', line: 139, col: 72, path: 'events[0].trigger.until' }],
      ['until 2019-06-08 comes before from 2019-06-09'],
    ],
    [
      'a deadline before the start',
      [
        ['deadline: "2019-06-10"', 'deadline: "2019-06-04"'],
        ['- { date: "2019-06-10", rate: 5 }', '- { date: "2019-06-04", rate: 5 }'],
      ],
      [{ code: 'consistency', line: 23, col: 13, path: 'calendar.deadline' }],
      ['the deadline 2019-06-04 must come after the start 2019-06-05'],
    ],
    [
      'an end before the deadline',
      [['end: "2019-10-31"', 'end: "2019-06-09"']],
      [{ code: 'consistency', line: 24, col: 8, path: 'calendar.end' }],
      ['the end 2019-06-09 must not come before the deadline 2019-06-10'],
    ],
    [
      'a first tariff step off the deadline',
      [['- { date: "2019-06-10", rate: 5 }', '- { date: "2019-06-11", rate: 5 }']],
      [{ code: 'consistency', line: 32, col: 15, path: 'tariff.schedule[0].date' }],
      ['the first tariff step must fall on the deadline 2019-06-10, not 2019-06-11'],
    ],
    [
      'tariff steps out of order',
      [['- { date: "2019-07-01", rate: 10 }', '- { date: "2019-06-10", rate: 10 }']],
      [{ code: 'consistency', line: 33, col: 15, path: 'tariff.schedule[1].date' }],
      ['tariff steps must be in date order: 2019-06-10 does not come after 2019-06-10'],
    ],
    [
      'issue weights that do not sum to 1, per side',
      [
        ['weight: { us: 0.6, mx: 0.5', 'weight: { us: 0.7, mx: 0.4'],
        ['weight: { us: 0.4, mx: 0.5', 'weight: { us: 0.4, mx: 0.5'],
      ],
      [
        { code: 'consistency', line: 79, col: 1, path: 'issues' },
        { code: 'consistency', line: 79, col: 1, path: 'issues' },
      ],
      [
        'the us issue weights sum to 1.1; they must sum to 1',
        'the mx issue weights sum to 0.9; they must sum to 1',
      ],
    ],
    [
      'scoring shares that do not make 1',
      [['terms: 0.8', 'terms: 0.7']],
      [{ code: 'consistency', line: 146, col: 3, path: 'scoring.us' }],
      ['terms 0.7 plus meters 0.2 make 0.9; they must make 1'],
    ],
    [
      'a threshold without a shortfall risk',
      [['conditionalThresholds: [30]', 'conditionalThresholds: [30, 40]']],
      [{ code: 'consistency', line: 106, col: 29, path: 'conditionalThresholds[1]' }],
      ['review.shortfallRisk has no entry "40" for this threshold'],
    ],
    [
      'a review target without a shortfall risk',
      [['targetDropPct: 30', 'targetDropPct: 35']],
      [{ code: 'consistency', line: 149, col: 18, path: 'review.targetDropPct' }],
      ['review.shortfallRisk has no entry "35" for the target'],
    ],
    [
      'a conditional clause with a review day and threshold nobody offers',
      [['review: 45, minDropPct: 30', 'review: 60, minDropPct: 20']],
      [
        { code: 'consistency', line: 158, col: 26, path: 'historical.conditional.review' },
        { code: 'consistency', line: 158, col: 42, path: 'historical.conditional.minDropPct' },
      ],
      [
        'no option offers a review on day 60 (offered: 45, 90)',
        '20 is not one of the conditionalThresholds (30)',
      ],
    ],
    [
      'script steps out of date order',
      [['"2019-06-07"\n      slot: pm', '"2019-06-04"\n      slot: pm']],
      [{ code: 'consistency', line: 165, col: 13, path: 'historical.script[1].date' }],
      ['script steps must be in date order: 2019-06-04 comes before 2019-06-05'],
    ],
  ];

  for (const [label, replacements, expected, messages] of cases) {
    it(label, () => {
      const problems = problemsOf(parseScenario(mutate(...replacements), 'm.yaml'));
      expect(problems.map(where)).toEqual(expected);
      expect(problems.map((p) => p.message)).toEqual(messages);
    });
  }

  it('allows the weight and scoring sums a tolerance of 1e-6, and no more', () => {
    const within = mutate(
      ['weight: { us: 0.6,', 'weight: { us: 0.6000009,'],
      ['terms: 0.8', 'terms: 0.7999991'],
    );
    expect(formatted(parseScenario(within, 'w.yaml'))).toEqual([]);
    const beyond = mutate(
      ['weight: { us: 0.6,', 'weight: { us: 0.600002,'],
      ['terms: 0.8', 'terms: 0.799998'],
    );
    expect(formatted(parseScenario(beyond, 'w.yaml'))).toEqual([
      'w.yaml:79:1 issues: the us issue weights sum to 1.000002; they must sum to 1',
      'w.yaml:146:3 scoring.us: terms 0.799998 plus meters 0.2 make 0.999998; they must make 1',
    ]);
  });
});

/** Formatted problems, empty when the scenario loads. */
function formatted(result: LoadResult): string[] {
  return result.ok ? [] : result.error.problems.map(formatProblem);
}

describe('robustness', () => {
  it('never throws, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectWellFormed(parseScenario(text, 'any.yaml'), 'any.yaml', text);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws, for any damage to a valid file', () => {
    const edit = fc.record({
      at: fc.nat({ max: MINIMAL.length }),
      remove: fc.nat({ max: 12 }),
      insert: fc.oneof(
        fc.constantFrom('', ':', '- ', '"', '{', ']', '\t', '\n', '  ', '&a ', '*a', '#', '!!', '?'),
        fc.string(),
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = MINIMAL;
        for (const e of edits) text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
        expectWellFormed(parseScenario(text, 'damaged.yaml'), 'damaged.yaml', text);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['a recursive alias', 'a: &x { b: *x }\n'],
    ['a collection as a key', '? [a, b]\n: 1\n'],
    ['__proto__ as a key', '__proto__: { polluted: 1 }\n'],
    ['binary data', 'id: !!binary aGVsbG8=\n'],
    ['very deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['CRLF line ends', MINIMAL.replace(/\n/g, '\r\n').replace('lagDays: 30', 'lagDays: x')],
    ['a byte-order mark', `\ufeff${MINIMAL}`],
  ])('survives %s', (_label, text) => {
    const result = parseScenario(text, 'odd.yaml');
    expectWellFormed(result, 'odd.yaml', text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives the same line and column for CRLF files', () => {
    const text = mutate(['lagDays: 30', 'lagDays: x']).replace(/\n/g, '\r\n');
    expect(problemsOf(parseScenario(text, 'crlf.yaml')).map(where)).toEqual([
      { code: 'schema', line: 40, col: 14, path: 'world.encounters.lagDays' },
    ]);
  });

  it('reports every problem, in place, on a large file with a problem on every line', () => {
    // Repeated-key and key-lookup scans once made this take minutes. The work they do is counted in
    // document-index.test.ts; the time it takes is in `npm run bench`.
    const count = 50_000;
    const keys = Array.from({ length: count }, (_, i) => `key${i}: ${i}`).join('\n');
    const text = `${MINIMAL}${keys}\n`;
    expect(text.length).toBeLessThan(MAX_SCENARIO_BYTES);
    const problems = problemsOf(parseScenario(text, 'wide.yaml'));
    const first = MINIMAL.split('\n').length;
    expect(problems.length).toBe(count);
    problems.forEach((p, i) => {
      if (
        p.line !== first + i ||
        p.col !== 1 ||
        p.path !== `key${i}` ||
        p.message !== `unknown key "key${i}"`
      ) {
        expect(formatProblem(p)).toBe(`wide.yaml:${first + i}:1 key${i}: unknown key "key${i}"`);
      }
    });
    expect(problems[0]).toMatchObject({ line: 171, col: 1, path: 'key0', message: 'unknown key "key0"' });
  });

  it('reports problems in document order', () => {
    const problems = problemsOf(parseScenario(fixture('several-errors.yaml'), 's.yaml'));
    const keys = problems.map((p) => p.line * 10_000 + p.col);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });
});
