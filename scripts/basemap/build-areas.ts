/** Land, countries, Syria, coast and boundaries (international, claimed, governorate). */
import * as turf from '@turf/turf';
import type { Feature, MultiLineString } from 'geojson';
import { FRAME } from './frame.ts';
import { borders, coastline, countries, land, COUNTRY_NAMES } from './countries.ts';
import { clip, rewind, simplify } from './geometry.ts';
import { GOVERNORATES, sharedEdges } from './governorates.ts';
import { disputedLines, syrianAdmin1 } from './natural-earth-qgis.ts';

/** Tolerances in degrees: ~10 m for syria.geojson, ~50 m for Syria's border elsewhere, ~100 m for the rest. */
export const EXACT = 0.0001;
export const PRECISE = 0.0005;
export const COARSE = 0.001;

const present = <T>(x: T | null): x is T => x !== null;

export function buildAreas() {
  const all = countries();
  const syria = all.find((c) => c.properties.id === 'SYR')!;
  const known = new Set(Object.values(COUNTRY_NAMES).map((n) => n.id));
  const countryFeatures = all.filter((c) => known.has(c.properties.id))
    .map((c) => (c.properties.id === 'SYR' ? simplify(c, PRECISE) : clip(simplify(c, COARSE), FRAME)))
    .filter(present);

  // Borders: Syria's precise. Natural Earth draws the Golan Heights inside Israel (held since 1967), so the
  // Syria–Israel line is the 1974 ceasefire line and is marked disputed; Natural Earth's claim lines add
  // the pre-1967 line on the Golan's west side and the Shebaa Farms.
  const idOf = (n: string) => COUNTRY_NAMES[n]!.id;
  const international = borders().flatMap(({ a, b, geometry }) => {
    const pair = [idOf(a), idOf(b)].sort();
    const f = clip(simplify(turf.feature(geometry, {}), pair.includes('SYR') ? PRECISE : COARSE) as Feature<MultiLineString>, FRAME);
    if (!f) return [];
    const props: Record<string, unknown> = { kind: 'international', countries: pair };
    if (pair.join('-') === 'ISR-SYR') {
      Object.assign(props, { disputed: true, note: 'the 1974 ceasefire line: the Golan Heights west of it are Syrian territory held by Israel since 1967' });
    }
    return [{ ...f, properties: props }];
  });
  const claims = disputedLines().features.map((f) => {
    const golan = f.properties.name === 'Syrian claim';
    return {
      ...turf.feature(f.geometry),
      properties: {
        kind: 'claim', countries: golan ? ['ISR', 'SYR'] : ['ISR', 'LBN'], claimant: golan ? 'SYR' : 'LBN', disputed: true,
        note: golan ? 'the line of 1923–1967 that Syria claims: the Golan Heights lie between it and the ceasefire line'
          : 'the Shebaa Farms, claimed by Lebanon, held by Israel',
      },
    };
  });

  const admin1 = syrianAdmin1().features.filter((f) => f.properties.fips && GOVERNORATES[f.properties.fips]);
  const edges = sharedEdges(admin1.map((f) => ({ id: f.properties.fips!, geometry: f.geometry })));
  const governorates = edges.map((e) => {
    const [a, b] = e.between.map((fips) => GOVERNORATES[fips]!);
    return turf.multiLineString(e.lines, {
      kind: 'governorate', between: [a!.id, b!.id], names: [a!.name, b!.name], generalised: true,
    }) as Feature;
  });
  const governorateLabels = admin1.map((f) => {
    const g = GOVERNORATES[f.properties.fips!]!;
    const c = turf.centerOfMass(f);
    const at = turf.booleanPointInPolygon(c, f) ? c : turf.pointOnFeature(f);
    return turf.point(at.geometry.coordinates, { kind: 'governorate', id: g.id, name: g.name, nameAr: g.nameAr });
  });

  return {
    syria: [rewind(simplify(syria, EXACT))],
    countries: countryFeatures,
    land: land().map((f) => clip(simplify(f, COARSE), FRAME)).filter(present),
    coastline: [clip(simplify(turf.feature(coastline(), { kind: 'coast' }), COARSE), FRAME)].filter(present),
    borders: [...international, ...claims] as Feature[],
    governorates,
    governorateLabels,
  };
}
