/** Countries, land, borders and coastline from Natural Earth 10 m, as the npm package `world-atlas` ships it. */
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';

const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-10m.json') as Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

/** ISO 3166 numeric (world-atlas' ids) → the id and names the basemap writes. Others keep Natural Earth's name. */
export const COUNTRY_NAMES: Record<string, { id: string; nameAr: string }> = {
  '760': { id: 'SYR', nameAr: 'سوريا' },
  '792': { id: 'TUR', nameAr: 'تركيا' },
  '368': { id: 'IRQ', nameAr: 'العراق' },
  '400': { id: 'JOR', nameAr: 'الأردن' },
  '422': { id: 'LBN', nameAr: 'لبنان' },
  '376': { id: 'ISR', nameAr: 'إسرائيل' },
  '275': { id: 'PSE', nameAr: 'فلسطين' },
  '196': { id: 'CYP', nameAr: 'قبرص' },
  '682': { id: 'SAU', nameAr: 'السعودية' },
  '818': { id: 'EGY', nameAr: 'مصر' },
  '364': { id: 'IRN', nameAr: 'إيران' },
};

export type Country = Feature<Polygon | MultiPolygon, { id: string; name: string; nameAr?: string }>;

export function countries(): Country[] {
  const fc = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  return fc.features.map((f) => {
    const known = f.id !== undefined ? COUNTRY_NAMES[String(f.id)] : undefined;
    return {
      type: 'Feature',
      geometry: f.geometry,
      properties: known ? { id: known.id, name: f.properties.name, nameAr: known.nameAr } : { id: f.properties.name.replace(/\W+/g, '-').toUpperCase(), name: f.properties.name },
    };
  });
}

export function land(): Feature<Polygon | MultiPolygon>[] {
  const fc = feature(topology, topology.objects.land) as unknown as FeatureCollection<Polygon | MultiPolygon>;
  return fc.features;
}

/** Boundaries shared by two countries, each with the ids of both sides. */
export function borders(): Array<{ a: string; b: string; geometry: MultiLineString }> {
  // Only the countries of the frame that have a name here: Cyprus's internal lines are left out.
  const ids = Object.keys(COUNTRY_NAMES);
  const out: Array<{ a: string; b: string; geometry: MultiLineString }> = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i]!, ids[j]!];
      const m = mesh(topology, topology.objects.countries, (x, y) =>
        (String(x.id) === a && String(y.id) === b) || (String(x.id) === b && String(y.id) === a));
      if (m.coordinates.length > 0) out.push({ a, b, geometry: m });
    }
  }
  return out;
}

/** Coast: arcs used by one country only. */
export function coastline(): MultiLineString {
  return mesh(topology, topology.objects.countries, (x, y) => x === y);
}
