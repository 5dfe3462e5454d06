import { BASEMAP_SOURCES, type BasemapSource } from './basemap-layers.ts';

// Vite copies each file into the build with a hashed name and gives its same-origin URL, so the basemap
// is fetched by MapLibre's worker from the page's own origin and never bundled into the JavaScript.
const urls = import.meta.glob('../../geodata/basemap/*.geojson', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** The URL of each embedded basemap file. */
export function basemapUrl(name: BasemapSource): string {
  const url = urls[`../../geodata/basemap/${name}.geojson`];
  if (!url) throw new Error(`basemap file missing: geodata/basemap/${name}.geojson`);
  return url;
}

export const allBasemapUrls = (): Record<BasemapSource, string> =>
  Object.fromEntries(BASEMAP_SOURCES.map((n) => [n, basemapUrl(n)])) as Record<BasemapSource, string>;
