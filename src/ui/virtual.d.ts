// Modules the build makes (src/cli/build): the shipped scenarios, checked by the project's own
// loader and compiled to JSON, and the region's map, projected from registry map data.

declare module 'virtual:scenarios' {
  import type { ScenarioEntry } from '../store/contract';
  export const scenarios: readonly ScenarioEntry[];
}

declare module 'virtual:region-map' {
  import type { BorderId, CountryId } from '../scenario/places';

  export type { BorderId, CountryId };
  export interface RegionMap {
    /** Map size in pixels; every coordinate below is in 0..width × 0..height, y down. */
    width: number;
    height: number;
    /** Each country's polygons as flat [x0, y0, x1, y1, …] rings, and the same shape as SVG `d`. */
    countries: readonly {
      id: CountryId;
      name: string;
      rings: readonly (readonly number[])[];
      path: string;
    }[];
    /** The land borders a scenario may trace, as polylines (flat points) and SVG `d`. */
    borders: readonly { id: BorderId; path: string; points: readonly number[] }[];
    /** Projected places, [x, y]. */
    places: Readonly<Record<string, readonly [number, number]>>;
  }
  export const regionMap: RegionMap;
}
