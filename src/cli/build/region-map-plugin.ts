// `virtual:region-map`: the projected map (region-map.ts) as a module of frozen JSON.

import type { Plugin } from 'vite';
import { frozenJsonModule } from './json-module';
import { buildRegionMap, type RegionMapOptions } from './region-map';

export const REGION_MAP_MODULE_ID = 'virtual:region-map';
const RESOLVED_ID = `\0${REGION_MAP_MODULE_ID}`;

export function regionMapPlugin(options: RegionMapOptions = {}): Plugin {
  // Projected once per build (or dev server), not on every load.
  let source: string | undefined;
  return {
    name: 'deadline-diplomacy-region-map',
    resolveId(id) {
      return id === REGION_MAP_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      source ??= frozenJsonModule('regionMap', buildRegionMap(options));
      return source;
    },
  };
}
