import * as turf from '@turf/turf';
import type { Chapter } from './schema.ts';

/** A chapter's distances, computed with turf from the gazetteer's points: straight lines, rounded to 5 km. */
export function chapterDistances(chapter: Chapter, centerOf: (id: string) => [number, number] | undefined): Array<{ label: string; km: number }> {
  return (chapter.distances ?? []).flatMap((d) => {
    const a = centerOf(d.from);
    const b = centerOf(d.to);
    if (!a || !b) return [];
    return [{ label: d.label, km: Math.round(turf.distance(a, b, { units: 'kilometers' }) / 5) * 5 }];
  });
}
