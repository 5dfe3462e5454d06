import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { embeddedStyle, onlineStyle } from './style.ts';
import { lightTheme, type Theme } from './theme.ts';
import { BASEMAP_SOURCES, type BasemapSource } from './basemap-layers.ts';
import { dataOverlay } from '../app/data-overlay.ts';

const createUrls = () => Object.fromEntries(BASEMAP_SOURCES.map((n) => [n, `/assets/${n}.geojson`])) as Record<BasemapSource, string>;

describe('the style', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`is valid for the MapLibre style spec (${lang})`, () => {
      const style = embeddedStyle(lightTheme, lang, createUrls(), dataOverlay(lightTheme, lang));
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    });
  }
  it('has no glyphs or sprite, and every source in the page origin', () => {
    const style = embeddedStyle(lightTheme, 'en', createUrls(), dataOverlay(lightTheme, 'en'));
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const s of Object.values(style.sources)) expect(String((s as { data?: unknown }).data)).toMatch(/^\//);
  });
  it('draws labels as symbols on top of every other layer', () => {
    const layers = embeddedStyle(lightTheme, 'en', createUrls(), dataOverlay(lightTheme, 'en')).layers;
    const firstLabel = layers.findIndex((l) => l.type === 'symbol');
    expect(layers.slice(firstLabel).filter((l) => l.type !== 'symbol').map((l) => l.id).every((id) => /^(places|events|routes)-/.test(id))).toBe(true);
    expect(layers.at(-1)!.id).toBe('places-labels');
  });
  it('keeps the online style and adds the data on top', () => {
    const base = { version: 8 as const, sources: {}, layers: [{ id: 'bg', type: 'background' as const }] };
    const s = onlineStyle(base, dataOverlay(lightTheme, 'en'));
    expect(s.layers[0]!.id).toBe('bg');
    expect(validateStyleMin(s)).toEqual([]);
  });
  it('every theme colour is a hex colour', () => {
    for (const [k, v] of Object.entries(lightTheme as Theme)) expect(v, k).toMatch(/^#[0-9a-f]{6}$/);
  });
});
