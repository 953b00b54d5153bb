import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quickLoad } from '../../src/scenario/quick-load';
import { ScenarioSchema } from '../../src/scenario/schema';

const read = (relative: string) => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');
const FILES = ['../../scenarios/june-2019.yaml', './fixtures/minimal.yaml'];

describe('quickLoad', () => {
  it.each(FILES)('reads %s exactly as the positioned parser does', (file) => {
    const text = read(file);
    expect(quickLoad(text)).toEqual({ ok: true, value: ScenarioSchema.parse(parse(text)) });
  });

  it('leaves anything doubtful to the slow path', () => {
    const text = read('./fixtures/minimal.yaml');
    const doubt = (t: string) => {
      const result = quickLoad(t);
      return result.ok ? 'loaded' : result.error.code;
    };
    expect(doubt(text.replace('formatVersion: 1', 'formatVersion: 2'))).toBe('schema');
    expect(doubt(`${text}\n  : : :\n`)).toBe('not-yaml');
    expect(doubt(text.replace('statusQuo: none', 'statusQuo: nowhere'))).toBe('references');
    expect(doubt(`anchor: &a [1]\n${text}\nagain: *a\n`)).toBe('aliases');
    expect(doubt('')).toBe('schema');
  });

  it('keeps unquoted dates as strings, as YAML 1.2 does', () => {
    const text = read('./fixtures/minimal.yaml').replace('start: "2019-06-05"', 'start: 2019-06-05');
    const result = quickLoad(text);
    if (!result.ok) throw new Error(`the fast path gave up: ${result.error.code}`);
    expect(result.value.calendar.start).toBe('2019-06-05');
  });
});
