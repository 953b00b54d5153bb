import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileScenarios, scenarioFiles, scenariosPlugin } from '../../../src/cli/build/scenarios-plugin';
import { scenarioSet } from '../../../src/scenario/scenario-set';
import type { ScenarioEntry } from '../../../src/store/contract';
import { importModule, loadVirtual } from './plugin-hooks';

const SHIPPED = fileURLToPath(new URL('../../../scenarios', import.meta.url));
const JUNE = readFileSync(join(SHIPPED, 'june-2019.yaml'), 'utf8');

/** A folder holding the given files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`no ${needle} in the text`);
  return text.slice(0, index).split('\n').length;
}

describe('virtual:scenarios', () => {
  it('emits every shipped scenario with the hash and title parseScenario gives', async () => {
    const { code, watched } = await loadVirtual(scenariosPlugin({ dir: SHIPPED }), 'virtual:scenarios');
    const { scenarios } = (await importModule(code)) as { scenarios: ScenarioEntry[] };
    const files = scenarioFiles(SHIPPED);
    expect(scenarios.map((s) => s.id)).toContain('june-2019');
    expect(scenarios).toHaveLength(files.length);
    expect(watched).toEqual(files);
    // The whole scenarios by the day their talks open, then the tutorial, then the variants
    // (`extends:`), each with its base resolved.
    expect(scenarios.map((s) => s.id)).toEqual([
      'june-2019',
      'guatemala-2019',
      'mexico-2025',
      'tutorial',
      'june-2019-senate-votes-no',
      'june-2019-silent-senate',
    ]);
    const set = scenarioSet(files.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
    for (const file of files) {
      const loaded = set.load(file);
      if (!loaded.ok) throw new Error(`${file} does not load`);
      const entry = scenarios.find((s) => s.id === loaded.value.scenario.id);
      expect(entry?.hash).toBe(loaded.value.hash);
      expect(entry?.title).toEqual(loaded.value.scenario.title);
      expect(entry?.scenario).toEqual(loaded.value.scenario);
    }
    expect(Object.isFrozen(scenarios[0]?.scenario)).toBe(true);
  });

  it('imports nothing: no YAML parser or zod reaches the page', async () => {
    const { code } = await loadVirtual(scenariosPlugin({ dir: SHIPPED }), 'virtual:scenarios');
    expect(code).not.toMatch(/^\s*import\b|\bimport\(|\brequire\(/m);
  });

  it('fails the build with each problem at file:line:col', async () => {
    const broken = JUNE.replace('formatVersion: 1', 'formatVersion: "one"');
    const dir = folder({ 'good.yaml': JUNE.replace('id: june-2019', 'id: good-one'), 'broken.yaml': broken });
    const line = lineOf(broken, 'formatVersion: "one"');
    const plugin = scenariosPlugin({ dir });
    await expect(loadVirtual(plugin, 'virtual:scenarios')).rejects.toThrow(
      new RegExp(`broken\\.yaml:${line}:\\d+ formatVersion: `),
    );
  });

  it('reports every file and every problem, not only the first', () => {
    const syntax = 'id: [unclosed\n';
    const result = compileScenarios([
      { file: 'a.yaml', text: JUNE.replace('formatVersion: 1', 'formatVersion: 2') },
      { file: 'b.yaml', text: syntax },
    ]);
    if (result.ok) throw new Error('broken files compiled');
    const files = result.error.problems.map((p) => p.file);
    expect(files).toContain('a.yaml');
    expect(files).toContain('b.yaml');
    for (const p of result.error.problems) expect(p.line).toBeGreaterThanOrEqual(1);
  });

  it('refuses two shipped files with the same id', () => {
    const result = compileScenarios([
      { file: 'one.yaml', text: JUNE },
      { file: 'two.yaml', text: JUNE },
    ]);
    if (result.ok) throw new Error('a repeated id compiled');
    expect(result.error.problems).toEqual([
      expect.objectContaining({ code: 'duplicate-id', file: 'two.yaml' }),
    ]);
  });

  it('ignores its module id otherwise', async () => {
    const plugin = scenariosPlugin({ dir: SHIPPED });
    const resolve = plugin.resolveId as (id: string) => unknown;
    expect(resolve.call({}, './other')).toBeUndefined();
  });
});
