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
    expect(quickLoad(text)).toEqual(ScenarioSchema.parse(parse(text)));
  });

  it('leaves anything doubtful to the slow path', () => {
    const text = read('./fixtures/minimal.yaml');
    expect(quickLoad(text.replace('formatVersion: 1', 'formatVersion: 2'))).toBeNull();
    expect(quickLoad(`${text}\n  : : :\n`)).toBeNull();
    expect(quickLoad(text.replace('statusQuo: none', 'statusQuo: nowhere'))).toBeNull();
    expect(quickLoad(`anchor: &a [1]\n${text}\nagain: *a\n`)).toBeNull();
    expect(quickLoad('')).toBeNull();
  });

  it('keeps unquoted dates as strings, as YAML 1.2 does', () => {
    const text = read('./fixtures/minimal.yaml').replace('start: "2019-06-05"', 'start: 2019-06-05');
    expect(quickLoad(text)?.calendar.start).toBe('2019-06-05');
  });
});
