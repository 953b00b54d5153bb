import type { CountryId, RegionMap } from 'virtual:region-map';
import { describe, expect, it } from 'vitest';
import { buildRegionMap, joinLines, MAP_SIZE } from '../../../src/cli/build/region-map';
import { regionMapPlugin } from '../../../src/cli/build/region-map-plugin';
import { BORDER_IDS, PLACES } from '../../../src/scenario/places';
import { importModule, loadVirtual } from './plugin-hooks';

const map = buildRegionMap();

function bounds(flat: readonly number[]) {
  const xs = flat.filter((_, i) => i % 2 === 0);
  const ys = flat.filter((_, i) => i % 2 === 1);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

function country(m: RegionMap, id: CountryId) {
  const found = m.countries.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no ${id} on the map`);
  return found;
}

/** Even–odd rule over all of a country's rings. */
function inside(rings: readonly (readonly number[])[], [x, y]: readonly [number, number]): boolean {
  let hit = false;
  for (const ring of rings) {
    const n = ring.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = ring[2 * i] ?? 0;
      const yi = ring[2 * i + 1] ?? 0;
      const xj = ring[2 * j] ?? 0;
      const yj = ring[2 * j + 1] ?? 0;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  }
  return hit;
}

describe('virtual:region-map', () => {
  it('has the six countries, each with rings and a path', () => {
    expect(map.countries.map((c) => c.id).sort()).toEqual(['BLZ', 'GTM', 'HND', 'MEX', 'SLV', 'USA']);
    for (const c of map.countries) {
      expect(c.rings.length).toBeGreaterThan(0);
      for (const ring of c.rings) expect(ring.length).toBeGreaterThanOrEqual(6);
      expect(c.path).toMatch(/^M[\d.]+ [\d.]+L/);
      expect(c.path.match(/M/g)?.length).toBe(c.rings.length);
    }
  });

  it('keeps every coordinate inside the map, rounded to a tenth of a pixel', () => {
    expect([map.width, map.height]).toEqual([MAP_SIZE.width, MAP_SIZE.height]);
    const all = [
      ...map.countries.flatMap((c) => c.rings.flat()),
      ...map.borders.flatMap((b) => b.points),
      ...Object.values(map.places).flat(),
    ];
    for (let i = 0; i < all.length; i += 2) {
      const x = all[i] ?? Number.NaN;
      const y = all[i + 1] ?? Number.NaN;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(map.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(map.height);
    }
    for (const v of all) expect(Math.round(v * 10) / 10).toBe(v);
  });

  it('shows only the contiguous US: nothing north-west of Washington state', () => {
    // Alaska would sit far up and left of Seattle; Hawaii far down and left of San Diego.
    const usa = bounds(country(map, 'USA').rings.flat());
    const sanDiego = map.places['san-diego'] ?? [0, 0];
    expect(usa.minX).toBeGreaterThan(sanDiego[0] - 80);
  });

  it('puts each place in its own country', () => {
    for (const [name, place] of Object.entries(PLACES)) {
      const xy = map.places[name];
      if (xy === undefined) throw new Error(`${name} is not on the map`);
      const box = bounds(country(map, place.country).rings.flat());
      expect({
        name,
        x: xy[0] >= box.minX && xy[0] <= box.maxX,
        y: xy[1] >= box.minY && xy[1] <= box.maxY,
      }).toEqual({ name, x: true, y: true });
    }
    // Places away from a border, checked against the outline itself, not only its box. (The twin
    // border towns, El Paso and Ciudad Juárez, lie within a pixel or two of the line at this size.)
    const checks: [string, CountryId][] = [
      ['washington', 'USA'],
      ['tucson', 'USA'],
      ['mexico-city', 'MEX'],
      ['monterrey', 'MEX'],
      ['tapachula', 'MEX'],
      ['tenosique', 'MEX'],
      ['guatemala-city', 'GTM'],
    ];
    for (const [name, id] of checks) {
      const xy = map.places[name] ?? [0, 0];
      expect({ name, inside: inside(country(map, id).rings, xy) }).toEqual({ name, inside: true });
    }
    expect(inside(country(map, 'USA').rings, map.places.tapachula ?? [0, 0])).toBe(false);
  });

  it('draws every border a scenario may trace, where the countries meet', () => {
    expect(map.borders.map((b) => b.id)).toEqual(BORDER_IDS);
    for (const b of map.borders) {
      expect(b.points.length).toBeGreaterThanOrEqual(4);
      expect(b.path.match(/M/g)?.length).toBe(1);
    }
    // The US–Mexico border runs from the Pacific near Tijuana to the Gulf near Matamoros.
    const usMx = map.borders[0]?.points ?? [];
    const ends = [usMx.slice(0, 2), usMx.slice(-2)];
    const near = (p: number[], place: string) => {
      const q = map.places[place] ?? [0, 0];
      return Math.hypot((p[0] ?? 0) - q[0], (p[1] ?? 0) - q[1]) < 15;
    };
    expect(ends.some((p) => near(p, 'tijuana'))).toBe(true);
    expect(ends.some((p) => near(p, 'matamoros'))).toBe(true);
  });

  it('chains border pieces end to end, turning them as needed', () => {
    const joined = joinLines([
      [
        [2, 0],
        [3, 0],
      ],
      [
        [1, 0],
        [0, 0],
      ],
      [
        [1, 0],
        [2, 0],
      ],
    ]);
    expect(joined).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
  });

  it('emits a small standalone module with the same map', async () => {
    const { code } = await loadVirtual(regionMapPlugin(), 'virtual:region-map');
    expect(code.length).toBeLessThan(60_000);
    expect(code).not.toMatch(/^\s*import\b|\bimport\(|\brequire\(/m);
    const { regionMap } = (await importModule(code)) as { regionMap: RegionMap };
    expect(regionMap).toEqual(map);
    expect(Object.isFrozen(regionMap.countries)).toBe(true);
  });
});
