import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/load';
import { mutate, problemsOf, where } from './minimal';

// In minimal.yaml the win-set test is on lines 108–113: kind, when, meter, min (line 112), basis.
const MIN_AT = { code: 'schema', line: 116, col: 12, path: 'winsets[0].test.min' };

describe('a win-set test written for the other kind', () => {
  it('`kind: meter` with a utility-style `min:` gives one sentence', () => {
    const problems = problemsOf(parseScenario(mutate(['min: 66', 'min: { base: 0.5 }']), 'w.yaml'));
    // A map value is pointed at by its key.
    expect(problems.map(where)).toEqual([{ ...MIN_AT, col: 7 }]);
    expect(problems[0]?.message).toMatch(/^a `kind: meter` test compares one meter with a number/);
    expect(problems[0]?.message).toMatch(/is how a `kind: utility` test is written/);
  });

  it('`kind: utility` with a number `min:` and a `meter:` gives one sentence, not "expected object, got 66"', () => {
    const problems = problemsOf(parseScenario(mutate(['kind: meter', 'kind: utility']), 'w.yaml'));
    expect(problems.map(where)).toEqual([MIN_AT]);
    expect(problems[0]?.message).toMatch(/^a `kind: utility` test compares the deal with a line/);
    expect(problems[0]?.message).not.toMatch(/expected object/);
  });

  it('`kind: utility` with `min: 66` and no `meter:` gives the same sentence', () => {
    const text = mutate(['kind: meter', 'kind: utility'], ['      meter: senate\n', '']);
    const problems = problemsOf(parseScenario(text, 'w.yaml'));
    expect(problems.map(where)).toEqual([{ ...MIN_AT, line: 115 }]);
    expect(problems[0]?.message).toMatch(/^a `kind: utility` test/);
  });

  it('leaves other mistakes in the test alone', () => {
    const text = mutate(
      ['kind: meter', 'kind: utility'],
      ['      assumption: Test fixture\nmoves:', 'moves:'],
    );
    const problems = problemsOf(parseScenario(text, 'w.yaml'));
    // The missing basis of the same block is its own problem; then the switch.
    expect(problems.map((p) => p.path)).toEqual(['winsets[0].test.source', 'winsets[0].test.min']);
    const wrong = problemsOf(parseScenario(mutate(['min: 66', 'min: "66"']), 'w.yaml'));
    expect(wrong.map((p) => p.message)).toEqual(['expected number, got string "66"']);
  });
});

describe('the basis of a block with a type error', () => {
  it('is reported in the same run as the type error', () => {
    const text = mutate(
      ['importsBn: 346.5', 'importsBn: lots'],
      ['  source: Test fixture\nworld:', 'world:'],
    );
    const problems = problemsOf(parseScenario(text, 'b.yaml'));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['tariff.source', expect.stringMatching(/needs a `source:`/)],
      ['tariff.importsBn', 'expected number, got string "lots"'],
    ]);
  });

  it('is reported for a block whose type is wrong inside a list', () => {
    const text = mutate(
      ['    initial: 42\n', '    initial: high\n'],
      ['    assumption: Test fixture\n  - id: senate', '  - id: senate'],
    );
    const problems = problemsOf(parseScenario(text, 'b.yaml'));
    expect(problems.map((p) => p.path).sort()).toEqual(['meters[0].initial', 'meters[0].source']);
  });

  it('adds nothing when the block is not a map at all', () => {
    const problems = problemsOf(
      parseScenario(mutate(['reinstate: { base: 0.5 }', 'reinstate: 0.5']), 'b.yaml'),
    );
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['review.reinstate', 'expected object, got 0.5'],
    ]);
  });
});

describe('type names in messages', () => {
  it('calls the sides a list of the two sides, and per-side blocks a map, not a tuple and a record', () => {
    const text = mutate(
      ['sides:\n', 'sides: { us: 1 }\nunused:\n'],
      ['reservation:\n', 'reservation: 7\nalso:\n'],
    );
    const messages = problemsOf(parseScenario(text, 't.yaml')).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain('sides: expected a list of the two sides, got object');
    expect(messages).toContain('reservation: expected a map, got 7');
  });
});
