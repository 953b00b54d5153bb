// Modules the build makes (src/cli/build): the shipped scenarios, checked by the project's own
// loader and compiled to JSON, and the region's map, projected from registry map data.

declare module 'virtual:scenarios' {
  import type { ScenarioEntry } from '../store/contract';
  export const scenarios: readonly ScenarioEntry[];
}

declare module 'virtual:region-map' {
  export type CountryId = 'USA' | 'MEX' | 'GTM' | 'HND' | 'SLV' | 'BLZ';
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
    /** The two borders the game is about, as polylines (flat points) and SVG `d`. */
    borders: readonly { id: 'us-mx' | 'mx-gt'; path: string; points: readonly number[] }[];
    /** Projected places, [x, y]. */
    places: Readonly<Record<string, readonly [number, number]>>;
  }
  export const regionMap: RegionMap;
}
