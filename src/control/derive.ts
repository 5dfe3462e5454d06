import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface TownRecord { id: string; coord: [number, number] }
export interface ZoneRecord { id: string; centerTown: string; radiusKm: number }

/** Areas in km², per cell (same order as the cells) and the zones' overlap with each cell. */
export interface ControlAreas { cellKm2: number[]; zones: Array<{ id: string; km2: number; overlapKm2: Record<number, number> }> }

/** The circle of a zone, drawn with turf from its town's point. */
export function zoneCircle(center: [number, number], radiusKm: number): Feature<Polygon> {
  return turf.circle(center, radiusKm, { units: 'kilometers', steps: 96 });
}

const round4 = (g: Polygon | MultiPolygon): Polygon | MultiPolygon => {
  const r = (p: number[]) => [Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4];
  return g.type === 'Polygon' ? { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(r)) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(r))) };
};

/**
 * The static geometry of control: each town's Voronoi cell clipped to Syria (cell i belongs to town i),
 * then each zone's circle. Built once; the map colours it per date through feature-state.
 */
export function deriveCells(towns: readonly TownRecord[], zones: readonly ZoneRecord[], syria: Feature<Polygon | MultiPolygon>) {
  const bbox = turf.bbox(syria);
  const pad = [bbox[0] - 1, bbox[1] - 1, bbox[2] + 1, bbox[3] + 1] as [number, number, number, number];
  const vor = turf.voronoi(turf.featureCollection(towns.map((t) => turf.point(t.coord))), { bbox: pad });
  const features: Array<Feature<Polygon | MultiPolygon>> = [];
  const cellKm2: number[] = [];
  towns.forEach((t, i) => {
    const cell = vor.features[i];
    const clipped = cell ? turf.intersect(turf.featureCollection([cell, syria])) : null;
    if (!clipped) throw new Error(`town ${t.id} has no cell inside Syria (is it outside the border?)`);
    cellKm2.push(Math.round(turf.area(clipped) / 1e6));
    features.push({ type: 'Feature', id: i, properties: { town: t.id }, geometry: round4(clipped.geometry) });
  });
  const zoneAreas = zones.map((z, k) => {
    const center = towns.find((t) => t.id === z.centerTown);
    if (!center) throw new Error(`zone ${z.id}: unknown town ${z.centerTown}`);
    const circle = turf.intersect(turf.featureCollection([zoneCircle(center.coord, z.radiusKm), syria]))!;
    features.push({ type: 'Feature', id: towns.length + k, properties: { zone: z.id }, geometry: round4(circle.geometry) });
    const overlapKm2: Record<number, number> = {};
    features.slice(0, towns.length).forEach((f, i) => {
      const o = turf.intersect(turf.featureCollection([f, circle]));
      if (o) overlapKm2[i] = Math.round(turf.area(o) / 1e6);
    });
    return { id: z.id, km2: Math.round(turf.area(circle) / 1e6), overlapKm2 };
  });
  const cells: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features };
  return { cells, areas: { cellKm2, zones: zoneAreas } satisfies ControlAreas };
}

/** geodata/derived/control-cells.geojson and control-areas.json as text, as `npm run control` writes them. */
export function derivedControlTexts(towns: readonly TownRecord[], zones: readonly ZoneRecord[], syria: Feature<Polygon | MultiPolygon>): { cells: string; areas: string } {
  const { cells, areas } = deriveCells(towns, zones, syria);
  return {
    cells: `{"type":"FeatureCollection","features":[\n${cells.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`,
    areas: `${JSON.stringify(areas)}\n`,
  };
}
