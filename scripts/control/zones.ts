import { P, R } from './sources.ts';
import type { Period } from './towns.ts';

/**
 * Areas whose control did not follow towns: the 55 km deconfliction zone around the al-Tanf garrison,
 * drawn with turf as a circle from the garrison's point. Before its first period the zone draws nothing.
 */
export interface ZoneDef { id: string; name: string; centerTown: string; radiusKm: number; periods: Period[] }

export const ZONES: ZoneDef[] = [
  {
    id: 'tanf-zone', name: 'the 55 km zone around al-Tanf', centerTown: 'al-tanf', radiusKm: 55,
    periods: [
      { from: '2017-05-18', faction: 'us_backed', status: 'held', source: R('ABC News', '2017-05-18', 'a US aircraft strikes a pro-Assad militia convoy advancing inside the deconfliction zone around al-Tanf', 'http://abcnews.go.com/International/us-aircraft-strikes-pro-assad-forces-syria/story?id=47491949'), note: 'the zone the May–June 2017 US strikes enforced' },
      { from: '2017-06-13', faction: 'us_backed', status: 'held', source: P('pierret-by-mid-june-2017-washington-s'), dateUncertain: true, note: 'HIMARS deployed to al-Tanf; the zone held until the end of 2024' },
    ],
  },
];
