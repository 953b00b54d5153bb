// The teacher's guide names each scenario's own people, deadline, record and legislatures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioSet } from '../../../src/scenario/scenario-set';
import type { Scenario } from '../../../src/scenario/schema';
import { classGuideView } from '../../../src/ui/view-models/class-guide';

const dir = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const names = ['june-2019', 'june-2019-silent-senate', 'guatemala-2019', 'mexico-2025'];
const files = names.map((n) => join(dir, `${n}.yaml`));
const set = scenarioSet(files.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
const scenario = (name: string): Scenario => {
  const r = set.load(join(dir, `${name}.yaml`));
  if (!r.ok) throw new Error(`${name} does not load`);
  return r.value.scenario;
};

describe('classGuideView', () => {
  it("fills June 2019's guide with its negotiators, deadline, record and both legislatures", () => {
    const g = classGuideView(scenario('june-2019'));
    expect(g.table.map((t) => `${t.negotiator} (${t.country.en})`)).toEqual([
      'Mike Pence (United States)',
      'Marcelo Ebrard (Mexico)',
    ]);
    expect(g.deadline).toBe('2019-06-10');
    expect(g.historical.en).toMatch(/June 7, 2019/);
    expect(g.legislatures.map((l) => l.en)).toEqual(['US Congress', 'Mexican Senate']);
    expect(g.variant).toBeNull();
  });

  it("names Guatemala's people and only the legislature that decides something", () => {
    const g = classGuideView(scenario('guatemala-2019'));
    expect(g.table.map((t) => t.negotiator)).toEqual(['Kevin McAleenan', 'Enrique Degenhart']);
    expect(g.deadline).toBe('2019-08-01');
    expect(g.legislatures.map((l) => l.en)).toEqual(['Constitutional Court and Congress']);
  });

  it('asks about the principals when no legislature has a say (Mexico 2025)', () => {
    const g = classGuideView(scenario('mexico-2025'));
    expect(g.legislatures).toEqual([]);
    expect(g.principals).toEqual(['Donald Trump', 'Claudia Sheinbaum']);
  });

  it("gives a variant's note on what it changes", () => {
    const g = classGuideView(scenario('june-2019-silent-senate'));
    expect(g.variant?.en).toMatch(/Senate/);
    expect(g.title.en).not.toBe(classGuideView(scenario('june-2019')).title.en);
  });
});
