// The region's map, projected once at build time: Natural Earth borders (world-atlas, 1:50m) through
// a conformal conic fitted to the contiguous US, Mexico and the northern Central American countries,
// into the pixels of the map area. The page gets plain coordinates and SVG paths: no map data, no
// projection code, no topology decoding in the browser.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RegionMap } from 'virtual:region-map';
import { type GeoContext, type GeoProjection, geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BORDERS, COUNTRY_IDS, type CountryId, PLACES } from '../../scenario/places';
import { type Point, ringArea, simplifyLine, simplifyRing } from './polyline-simplify';

/** The map area of the 1280×720 stage: left of the 400 px DOM column, full height. */
export const MAP_SIZE = { width: 880, height: 560 } as const;

// 1:50m rather than 1:110m: at 110m the Rio Grande and the Suchiate are a few straight strokes and
// the crossings (Ciudad Juárez, Nuevo Laredo, Tapachula) land on the wrong side of them. The larger
// file is only read by the build; simplification brings it back to what the pixels can show.
const ATLAS = 'world-atlas/countries-50m.json';

/** ISO 3166-1 numeric codes, as world-atlas names its countries. */
const COUNTRY_CODES: Readonly<Record<CountryId, string>> = {
  USA: '840',
  MEX: '484',
  GTM: '320',
  HND: '340',
  SLV: '222',
  BLZ: '084',
};

const COUNTRY_NAMES: Readonly<Record<CountryId, string>> = {
  USA: 'United States',
  MEX: 'Mexico',
  GTM: 'Guatemala',
  HND: 'Honduras',
  SLV: 'El Salvador',
  BLZ: 'Belize',
};

/** Below this a point does not change the drawn outline; islands smaller than MIN_AREA are dropped. */
const TOLERANCE_PX = 0.45;
const MIN_AREA_PX2 = 3;
/** Margin between the fitted land and the map's edge. */
const PADDING_PX = 16;

/** The contiguous US only: Alaska and Hawaii would shrink the region the game is about to a strip. */
const CONTIGUOUS = { west: -128, east: -60, south: 23, north: 50 } as const;

export interface RegionMapOptions {
  readonly width?: number;
  readonly height?: number;
}

export function buildRegionMap(options: RegionMapOptions = {}): RegionMap {
  const width = options.width ?? MAP_SIZE.width;
  const height = options.height ?? MAP_SIZE.height;
  const topology = readAtlas();
  const countriesObject = topology.objects.countries;
  if (countriesObject === undefined || countriesObject.type !== 'GeometryCollection') {
    throw new Error(`${ATLAS} has no "countries" geometry collection`);
  }
  const all = feature(topology, countriesObject) as FeatureCollection<Geometry, { name: string }>;
  const shapes = new Map<CountryId, Feature<Polygon | MultiPolygon>>();
  for (const id of countryIds()) {
    const found = all.features.find((f) => String(f.id) === COUNTRY_CODES[id]);
    if (
      found === undefined ||
      (found.geometry.type !== 'Polygon' && found.geometry.type !== 'MultiPolygon')
    ) {
      throw new Error(`${ATLAS} has no polygon for ${id} (${COUNTRY_CODES[id]})`);
    }
    const geometry = id === 'USA' ? contiguous(found.geometry) : found.geometry;
    shapes.set(id, { ...found, geometry } as Feature<Polygon | MultiPolygon>);
  }

  // Parallels through the north and south of the region keep the scale error small across it;
  // rotated to 100°W, the middle of the two countries, so north points up along the border.
  const projection = geoConicConformal()
    .parallels([17, 40])
    .rotate([100, 0])
    .fitExtent(
      [
        [PADDING_PX, PADDING_PX],
        [width - PADDING_PX, height - PADDING_PX],
      ],
      { type: 'FeatureCollection', features: [...shapes.values()] },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);

  const countries = countryIds().map((id) => {
    const shape = shapes.get(id);
    if (shape === undefined) throw new Error(`no shape for ${id}`);
    const rings = projectRings(projection, shape.geometry)
      .map((ring) => simplifyRing(ring, TOLERANCE_PX))
      .filter((ring) => ring.length >= 3 && ringArea(ring) >= MIN_AREA_PX2)
      .map(flatRounded);
    return { id, name: COUNTRY_NAMES[id], rings, path: rings.map((r) => pathOf(r, true)).join('') };
  });

  const borders = BORDERS.map(({ id, a, b }) => {
    const shared = mesh(topology, countriesObject as GeometryCollection, (x, y) =>
      pair(x.id, y.id, COUNTRY_CODES[a], COUNTRY_CODES[b]),
    );
    const lines = projectLines(projection, shared);
    const points = flatRounded(simplifyLine(joinLines(lines), TOLERANCE_PX));
    return { id, points, path: pathOf(points, false) };
  });

  const places: Record<string, readonly [number, number]> = {};
  for (const [name, place] of Object.entries(PLACES)) {
    const xy = projection(place.lonLat as [number, number]);
    if (xy === null) throw new Error(`the place ${name} does not project`);
    places[name] = [round(xy[0]), round(xy[1])];
  }
  return { width, height, countries, borders, places };
}

function countryIds(): readonly CountryId[] {
  return COUNTRY_IDS;
}

function readAtlas(): Topology {
  const path = createRequire(import.meta.url).resolve(ATLAS);
  return JSON.parse(readFileSync(path, 'utf8')) as Topology;
}

function pair(x: unknown, y: unknown, a: string, b: string): boolean {
  return (String(x) === a && String(y) === b) || (String(x) === b && String(y) === a);
}

function contiguous(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const inside = ([lon, lat]: Position) =>
    lon !== undefined &&
    lat !== undefined &&
    lon >= CONTIGUOUS.west &&
    lon <= CONTIGUOUS.east &&
    lat >= CONTIGUOUS.south &&
    lat <= CONTIGUOUS.north;
  return { type: 'MultiPolygon', coordinates: polygons.filter((p) => (p[0] ?? []).every(inside)) };
}

/** Runs d3's path generator (resampling and clipping included) into point lists instead of a string. */
function collect(projection: GeoProjection, object: Parameters<ReturnType<typeof geoPath>>[0]) {
  const lines: { points: Point[]; closed: boolean }[] = [];
  let current: Point[] = [];
  const context: GeoContext = {
    beginPath() {},
    moveTo(x, y) {
      current = [[x, y]];
      lines.push({ points: current, closed: false });
    },
    lineTo(x, y) {
      current.push([x, y]);
    },
    closePath() {
      const line = lines[lines.length - 1];
      if (line !== undefined) line.closed = true;
    },
    arc() {},
  };
  geoPath(projection, context)(object);
  return lines;
}

function projectRings(projection: GeoProjection, geometry: Polygon | MultiPolygon): Point[][] {
  return collect(projection, geometry).map(({ points }) => {
    const last = points[points.length - 1];
    const first = points[0];
    const repeated =
      first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
    return repeated ? points.slice(0, -1) : points;
  });
}

function projectLines(projection: GeoProjection, geometry: Geometry): Point[][] {
  return collect(projection, geometry).map(({ points }) => points);
}

/**
 * A border as one polyline: the mesh gives it in pieces wherever the topology has a junction (a
 * river island, a third country's corner); they are chained end to end, each turned as needed.
 */
export function joinLines(lines: readonly Point[][]): Point[] {
  const left = lines.filter((l) => l.length > 0).map((l) => [...l]);
  const first = left.shift();
  if (first === undefined) return [];
  let chain: Point[] = first;
  while (left.length > 0) {
    let best = 0;
    let bestD = Number.POSITIVE_INFINITY;
    let mode: 'head' | 'tail' = 'tail';
    let reverse = false;
    const head = chain[0] as Point;
    const tail = chain[chain.length - 1] as Point;
    left.forEach((line, i) => {
      const s = line[0] as Point;
      const e = line[line.length - 1] as Point;
      const options: [number, 'head' | 'tail', boolean][] = [
        [dist(tail, s), 'tail', false],
        [dist(tail, e), 'tail', true],
        [dist(head, e), 'head', false],
        [dist(head, s), 'head', true],
      ];
      for (const [d, m, r] of options) {
        if (d < bestD) {
          bestD = d;
          best = i;
          mode = m;
          reverse = r;
        }
      }
    });
    const [next] = left.splice(best, 1);
    if (next === undefined) break;
    if (reverse) next.reverse();
    chain = mode === 'tail' ? [...chain, ...next.slice(1)] : [...next.slice(0, -1), ...chain];
  }
  return chain;
}

function dist(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

function flatRounded(points: readonly Point[]): number[] {
  const flat: number[] = [];
  for (const [x, y] of points) flat.push(round(x), round(y));
  return flat;
}

/** Shortest SVG `d`: absolute moves and lines, rounded coordinates. */
function pathOf(flat: readonly number[], closed: boolean): string {
  let d = '';
  for (let i = 0; i + 1 < flat.length; i += 2) d += `${i === 0 ? 'M' : 'L'}${flat[i]} ${flat[i + 1]}`;
  return closed && d !== '' ? `${d}Z` : d;
}
