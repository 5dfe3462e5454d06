/**
 * What "Export" writes, as pure functions of the data and the view: the control areas on a date and the
 * places as GeoJSON (RFC 7946: WGS84, exterior rings counter-clockwise, flat properties that QGIS reads
 * as columns), the passages as CSV (RFC 4180), and the citation of the view.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { BlockKind } from '../data/corpus.ts';
import type { Passage, PlaceInfo, SourceMeta } from '../data/types.ts';
import type { SourceRef, Town, Zone } from '../control/schema.ts';
import { periodAt } from '../control/control-at.ts';
import { FACTIONS } from '../control/factions.ts';
import { formatLongDate } from '../state/dates.ts';
import { t } from '../i18n/strings.ts';

type Props = Record<string, string | number | boolean | null>;

/** A period's source in words: the passage it rests on, or the public record with its date and subject. */
export function sourceText(ref: SourceRef, passages?: ReadonlyMap<string, Passage>, sources?: ReadonlyMap<string, SourceMeta>): string {
  if ('passage' in ref) {
    const p = passages?.get(ref.passage);
    const s = p ? sources?.get(p.source) : undefined;
    return `passage ${ref.passage}${s ? ` (${s.shortLabel})` : ''}`;
  }
  return `${ref.record}, ${ref.date}: ${ref.about}`;
}

/** Rounds to 5 decimals (about a metre) and winds rings as RFC 7946 asks. */
function tidy<G extends Geometry>(g: G): G {
  const round = (c: unknown): unknown => (typeof c === 'number' ? Math.round(c * 1e5) / 1e5 : Array.isArray(c) ? c.map(round) : c);
  const rounded = { ...g, coordinates: round((g as { coordinates: unknown }).coordinates) } as G;
  return g.type === 'Polygon' || g.type === 'MultiPolygon' ? (turf.rewind(rounded as never, { reverse: false }) as unknown as G) : rounded;
}

/**
 * Who held what on `date`: one feature per town's cell and per zone (zones after towns, as the map draws
 * them over the cells), each with its faction, status, the day that status began and its source. Cells no
 * faction held on the day, and hidden factions, are left out; the hidden ones are listed in `hidden_factions`.
 */
export function controlGeojson(
  cells: FeatureCollection<Polygon | MultiPolygon>, towns: readonly Town[], zones: readonly Zone[], date: string,
  opts: { hidden?: readonly string[]; passages?: ReadonlyMap<string, Passage>; sources?: ReadonlyMap<string, SourceMeta> } = {},
): FeatureCollection<MultiPolygon, Props> & { hidden_factions?: string[] } {
  const features: Array<Feature<MultiPolygon, Props>> = [];
  const add = (i: number, kind: 'town' | 'zone', rec: Town | Zone) => {
    const p = periodAt(rec.periods, date);
    const cell = cells.features[i];
    if (!p || !cell || opts.hidden?.includes(p.faction)) return;
    features.push({
      type: 'Feature', id: `${kind}:${rec.id}`,
      properties: {
        kind, id: rec.id, name: rec.name, date, faction: p.faction, faction_label: FACTIONS[p.faction].label, status: p.status,
        since: p.from, since_uncertain: p.dateUncertain ?? false, group: p.group ?? null, note: p.note ?? null,
        source: sourceText(p.source, opts.passages, opts.sources),
        source_url: 'url' in p.source ? p.source.url ?? null : null,
      },
      // One geometry type for the whole layer, so that QGIS opens it as one polygon layer.
      geometry: tidy(cell.geometry.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [cell.geometry.coordinates] } : cell.geometry),
    });
  };
  towns.forEach((t, i) => add(i, 'town', t));
  zones.forEach((z, k) => add(towns.length + k, 'zone', z));
  // A file without some factions says so itself (a foreign member GeoJSON allows), not only the dialog.
  const hidden = opts.hidden?.length ? { hidden_factions: [...opts.hidden] } : {};
  return { type: 'FeatureCollection', ...hidden, features };
}

/** The places with their names, kind, mentions in each text and where the coordinates come from. */
export function placesGeojson(
  features: ReadonlyArray<Feature<Geometry, { id: string }>>, places: ReadonlyMap<string, PlaceInfo>,
  counts: ReadonlyMap<string, Readonly<Record<string, number>>>, passagesByPlace: ReadonlyMap<string, readonly Passage[]>,
  sourceIds: readonly string[], only?: ReadonlySet<string> | null,
): FeatureCollection<Geometry, Props> {
  const out: Array<Feature<Geometry, Props>> = [];
  for (const f of features) {
    const p = places.get(f.properties.id);
    if (!p || (only && !only.has(p.id))) continue;
    const own = counts.get(p.id) ?? {};
    const bySource = Object.fromEntries(sourceIds.map((s) => [`mentions_${s.replace(/-/g, '_')}`, own[s] ?? 0]));
    out.push({
      type: 'Feature', id: p.id,
      properties: {
        id: p.id, name: p.name, name_ar: p.nameAr, kind: p.kind, aliases: p.aliases.join('; '),
        mentions: Object.values(own).reduce((a, b) => a + b, 0), ...bySource,
        passages: passagesByPlace.get(p.id)?.length ?? 0, location: p.locationNote,
      },
      geometry: tidy(f.geometry),
    });
  }
  return { type: 'FeatureCollection', features: out };
}

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function field(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The passages, one row each: id, text (as quoted), source, its title and author, the places, the date it refers to,
 * our note, and whether the text quotes another voice there (`quotation`: `yes` for a quotation within the text, not
 * the author's own words, as the popups say; `no`; empty where the source's text could not be read). `kinds` maps a
 * passage's id to the kind of block it was found in, or null where it was not found.
 */
export function passagesCsv(passages: Iterable<Passage>, sources: ReadonlyMap<string, SourceMeta>, places: ReadonlyMap<string, PlaceInfo>, kinds: ReadonlyMap<string, BlockKind | null> = new Map()): string {
  const head = ['id', 'source', 'source_title', 'source_author', 'places', 'place_names', 'refers_to', 'text', 'note', 'quotation'];
  const rows = [...passages].map((p) => {
    const s = sources.get(p.source);
    const refers = !p.date ? '' : typeof p.date === 'string' ? p.date : `${p.date.from}/${p.date.to}`;
    const kind = kinds.get(p.id);
    const quotation = kind === 'quote' ? 'yes' : kind ? 'no' : '';
    return [p.id, p.source, s?.title ?? '', s?.author ?? '', p.places.join('; '), p.places.map((id) => places.get(id)?.name ?? id).join('; '), refers, p.text, p.note ?? '', quotation];
  });
  return `${[head, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** "Syria 2015–2024: the places in the texts, view of 15 July 2018 (…). <url> (accessed 29 November 2026)." */
export function citation(o: { title: string; date: string; url: string; today: string; place?: string | null; text?: string | null }): string {
  const details = [o.place ? t('citeSelected', { place: o.place }) : null, o.text ? t('citeNamedIn', { text: o.text }) : null].filter(Boolean).join('; ');
  return t('citeLine', { title: o.title, date: formatLongDate(o.date), details: details ? ` (${details})` : '', url: o.url, today: formatLongDate(o.today) });
}

/** A file name for an export: `syria-<what>-<date>.<ext>`. */
export const exportName = (what: string, date: string, ext: string) => `syria-${what}-${date}.${ext}`;
