// A scenario's `map:` block names only what the build projects: a country, border or place it
// does not know is a problem at the line that names it.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/load';
import { formatProblem } from '../../src/scenario/problem';
import type { BaseResolver } from '../../src/scenario/variant';
import { JUNE_2019, loadScenario } from '../support/scenarios';

const base = loadScenario(JUNE_2019);
const bases: BaseResolver = (id) =>
  id === 'june-2019' ? { kind: 'found', scenario: base.scenario } : { kind: 'unknown', known: ['june-2019'] };

const variant = (map: string) => `extends: june-2019
id: mapped
title: { en: Mapped, es: Con mapa }
variant:
  about: { en: Another map., es: Otro mapa. }
map:
${map}`;

describe('the map block', () => {
  it('takes the countries, borders, places and routes the build projects', () => {
    const r = parseScenario(
      variant(`  countries: [USA, GTM]
  borders: [mx-gt, gt-sv]
  places: [washington, guatemala-city, san-salvador]
  routes: [[san-salvador, guatemala-city, tecun-uman]]
`),
      'mapped.yaml',
      bases,
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.scenario.map?.countries).toEqual(['USA', 'GTM']);
  });

  it('points at the line of a place, a country or a border it does not know', () => {
    const r = parseScenario(
      variant(`  countries: [USA, CAN]
  borders: [us-ca]
  places: [washington, ottawa]
`),
      'mapped.yaml',
      bases,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.error.problems.map(formatProblem).join('\n');
    expect(text).toMatch(/mapped\.yaml:7:\d+.*map\.countries\[1\]/);
    expect(text).toMatch(/mapped\.yaml:8:\d+.*map\.borders\[0\]/);
    expect(text).toMatch(/mapped\.yaml:9:\d+.*map\.places\[1\]/);
  });
});
