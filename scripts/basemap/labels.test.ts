import { describe, expect, it } from 'vitest';
import { AREA_LABELS, CITY_LABELS, slug } from './labels.ts';
import { city } from './geonames.ts';

describe('slug', () => {
  it('writes the gazetteer ids of the places the texts name', () => {
    expect(slug('Deir ez-Zor')).toBe('deir-ez-zor');
    expect(slug("Dara'a")).toBe('daraa');
    expect(slug('Al-Bukamal')).toBe('al-bukamal');
    expect(slug("al-Qa'im")).toBe('al-qaim');
    expect(slug('Şanlıurfa')).toBe('sanliurfa');
  });
});

describe('labels', () => {
  it('gives every label an Arabic name and unique slugs to cities', () => {
    for (const l of [...AREA_LABELS, ...CITY_LABELS]) expect(l.nameAr, l.name).toMatch(/[\u0600-\u06FF]/);
    const ids = CITY_LABELS.map((l) => slug(l.name));
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('finds every city in GeoNames, inside the frame', () => {
    for (const l of CITY_LABELS.filter((c) => !c.at)) {
      const [x, y] = city(l.name, l.country, l.geonamesName).loc.coordinates;
      expect(x > 30.5 && x < 45.5 && y > 29.5 && y < 39.5, l.name).toBe(true);
    }
  });
});
