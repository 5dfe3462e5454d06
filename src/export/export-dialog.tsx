import { useEffect, useRef, useState } from 'react';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { fetchJson, type Geodata } from '../data/load.ts';
import { controlCellsUrl, placesUrl } from '../data/geodata-urls.ts';
import { useMap } from '../map/map-context.ts';
import { ATTRIBUTION } from '../map/map-view.tsx';
import { FACTION_IDS, FACTIONS } from '../control/factions.ts';
import { t } from '../i18n/strings.ts';
import { formatLongDate } from '../state/dates.ts';
import type { AppState } from '../state/url-schema.ts';
import { citation, controlGeojson, exportName, passagesCsv, placesGeojson } from './export-data.ts';
import { captureMap, composePng, download } from './png.ts';
import { useFocusReturn } from '../app/use-focus-return.ts';
import { passageKinds } from '../reader/use-passage-kind.ts';

interface Props {
  state: AppState;
  data: Geodata;
  /** The link to this view. */
  url: string;
  /** The places shown (the text filter), or null for all. */
  visibleIds: readonly string[] | null;
  onClose(): void;
}

const geojsonBlob = (fc: unknown) => new Blob([`${JSON.stringify(fc)}\n`], { type: 'application/geo+json' });
const kb = (b: Blob) => `${Math.max(1, Math.round(b.size / 1024))} KB`;

/**
 * "Export": the view as a PNG with its date, legend and attribution; who held what on the date and the
 * places as GeoJSON; the passages as CSV; the citation of the view. A modal dialog; each export says what it
 * saved, or why it could not.
 */
export function ExportDialog({ state, data, url, visibleIds, onClose }: Props) {
  const map = useMap();
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const day = formatLongDate(state.date);
  const textLabel = state.text ? data.sources.get(state.text)?.shortLabel ?? null : null;
  const placeName = state.place ? data.places.get(state.place)?.name ?? null : null;
  const today = new Date().toISOString().slice(0, 10);
  const cite = citation({ title: t('appTitle'), date: state.date, url, today, place: placeName, text: textLabel });

  useFocusReturn();
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const run = async (what: string, make: () => Promise<{ blob: Blob; name: string }>) => {
    setBusy(true);
    setStatus(t('exportWorking', { what }));
    try {
      const { blob, name } = await make();
      download(blob, name);
      setStatus(t('exportSaved', { name, size: kb(blob) }));
    } catch (e) {
      setStatus(t('exportFailed', { what, reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const png = () => run(t('exportPng'), async () => {
    if (!map) throw new Error(t('exportNoMap'));
    const canvas = await captureMap(map);
    const control = state.layers.includes('control');
    // Every faction when control is drawn: a hidden one says so, or its blank areas would read as nobody's.
    const legend = control ? FACTION_IDS.map((f) => (state.hide.includes(f)
      ? { label: t('factionNotShown', { label: FACTIONS[f].label }), color: FACTIONS[f].color, hidden: true }
      : { label: FACTIONS[f].label, color: FACTIONS[f].color })) : [];
    const blob = await composePng(canvas, {
      title: t('appTitle'), date: day,
      legend,
      uncertainLabel: control ? t('legendUncertain') : null,
      footer: [ATTRIBUTION, url],
    }, canvas.width / map.getContainer().clientWidth || 1);
    return { blob, name: exportName('map', state.date, 'png') };
  });
  const control = () => run(t('exportControl', { date: day }), async () => {
    if (!data.control) throw new Error(t('exportNoControl'));
    const cells = await fetchJson<FeatureCollection<Polygon | MultiPolygon>>(controlCellsUrl);
    const fc = controlGeojson(cells, data.control.towns, data.control.zones, state.date, { hidden: state.hide, passages: data.passages, sources: data.sources });
    return { blob: geojsonBlob(fc), name: exportName('control', state.date, 'geojson') };
  });
  const places = () => run(t('exportPlaces'), async () => {
    const fc = await fetchJson<{ features: Array<Feature<Geometry, { id: string }>> }>(placesUrl);
    const out = placesGeojson(fc.features, data.places, data.mentionCounts, data.passagesByPlace, [...data.sources.keys()], visibleIds ? new Set(visibleIds) : null);
    return { blob: geojsonBlob(out), name: state.text ? `syria-places-${state.text}.geojson` : 'syria-places.geojson' };
  });
  const passages = () => run(t('exportPassages'), async () => {
    // Which passages quote another voice is read from the texts themselves, fetched here if no popup has yet.
    const csv = passagesCsv(data.passages.values(), data.sources, data.places, await passageKinds(data.passages.values()));
    return { blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }), name: 'syria-passages.csv' };
  });
  const copyCite = async () => {
    try {
      await navigator.clipboard.writeText(cite);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };

  return (
    <dialog ref={dialog} className="embed-dialog export-dialog" aria-labelledby="export-title" onClose={onClose} onCancel={onClose}>
      <h2 id="export-title">{t('exportTitle', { date: day })}</h2>
      {/* While one export is made the others are refused, but stay focusable (aria-disabled): a disabled button
          would drop the focus of the one just pressed to the page. */}
      <ul className="export-list">
        <li><button type="button" className="btn" disabled={!map} aria-disabled={busy || undefined} onClick={() => { if (!busy) void png(); }}>{t('exportPng')}</button> <span>{t('exportPngHelp')}</span></li>
        <li><button type="button" className="btn" disabled={!data.control} aria-disabled={busy || undefined} onClick={() => { if (!busy) void control(); }}>{t('exportControl', { date: day })}</button> <span>{state.hide.length ? t('exportControlWithout', { factions: new Intl.ListFormat('en', { type: 'conjunction' }).format(state.hide.map((f) => FACTIONS[f].label)) }) : t('exportControlHelp')}</span></li>
        <li><button type="button" className="btn" aria-disabled={busy || undefined} onClick={() => { if (!busy) void places(); }}>{t('exportPlaces')}</button> <span>{textLabel ? t('exportPlacesOnly', { text: textLabel, count: visibleIds?.length ?? 0 }) : t('exportPlacesHelp')}</span></li>
        <li><button type="button" className="btn" aria-disabled={busy || undefined} onClick={() => { if (!busy) void passages(); }}>{t('exportPassages')}</button> <span>{t('exportPassagesHelp', { count: data.passages.size })}</span></li>
      </ul>
      <h3>{t('citeTitle')}</h3>
      <label htmlFor="cite-text" className="visually-hidden">{t('citeTitle')}</label>
      <textarea id="cite-text" readOnly value={cite} rows={3} onFocus={(e) => e.currentTarget.select()} />
      <div className="embed-actions">
        <button type="button" className="btn" onClick={() => void copyCite()}>{t('copy')}</button>
        <span role="status" aria-live="polite">{status}</span>
        <button type="button" className="btn" onClick={onClose}>{t('close')}</button>
      </div>
    </dialog>
  );
}
