// What the map shows: a scenario's own `map:` block, or June 2019's region when it has none.
import { describe, expect, it } from 'vitest';
import { PLACE_IDS, PLACES } from '../../../src/scenario/places';
import { JUNE_2019_MAP, mapView } from '../../../src/ui/view-models/map-view';

describe('mapView', () => {
  it("shows June 2019's region for a scenario without a map, framing every place", () => {
    const view = mapView({});
    expect([...view.countries]).toEqual(['USA', 'MEX']);
    expect([...view.borders]).toEqual(['us-mx', 'mx-gt']);
    expect(view.frame).toEqual(PLACE_IDS);
    expect(view.labels.map((l) => l.id)).toEqual(JUNE_2019_MAP.places);
    expect(view.routes).toHaveLength(4);
    // Every route walks north from Guatemala to a crossing on the US border.
    for (const r of view.routes) {
      expect(r[0]).toBe('guatemala-city');
      expect(PLACES[r[r.length - 1] ?? 'washington'].country).toBe('MEX');
    }
  });

  it("follows a scenario's block: its countries, borders, names, frame and routes", () => {
    const view = mapView({
      map: {
        countries: ['USA', 'GTM'],
        borders: ['mx-gt', 'gt-hn', 'gt-sv'],
        places: ['washington', 'guatemala-city', 'san-salvador', 'el-paso'],
        routes: [['san-salvador', 'guatemala-city', 'tecun-uman']],
      },
    });
    expect(view.countries.has('GTM')).toBe(true);
    expect(view.countries.has('MEX')).toBe(false);
    expect(view.borders.has('us-mx')).toBe(false);
    // With no frame of its own, the view frames the places it names.
    expect(view.frame).toEqual(['washington', 'guatemala-city', 'san-salvador', 'el-paso']);
    expect(view.routes).toEqual([['san-salvador', 'guatemala-city', 'tecun-uman']]);
  });

  it('marks the capitals and places each name on a side of its dot', () => {
    const view = mapView({
      map: { countries: ['USA'], borders: [], places: ['washington', 'el-paso', 'tucson'] },
    });
    expect(view.labels).toEqual([
      { id: 'washington', side: 'left', capital: true },
      { id: 'el-paso', side: 'above', capital: false },
      { id: 'tucson', side: 'right', capital: false },
    ]);
    expect(view.routes).toEqual([]);
  });
});
