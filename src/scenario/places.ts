// What a scenario's map may show: the countries the build projects, the borders it traces, and the
// places it can name, as [longitude, latitude] in degrees (WGS 84, from each place's public
// coordinates) with the country each lies in (the map tests check it). The scenario schema
// validates a `map:` block against these ids; the build projects them.

/** ISO 3166-1 alpha-3 codes of the countries the map draws. */
export const COUNTRY_IDS = ['USA', 'MEX', 'GTM', 'HND', 'SLV', 'BLZ'] as const;
export type CountryId = (typeof COUNTRY_IDS)[number];

/** The land borders the map can trace, as pairs of countries. */
export const BORDERS = [
  { id: 'us-mx', a: 'USA', b: 'MEX' },
  { id: 'mx-gt', a: 'MEX', b: 'GTM' },
  { id: 'mx-bz', a: 'MEX', b: 'BLZ' },
  { id: 'gt-bz', a: 'GTM', b: 'BLZ' },
  { id: 'gt-hn', a: 'GTM', b: 'HND' },
  { id: 'gt-sv', a: 'GTM', b: 'SLV' },
] as const satisfies readonly { id: string; a: CountryId; b: CountryId }[];
export type BorderId = (typeof BORDERS)[number]['id'];
export const BORDER_IDS = BORDERS.map((b) => b.id) as [BorderId, ...BorderId[]];

export interface Place {
  readonly lonLat: readonly [number, number];
  readonly country: CountryId;
}

export const PLACES = {
  washington: { lonLat: [-77.0369, 38.9072], country: 'USA' },
  'mexico-city': { lonLat: [-99.1332, 19.4326], country: 'MEX' },
  'guatemala-city': { lonLat: [-90.5069, 14.6349], country: 'GTM' },
  'san-salvador': { lonLat: [-89.2182, 13.6929], country: 'SLV' },
  tegucigalpa: { lonLat: [-87.2068, 14.0723], country: 'HND' },
  'san-pedro-sula': { lonLat: [-88.025, 15.5042], country: 'HND' },
  'belize-city': { lonLat: [-88.1962, 17.5046], country: 'BLZ' },
  monterrey: { lonLat: [-100.3161, 25.6866], country: 'MEX' },
  // Crossings on the US–Mexico border, west to east, Mexican side first.
  tijuana: { lonLat: [-117.0382, 32.5149], country: 'MEX' },
  'san-diego': { lonLat: [-117.1611, 32.7157], country: 'USA' },
  nogales: { lonLat: [-110.9381, 31.3012], country: 'MEX' },
  tucson: { lonLat: [-110.9747, 32.2226], country: 'USA' },
  'ciudad-juarez': { lonLat: [-106.4245, 31.6904], country: 'MEX' },
  'el-paso': { lonLat: [-106.485, 31.7619], country: 'USA' },
  'piedras-negras': { lonLat: [-100.5231, 28.7], country: 'MEX' },
  'del-rio': { lonLat: [-100.8968, 29.3709], country: 'USA' },
  'nuevo-laredo': { lonLat: [-99.5075, 27.4764], country: 'MEX' },
  laredo: { lonLat: [-99.4803, 27.5306], country: 'USA' },
  reynosa: { lonLat: [-98.2978, 26.0508], country: 'MEX' },
  'rio-grande-valley': { lonLat: [-98.23, 26.2034], country: 'USA' },
  matamoros: { lonLat: [-97.5044, 25.869], country: 'MEX' },
  brownsville: { lonLat: [-97.4975, 25.9017], country: 'USA' },
  // The southern border: where the Guard deployed first, and the main crossings from Guatemala.
  tapachula: { lonLat: [-92.2667, 14.9031], country: 'MEX' },
  'ciudad-hidalgo': { lonLat: [-92.1533, 14.6789], country: 'MEX' },
  'tecun-uman': { lonLat: [-92.1431, 14.6764], country: 'GTM' },
  tenosique: { lonLat: [-91.4228, 17.4747], country: 'MEX' },
} as const satisfies Readonly<Record<string, Place>>;

export type PlaceId = keyof typeof PLACES;
export const PLACE_IDS = Object.keys(PLACES) as [PlaceId, ...PlaceId[]];
