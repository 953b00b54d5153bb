import { describe, expect, it } from 'vitest';
import { jsonSyntaxFault, locateJsonPath, positionOf } from '../../src/replay/json-locate';

const text = `{
 "a": {"b": [1, {"c": "x,]}\\"y"}, 3]},
 "d": "e"
}`;

describe('locateJsonPath', () => {
  it('finds fields and list entries, past strings that hold brackets and quotes', () => {
    expect(locateJsonPath(text, 'a')).toEqual({ line: 2, col: 7 });
    expect(locateJsonPath(text, 'a.b[1].c')).toEqual({ line: 2, col: 23 });
    expect(locateJsonPath(text, 'a.b[2]')).toEqual({ line: 2, col: 35 });
    expect(locateJsonPath(text, 'd')).toEqual({ line: 3, col: 7 });
  });

  it('points a missing field at the object that should hold it', () => {
    expect(locateJsonPath(text, 'a.missing')).toEqual({ line: 2, col: 7 });
    expect(locateJsonPath(text, 'a.b[9]')).toEqual({ line: 2, col: 13 });
  });

  it('turns offsets into lines and columns from 1', () => {
    expect(positionOf('ab\ncd', 0)).toEqual({ line: 1, col: 1 });
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, col: 2 });
  });
});

describe('jsonSyntaxFault', () => {
  it('accepts exactly what JSON.parse accepts', () => {
    const samples = [
      text,
      '1',
      '-0.5e+3',
      '"a\\u00e9"',
      '[]',
      '{}',
      ' [1, [2, {"x": null}], true, false] ',
      '{"a":1}x',
      '01',
      '1.',
      '[1,]',
      '{"a" 1}',
      "'a'",
      '"\\q"',
      'nul',
      '[1 2]',
      '{"a":1,}',
      '"\u0001"',
    ];
    for (const sample of samples) {
      let parses = true;
      try {
        JSON.parse(sample);
      } catch {
        parses = false;
      }
      expect(jsonSyntaxFault(sample) === null, sample).toBe(parses);
    }
  });

  it('tells a file cut short from a wrong character', () => {
    for (const cut of ['{"a": [1, 2', '{"a": "tex', '{"a": tr', '[', '{"a"']) {
      expect(jsonSyntaxFault(cut)?.truncated, cut).toBe(true);
    }
    expect(jsonSyntaxFault('{\n "a": oops\n}')).toEqual({ offset: 8, truncated: false, found: '"o"' });
  });

  it('survives nesting far deeper than the call stack', () => {
    expect(jsonSyntaxFault('['.repeat(1_000_000))?.truncated).toBe(true);
  });
});
