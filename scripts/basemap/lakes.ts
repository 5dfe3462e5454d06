/** Lakes named by a point inside each (GSHHG's lake shores carry no names). */
import * as turf from '@turf/turf';
import type { Feature } from 'geojson';

export const LAKES = [
  { name: 'Lake Assad', nameAr: 'بحيرة الأسد', inside: [38.3, 35.98] },
  { name: 'Lake Tiberias', nameAr: 'بحيرة طبريا', inside: [35.59, 32.82] },
  { name: 'Lake Qattinah', nameAr: 'بحيرة قطينة', inside: [36.6, 34.66] },
  { name: 'Atatürk Reservoir', nameAr: 'سد أتاتورك', inside: [38.75, 37.55] },
  { name: 'Lake Haditha', nameAr: 'بحيرة حديثة', inside: [42.2, 34.4] },
  { name: 'Lake Tharthar', nameAr: 'بحيرة الثرثار', inside: [43.3, 34.0] },
  { name: 'Dead Sea', nameAr: 'البحر الميت', inside: [35.5, 31.5] },
  { name: 'Lake Habbaniyah', nameAr: 'بحيرة الحبانية', inside: [43.45, 33.3] },
  { name: 'Lake Razzaza', nameAr: 'بحيرة الرزازة', inside: [43.65, 32.75] },
  { name: 'Lake Van', nameAr: 'بحيرة وان', inside: [42.9, 38.6] },
] as const;

export function nameLake(poly: Feature): (typeof LAKES)[number] | null {
  return LAKES.find((l) => turf.booleanPointInPolygon(turf.point([...l.inside]), poly as never)) ?? null;
}
