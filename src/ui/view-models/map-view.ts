// What the map shows for a scenario: its `map:` block, or June 2019's region for a scenario
// without one (the flagship predates the block, and a teacher's file need not say anything about
// maps). Which side of its dot a name sits on is the view's business, not the scenario's.
import { type BorderId, type CountryId, PLACE_IDS, type PlaceId } from '../../scenario/places';
import type { Scenario, ScenarioMap } from '../../scenario/schema';

export type LabelSide = 'left' | 'right' | 'below' | 'above';

export interface MapLabel {
  readonly id: PlaceId;
  readonly side: LabelSide;
  readonly capital: boolean;
}

export interface MapView {
  /** The talks' own countries, drawn as land; the others are muted. */
  readonly countries: ReadonlySet<CountryId>;
  readonly borders: ReadonlySet<BorderId>;
  readonly labels: readonly MapLabel[];
  /** The places the view frames. */
  readonly frame: readonly PlaceId[];
  readonly routes: readonly (readonly PlaceId[])[];
}

/** June 2019: the US and Mexico, both of Mexico's land borders that matter, the crossings. */
export const JUNE_2019_MAP: ScenarioMap = {
  countries: ['USA', 'MEX'],
  borders: ['us-mx', 'mx-gt'],
  places: [
    'washington',
    'mexico-city',
    'guatemala-city',
    'tijuana',
    'ciudad-juarez',
    'nuevo-laredo',
    'matamoros',
    'tapachula',
    'tenosique',
  ],
  // Every projected place, as the map framed them before scenarios chose their own.
  frame: PLACE_IDS,
  routes: [
    ['guatemala-city', 'tapachula', 'mexico-city', 'ciudad-juarez'],
    ['guatemala-city', 'tapachula', 'mexico-city', 'tijuana'],
    ['guatemala-city', 'tenosique', 'mexico-city', 'nuevo-laredo'],
    ['guatemala-city', 'tenosique', 'matamoros'],
  ],
};

const CAPITALS: ReadonlySet<PlaceId> = new Set([
  'washington',
  'mexico-city',
  'guatemala-city',
  'san-salvador',
  'tegucigalpa',
]);

/** Where each name reads best against the coast and its neighbours; unlisted names sit right. */
const LABEL_SIDES: Partial<Record<PlaceId, LabelSide>> = {
  washington: 'left',
  'mexico-city': 'left',
  'guatemala-city': 'right',
  'san-salvador': 'below',
  tegucigalpa: 'right',
  'san-pedro-sula': 'above',
  'belize-city': 'right',
  tijuana: 'above',
  'san-diego': 'above',
  nogales: 'above',
  'ciudad-juarez': 'above',
  'el-paso': 'above',
  'nuevo-laredo': 'above',
  laredo: 'above',
  matamoros: 'right',
  brownsville: 'right',
  tapachula: 'left',
  'ciudad-hidalgo': 'left',
  'tecun-uman': 'left',
  tenosique: 'right',
  monterrey: 'left',
};

export function mapView(scenario: Pick<Scenario, 'map'>): MapView {
  const spec = scenario.map ?? JUNE_2019_MAP;
  return {
    countries: new Set(spec.countries),
    borders: new Set(spec.borders),
    labels: spec.places.map((id) => ({
      id,
      side: LABEL_SIDES[id] ?? 'right',
      capital: CAPITALS.has(id),
    })),
    frame: spec.frame ?? spec.places,
    routes: spec.routes ?? [],
  };
}
