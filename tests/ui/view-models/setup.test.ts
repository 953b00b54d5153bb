// The setup screen's choices: both sides named by their negotiators, and the opponent's personas
// drawn from the other side only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioSet } from '../../../src/scenario/scenario-set';
import type { ScenarioEntry, Setup } from '../../../src/store/contract';
import { firstSentence, setupView, sideChoices } from '../../../src/ui/view-models/setup';
import { JUNE_2019, loadScenario } from '../../support/scenarios';
import { MX, US } from '../../support/sides';

const { scenario, hash } = loadScenario(JUNE_2019);
const entries: ScenarioEntry[] = [{ id: scenario.id, hash, title: scenario.title, scenario }];

describe('the setup choices', () => {
  it('names each side by its negotiator', () => {
    const v = setupView(entries, null);
    expect(v?.sides.map((s) => s.negotiator).join(' ')).toMatch(/Ebrard/);
    expect(v?.sides.map((s) => s.negotiator).join(' ')).toMatch(/Pence/);
  });

  it('offers only the other side’s personas as the opponent', () => {
    for (const side of [US, MX]) {
      const setup: Setup = {
        scenarioId: scenario.id,
        side,
        opponent: { kind: 'ai', persona: '', difficulty: 'hard' },
        seed: 1,
        timerMinutes: null,
      };
      const v = setupView(entries, setup);
      const other = (scenario.personas ?? []).filter((p) => p.side !== side).map((p) => p.id);
      expect(v?.personas.map((p) => p.id)).toEqual(other);
      expect(v?.persona).toBe(other[0]);
      expect(v?.difficulty).toBe('hard');
      expect(v?.opponent?.id).not.toBe(side);
    }
  });

  it('has nothing to show without a scenario', () => {
    expect(setupView([], null)).toBeNull();
  });

  it('cuts a description to its first sentence', () => {
    expect(firstSentence('One. Two.')).toBe('One.');
    expect(firstSentence('No stop')).toBe('No stop');
  });
});

describe('the scenario line', () => {
  it('gives the scenario in a line, and for a variant what it changes', () => {
    const dir = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
    const files = ['june-2019.yaml', 'june-2019-silent-senate.yaml'].map((f) => join(dir, f));
    const set = scenarioSet(files.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
    const entries = files.map((file) => {
      const r = set.load(file);
      if (!r.ok) throw new Error(`${file} does not load`);
      const { scenario, hash } = r.value;
      return { id: scenario.id, hash, title: scenario.title, scenario };
    });
    const flagship = setupView(entries, null);
    expect(flagship?.summary.en).toMatch(/^On May 30, 2019 President Trump announced a tariff/);
    expect(flagship?.about).toBeNull();
    expect(flagship?.dates).toEqual({ start: '2019-06-05', end: '2019-10-31' });
    const variant = setupView(entries, {
      scenarioId: 'june-2019-silent-senate',
      side: US,
      opponent: { kind: 'person' },
      seed: 0,
      timerMinutes: null,
    });
    expect(variant?.about?.en).toMatch(/^Counterfactual: the June 4 Senate Republican lunch/);
    expect(variant?.about?.es).toMatch(/^Contrafactual:/);
  });
});

describe('sideChoices', () => {
  it('names who sits beside a negotiator when the scenario has a delegation, and nobody otherwise', () => {
    expect(sideChoices(scenario).map((s) => s.delegation)).toEqual([[], []]);
    const [us, mx] = scenario.sides;
    const rubio = { name: 'Marco Rubio', role: { en: 'Secretary of State', es: 'Secretario de Estado' } };
    const withDelegation: typeof scenario = { ...scenario, sides: [{ ...us, delegation: [rubio] }, mx] };
    expect(sideChoices(withDelegation)[0]?.delegation).toEqual([rubio]);
  });
});
