/**
 * Lakes named by a point inside each (GSHHG's lake shores carry no names). `drop` marks a lake that GSHHG
 * still draws but that no longer exists in the years the map covers.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export interface LakeDef { name: string; nameAr: string; inside: [number, number]; drop?: string; note?: string }

export const LAKES: LakeDef[] = [
  { name: 'Lake Assad', nameAr: 'بحيرة الأسد', inside: [38.3, 35.98] },
  { name: 'Lake Tiberias', nameAr: 'بحيرة طبريا', inside: [35.59, 32.82] },
  { name: 'Lake Qattinah', nameAr: 'بحيرة قطينة', inside: [36.6, 34.66] },
  { name: 'Lake Jabbul', nameAr: 'سبخة الجبول', inside: [37.5, 36.05], note: 'a salt lake, partly dry in summer' },
  { name: 'Lake Utaybah', nameAr: 'بحيرة العتيبة', inside: [36.64, 33.49], note: 'the Barada’s terminal marsh east of the Ghouta, often dry' },
  { name: 'Lake Amik', nameAr: 'بحيرة العمق', inside: [36.32, 36.35], drop: 'drained in the 1970s; GSHHG still draws it' },
  { name: 'Atatürk Reservoir', nameAr: 'سد أتاتورك', inside: [38.75, 37.55] },
  { name: 'Lake Haditha', nameAr: 'بحيرة حديثة', inside: [42.2, 34.4] },
  { name: 'Lake Tharthar', nameAr: 'بحيرة الثرثار', inside: [43.3, 34.0] },
  { name: 'Dead Sea', nameAr: 'البحر الميت', inside: [35.5, 31.5] },
  { name: 'Lake Habbaniyah', nameAr: 'بحيرة الحبانية', inside: [43.45, 33.3] },
  { name: 'Lake Razzaza', nameAr: 'بحيرة الرزازة', inside: [43.65, 32.75] },
  { name: 'Lake Van', nameAr: 'بحيرة وان', inside: [42.9, 38.6] },
  { name: 'Lake Dukan', nameAr: 'بحيرة دوكان', inside: [44.95, 36.1] },
  { name: 'Lake Hazar', nameAr: 'بحيرة هزار', inside: [39.4, 38.48] },
  { name: 'Lake Tuz', nameAr: 'بحيرة توز', inside: [33.4, 38.8] },
];

/** The known lake whose point lies inside `poly`, or null. */
export function nameLake(poly: Feature<Polygon | MultiPolygon>, lakes: LakeDef[] = LAKES): LakeDef | null {
  return lakes.find((l) => turf.booleanPointInPolygon(turf.point(l.inside), poly)) ?? null;
}
