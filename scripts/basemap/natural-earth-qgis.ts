/**
 * Natural Earth 1:10m admin-1 (governorates) and disputed boundary lines, as Debian's `qgis-common`
 * package ships them in `world_map.gpkg` (generalised by QGIS with GRASS v.generalize; README_world_map.md
 * beside it). Read with GDAL's `ogr2ogr`. Needed only to rebuild:
 * `apt-get download qgis-common && dpkg -x qgis-common_*.deb /tmp/qgis`, then
 * `QGIS_WORLD_MAP=/tmp/qgis/usr/share/qgis/resources/data/world_map.gpkg npm run basemap`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';

const CANDIDATES = [process.env.QGIS_WORLD_MAP, '/usr/share/qgis/resources/data/world_map.gpkg', '/tmp/qgis/usr/share/qgis/resources/data/world_map.gpkg'];

/** The path of world_map.gpkg, or an error that says how to get it. */
export function worldMapPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && fs.existsSync(p));
  if (!found) throw new Error('world_map.gpkg not found: apt-get download qgis-common, dpkg -x it, and set QGIS_WORLD_MAP (see geodata/basemap/README.md)');
  return found;
}

function layer<G extends FeatureCollection>(name: string, where: string): G {
  const text = execFileSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', worldMapPath(), name, '-where', where], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(text) as G;
}

export type Admin1 = FeatureCollection<Polygon | MultiPolygon, { name: string; fips: string | null; gn_name: string | null }>;

/** Syria's first-level divisions (14 governorates and the UNDOF zone). */
export const syrianAdmin1 = () => layer<Admin1>('states_provinces', "adm0_a3 = 'SYR'");

export type Disputed = FeatureCollection<MultiLineString, { name: string; adm0_a3_l: string }>;

/** Natural Earth's claim lines around the Golan Heights and the Shebaa Farms. */
export const disputedLines = () => layer<Disputed>('disputed_borders', "name IN ('Syrian claim', 'Lebanese claim')");
