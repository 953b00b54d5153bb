import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LoadResult, parseScenario } from '../../src/scenario/load';
import { formatProblem, type ScenarioProblem } from '../../src/scenario/problem';
import type { Scenario } from '../../src/scenario/schema';
import { MX, US } from '../support/sides';

const read = (...path: string[]) => readFileSync(join(import.meta.dirname, ...path), 'utf8');
const MINIMAL = read('fixtures', 'minimal.yaml');

// The broken fixtures are minimal.yaml plus a `personas:` section with one planted defect each. They
// are built here rather than saved beside minimal.yaml because load.test.ts requires every file in
// fixtures/ to be in its own corpus.

interface PersonaFields {
  id: string;
  side: string;
  bidding: string;
  moves: string;
  /** The `source:`/`assumption:` line, or '' for none. */
  basis: string;
}

const DEFAULTS: PersonaFields = {
  id: 'pragmatist',
  side: MX,
  bidding: '{ aspiration: 0.8, exponent: 2, reciprocity: 0.5 }',
  moves: '[deploy-early]',
  basis: 'assumption: Test fixture',
};

function persona(fields: Partial<PersonaFields> = {}): string {
  const f = { ...DEFAULTS, ...fields };
  return [
    `  - id: ${f.id}`,
    `    side: ${f.side}`,
    '    label: { en: The pragmatist, es: El pragmático }',
    '    description: { en: Concedes early to stop the tariff., es: Cede pronto para frenar el arancel. }',
    '    historical: false',
    `    bidding: ${f.bidding}`,
    `    moves: ${f.moves}`,
    '    bluffs: false',
    ...(f.basis === '' ? [] : [`    ${f.basis}`]),
    '',
  ].join('\n');
}

function withPersonas(...personas: string[]): string {
  return `${MINIMAL}personas:\n${personas.join('')}`;
}

/**
 * The 1-based line and column of the `|` in `pattern`, at the pattern's `nth` occurrence in the
 * personas section: `locate(text, 'exponent: |12')` is where the value 12 starts.
 */
function locate(text: string, pattern: string, nth = 0): { line: number; col: number } {
  const bar = pattern.indexOf('|');
  const needle = pattern.replace('|', '');
  let offset = text.indexOf('personas:\n');
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + (i === 0 ? 0 : 1));
    expect(offset, `"${needle}" must occur ${nth + 1} time(s) in the personas`).toBeGreaterThanOrEqual(0);
  }
  const before = text.slice(0, offset + Math.max(0, bar)).split('\n');
  return { line: before.length, col: (before[before.length - 1] as string).length + 1 };
}

function load(text: string): Scenario {
  const result = parseScenario(text, 'personas.yaml');
  if (!result.ok) throw new Error(result.error.problems.map(formatProblem).join('\n'));
  return result.value.scenario;
}

function problemsOf(result: LoadResult): readonly ScenarioProblem[] {
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.error.problems;
}

const where = (p: ScenarioProblem) => ({ code: p.code, line: p.line, col: p.col, path: p.path });

describe('personas in a scenario file', () => {
  it('are optional', () => {
    expect(load(MINIMAL).personas).toBeUndefined();
  });

  it('load when valid, with every field', () => {
    const scenario = load(withPersonas(persona(), persona({ id: 'hardliner', side: US, moves: '[]' })));
    expect(scenario.personas).toEqual([
      {
        id: 'pragmatist',
        side: MX,
        label: { en: 'The pragmatist', es: 'El pragmático' },
        description: { en: 'Concedes early to stop the tariff.', es: 'Cede pronto para frenar el arancel.' },
        historical: false,
        bidding: { aspiration: 0.8, exponent: 2, reciprocity: 0.5 },
        moves: ['deploy-early'],
        bluffs: false,
        assumption: 'Test fixture',
      },
      expect.objectContaining({ id: 'hardliner', side: US, moves: [] }),
    ]);
  });

  it('may use the same id on different sides', () => {
    const scenario = load(withPersonas(persona(), persona({ side: US, moves: '[]' })));
    expect(scenario.personas?.map((p) => `${p.side}:${p.id}`)).toEqual(['mx:pragmatist', 'us:pragmatist']);
  });

  it('reject a move that does not exist, pointing at the move', () => {
    const text = withPersonas(persona({ moves: '[deploy-early, no-such-move]' }));
    const problems = problemsOf(parseScenario(text, 'personas.yaml'));
    expect(problems.map(where)).toEqual([
      { code: 'reference', ...locate(text, 'deploy-early, |no-such-move'), path: 'personas[0].moves[1]' },
    ]);
    expect(problems[0]?.message).toBe('unknown move "no-such-move" (known: deploy-early)');
  });

  it('reject an unknown first move at personas[0].moves[0]', () => {
    const text = withPersonas(persona({ moves: '[deploy-erly]' }));
    const problems = problemsOf(parseScenario(text, 'personas.yaml'));
    expect(problems.map(where)).toEqual([
      { code: 'reference', ...locate(text, 'moves: [|deploy-erly'), path: 'personas[0].moves[0]' },
    ]);
  });

  it("reject the other side's move", () => {
    const text = withPersonas(persona({ id: 'hardliner', side: US }));
    const problems = problemsOf(parseScenario(text, 'personas.yaml'));
    expect(problems.map(where)).toEqual([
      { code: 'reference', ...locate(text, 'moves: [|deploy-early'), path: 'personas[0].moves[0]' },
    ]);
    expect(problems[0]?.message).toMatch(
      /^move "deploy-early" belongs to mx, but persona "hardliner" plays us$/,
    );
  });

  it('reject two personas with the same id on the same side, at the second', () => {
    const text = withPersonas(persona(), persona({ moves: '[]' }));
    const problems = problemsOf(parseScenario(text, 'personas.yaml'));
    const first = locate(text, 'id: |pragmatist');
    expect(problems.map(where)).toEqual([
      { code: 'duplicate-id', ...locate(text, 'id: |pragmatist', 1), path: 'personas[1].id' },
    ]);
    // The id as the author wrote it, not the internal side-qualified key ("mx:pragmatist").
    expect(problems[0]?.message).toBe(`persona id "pragmatist" is already used for mx on line ${first.line}`);
  });

  it('reject an exponent out of range', () => {
    const text = withPersonas(persona({ bidding: '{ aspiration: 0.8, exponent: 12, reciprocity: 0.5 }' }));
    const problems = problemsOf(parseScenario(text, 'personas.yaml'));
    expect(problems.map(where)).toEqual([
      { code: 'schema', ...locate(text, 'exponent: |12'), path: 'personas[0].bidding.exponent' },
    ]);
    expect(problems[0]?.message).toBe('must be at most 10, got 12');
  });

  it.each([
    ['aspiration', '{ aspiration: 0.4, exponent: 2, reciprocity: 0.5 }', 'aspiration: |0.4', /at least 0.5/],
    ['exponent', '{ aspiration: 0.8, exponent: 0, reciprocity: 0.5 }', 'exponent: |0,', /at least 0.05/],
    ['reciprocity', '{ aspiration: 0.8, exponent: 2, reciprocity: 1.5 }', 'reciprocity: |1.5', /at most 1/],
  ])('reject %s out of range', (field, bidding, value, message) => {
    const text = withPersonas(persona({ bidding }));
    const problems = problemsOf(parseScenario(text, 'personas.yaml'));
    expect(problems.map(where)).toEqual([
      { code: 'schema', ...locate(text, value), path: `personas[0].bidding.${field}` },
    ]);
    expect(problems[0]?.message).toMatch(message);
  });

  it('reject a persona with neither source nor assumption, at personas[0].source', () => {
    const text = withPersonas(persona({ basis: '' }));
    const problems = problemsOf(parseScenario(text, 'personas.yaml'));
    // The persona's own position: the missing key has none.
    expect(problems.map(where)).toEqual([
      { code: 'schema', ...locate(text, '- |id: pragmatist'), path: 'personas[0].source' },
    ]);
    expect(problems[0]?.message).toMatch(/needs a `source:`/);
  });

  it('reject a persona with both source and assumption, at the assumption', () => {
    const text = withPersonas(persona({ basis: 'source: NYT, May 30 2019\n    assumption: Test fixture' }));
    const problems = problemsOf(parseScenario(text, 'personas.yaml'));
    expect(problems.map(where)).toEqual([
      { code: 'schema', ...locate(text, 'assumption: |Test fixture'), path: 'personas[0].assumption' },
    ]);
  });
});

describe('the personas of june-2019.yaml', () => {
  const scenario = load(read('..', '..', 'scenarios', 'june-2019.yaml'));
  const personas = scenario.personas ?? [];
  const find = (side: string, id: string) => {
    const p = personas.find((x) => x.side === side && x.id === id);
    if (!p) throw new Error(`no ${side} persona "${id}"`);
    return p;
  };

  it('include the six characters of the brief, one historical persona a side', () => {
    expect(personas.map((p) => `${p.side}:${p.id}`).sort()).toEqual(
      [
        'mx:historical',
        'mx:pragmatist',
        'mx:sovereigntist',
        'us:hardliner',
        'us:historical',
        'us:pragmatist',
      ].sort(),
    );
    for (const side of [US, MX]) {
      expect(personas.filter((p) => p.side === side && p.historical).map((p) => p.id)).toEqual([
        'historical',
      ]);
    }
  });

  it('play in character: hardliners hold firm and bluff, pragmatists concede early', () => {
    for (const [side, id] of [
      [US, 'hardliner'],
      [MX, 'sovereigntist'],
    ] as const) {
      const p = find(side, id);
      expect(p.bidding.exponent).toBeLessThan(1);
      expect(p.bluffs).toBe(true);
      expect(p.bidding.aspiration).toBeGreaterThan(find(side, 'pragmatist').bidding.aspiration);
    }
    for (const side of [US, MX] as const) {
      const p = find(side, 'pragmatist');
      expect(p.bidding.exponent).toBeGreaterThan(1);
      expect(p.bluffs).toBe(false);
    }
  });

  it('make only their own side’s moves, in the order the brief asks for', () => {
    expect(find(US, 'hardliner').moves[0]).toBe('legal-notice');
    expect(find(MX, 'sovereigntist').moves).toEqual(['unity-rally', 'prepare-retaliation', 'lobby-senators']);
    expect(find(MX, 'pragmatist').moves).toEqual(['deploy-troops']);
    const sideOf = new Map(scenario.moves.map((m) => [m.id, m.side]));
    for (const p of personas) for (const id of p.moves) expect(sideOf.get(id)).toBe(p.side);
  });

  it('have texts in both languages, within three sentences', () => {
    for (const p of personas) {
      for (const text of [p.label, p.description]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.es.trim()).not.toBe('');
        expect(text.es).not.toBe(text.en);
      }
      for (const lang of ['en', 'es'] as const) {
        const sentences = p.description[lang].split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '');
        expect(sentences.length, `${p.side}:${p.id} (${lang})`).toBeLessThanOrEqual(3);
      }
    }
  });
});

describe('the authoring guide', () => {
  const guide = read('..', '..', 'scenarios', 'README.md');

  it('documents every persona field, and its complete example validates with its personas', () => {
    for (const field of [
      'historical',
      'bidding.aspiration',
      'bidding.exponent',
      'bidding.reciprocity',
      'moves',
      'bluffs',
    ]) {
      expect(guide).toContain(`| \`${field}\``);
    }
    const start =
      guide.indexOf('```yaml\n', guide.indexOf('## A complete small example')) + '```yaml\n'.length;
    const example = guide.slice(start, guide.indexOf('\n```', start) + 1);
    const result = parseScenario(example, 'border-week.yaml');
    if (!result.ok) throw new Error(result.error.problems.map(formatProblem).join('\n'));
    expect(result.value.scenario.personas?.map((p) => `${p.side}:${p.id}`)).toEqual([
      'us:hardliner',
      'mx:pragmatist',
    ]);
  });
});
