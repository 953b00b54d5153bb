// The web config (vite.config.ts) loads the build's plugins: the virtual modules resolve here too,
// as they do in `vite build` and `vite dev`, so store and view tests can import them directly.
import { regionMap } from 'virtual:region-map';
import { scenarios } from 'virtual:scenarios';
import { describe, expect, it } from 'vitest';
import { JUNE_2019, loadScenario } from '../../support/scenarios';

describe('the web config', () => {
  it('serves the shipped scenarios and the map as modules', () => {
    const june = scenarios.find((s) => s.id === 'june-2019');
    expect(june?.hash).toBe(loadScenario(JUNE_2019).hash);
    expect(regionMap.countries).toHaveLength(6);
    expect(regionMap.places['mexico-city']).toHaveLength(2);
  });
});
