/**
 * Syria's governorates (محافظات), from Natural Earth's admin-1 as generalised in QGIS's world map: only the
 * lines between two governorates are drawn (the national border comes from the precise admin-0 data), and
 * each governorate gets a label point. Arabic names are the governorates' official names.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { joinLines, polygonsOf } from './geometry.ts';

/** Natural Earth's FIPS code → the id and names the basemap writes. */
export const GOVERNORATES: Record<string, { id: string; name: string; nameAr: string }> = {
  SY01: { id: 'al-hasakah-governorate', name: 'al-Hasakah', nameAr: 'الحسكة' },
  SY02: { id: 'latakia-governorate', name: 'Latakia', nameAr: 'اللاذقية' },
  SY03: { id: 'quneitra-governorate', name: 'Quneitra', nameAr: 'القنيطرة' },
  SY04: { id: 'raqqa-governorate', name: 'Raqqa', nameAr: 'الرقة' },
  SY05: { id: 'suwayda-governorate', name: 'Suwayda', nameAr: 'السويداء' },
  SY06: { id: 'daraa-governorate', name: "Dara'a", nameAr: 'درعا' },
  SY07: { id: 'deir-ez-zor-governorate', name: 'Deir ez-Zor', nameAr: 'دير الزور' },
  SY08: { id: 'rif-dimashq-governorate', name: 'Rif Dimashq', nameAr: 'ريف دمشق' },
  SY09: { id: 'aleppo-governorate', name: 'Aleppo', nameAr: 'حلب' },
  SY10: { id: 'hama-governorate', name: 'Hama', nameAr: 'حماة' },
  SY11: { id: 'homs-governorate', name: 'Homs', nameAr: 'حمص' },
  SY12: { id: 'idlib-governorate', name: 'Idlib', nameAr: 'إدلب' },
  SY13: { id: 'damascus-governorate', name: 'Damascus', nameAr: 'دمشق' },
  SY14: { id: 'tartus-governorate', name: 'Tartus', nameAr: 'طرطوس' },
};

export interface Edge { between: [string, string]; lines: Position[][] }

/**
 * The boundaries shared by two areas: every segment that appears in exactly two areas' rings (in either
 * direction), stitched into lines, one entry per pair of neighbours sorted by id.
 */
export function sharedEdges(areas: Array<{ id: string; geometry: Polygon | MultiPolygon }>): Edge[] {
  const key = (p: Position) => `${p[0]!.toFixed(7)},${p[1]!.toFixed(7)}`;
  const owners = new Map<string, { ids: Set<string>; seg: [Position, Position] }>();
  for (const a of areas) {
    for (const ring of polygonsOf(a.geometry).flat()) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [p, q] = [ring[i]!, ring[i + 1]!];
        const k = [key(p), key(q)].sort().join(' ');
        const o = owners.get(k) ?? { ids: new Set<string>(), seg: [p, q] };
        o.ids.add(a.id);
        owners.set(k, o);
      }
    }
  }
  const byPair = new Map<string, Position[][]>();
  for (const { ids, seg } of owners.values()) {
    if (ids.size !== 2) continue;
    const pair = [...ids].sort().join('|');
    byPair.set(pair, [...(byPair.get(pair) ?? []), seg]);
  }
  return [...byPair.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([pair, segs]) => ({
    between: pair.split('|') as [string, string],
    lines: joinLines(segs, 1e-9),
  }));
}
