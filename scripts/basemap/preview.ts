/**
 * `npx tsx scripts/basemap/preview.ts [west,south,east,north] [out.svg]`: draws the built basemap as an
 * SVG, to look at a rebuild without running the app. Turn it into a PNG with headless Chromium:
 * `chromium --headless --screenshot=out.png --window-size=1400,1000 out.svg`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { FRAME } from './frame.ts';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../geodata/basemap');
const bbox = (process.argv[2]?.split(',').map(Number) ?? FRAME) as [number, number, number, number];
const out = process.argv[3] ?? 'basemap-preview.svg';
const [w, s, e, n] = bbox;
const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
const W = 1400;
const scale = W / ((e - w) * k);
const H = Math.round((n - s) * scale);
const xy = (p: Position) => `${(((p[0]! - w) * k) * scale).toFixed(1)},${((n - p[1]!) * scale).toFixed(1)}`;
const ring = (r: Position[]) => `M${r.map(xy).join('L')}`;

function d(g: Geometry): string {
  switch (g.type) {
    case 'Point': return '';
    case 'LineString': return ring(g.coordinates);
    case 'MultiLineString': case 'Polygon': return g.coordinates.map(ring).join('');
    case 'MultiPolygon': return g.coordinates.map((p) => p.map((r) => `${ring(r)}Z`).join('')).join('');
    default: return '';
  }
}
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(DIR, `${name}.geojson`), 'utf8')) as FeatureCollection;
const layer = (name: string, style: (p: Record<string, unknown>) => string) =>
  read(name).features.map((f) => `<path d="${d(f.geometry)}" ${style(f.properties ?? {})}/>`).join('\n');

const labels = read('labels').features.map((f) => {
  const p = f.properties ?? {};
  const [x, y] = xy((f.geometry as { coordinates: Position }).coordinates).split(',');
  const size = p.kind === 'city' ? 15 - 2 * Number(p.rank ?? 3) : 14;
  const dot = p.kind === 'city' ? `<circle cx="${x}" cy="${y}" r="2.5"/>` : '';
  return `${dot}<text x="${Number(x) + 4}" y="${y}" font-size="${size}" fill="${p.kind === 'city' ? '#000' : p.kind === 'governorate' ? '#a6a' : '#46a'}">${String(p.name)} ${String(p.nameAr)}</text>`;
});

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif">
<rect width="${W}" height="${H}" fill="#cde"/>
${layer('land', () => 'fill="#eee4cc"')}
${layer('syria', () => 'fill="#fff8d0"')}
${layer('lakes', () => 'fill="#9cf" stroke="#36c" stroke-width="0.5"')}
${layer('coastline', () => 'fill="none" stroke="#247" stroke-width="0.8"')}
${layer('rivers', (p) => `fill="none" stroke="${p.name ? '#05f' : '#8cf'}" stroke-width="${p.name === 'Euphrates' ? 2.5 : 1}"`)}
${layer('governorates', () => 'fill="none" stroke="#a6a" stroke-width="0.8" stroke-dasharray="2 2"')}
${layer('roads', () => 'fill="none" stroke="#070" stroke-width="1.2" stroke-dasharray="6 3"')}
${layer('borders', (p) => `fill="none" stroke="#c00" stroke-width="1.5"${p.disputed ? ' stroke-dasharray="4 3"' : ''}`)}
${labels.join('\n')}
</svg>`;
fs.writeFileSync(out, svg);
console.log(`${out}: ${W}×${H}`);
