import { useMemo } from 'react';
import { formatLongDate } from '../state/dates.ts';
import { t } from '../i18n/strings.ts';
import { areasOn, dateX, stackedBands, type AreaStep } from './area-chart-paths.ts';

export interface ChartFaction { id: string; label: string; color: string }

interface Props {
  steps: readonly AreaStep[];
  factions: readonly ChartFaction[];
  date: string;
  /** Factions not shown on the map, left out of the chart too (its scale stays that of all of them). */
  hidden?: ReadonlySet<string>;
}

const KM2 = new Intl.NumberFormat('en-GB');
const W = 1000;
const H = 60;

/**
 * The area each faction held over time (km², computed with turf from the control data), stacked, with the
 * current date marked. The numbers for the current date are also given as text for screen readers.
 */
export function AreaChart({ steps, factions: all, date, hidden }: Props) {
  const factions = useMemo(() => all.filter((f) => !hidden?.has(f.id)), [all, hidden]);
  const bands = useMemo(() => stackedBands(steps, factions.map((f) => f.id), W, H, all.map((f) => f.id)), [steps, factions, all]);
  // The bands are drawn once; only the date's marker moves, by a transform the compositor applies without repainting them.
  const paths = useMemo(() => bands.flatMap((b) => {
    const f = factions.find((ff) => ff.id === b.faction)!;
    const band = <path key={b.faction} d={b.path} fill={f.color}><title>{f.label}</title></path>;
    // The part held with less than certainty is hatched, as on the map.
    return b.unsure ? [band, <path key={`${b.faction}-unsure`} className="area-chart-unsure" d={b.unsure} fill="url(#area-chart-hatch)"><title>{t('areaChartUnsure', { label: f.label })}</title></path>] : [band];
  }), [bands, factions]);
  const now = areasOn(steps, date);
  const x = dateX(date, W);
  const summary = now
    ? factions.filter((f) => (now.areas[f.id] ?? 0) > 0)
      .map((f) => {
        const unsure = Math.round(now.unsure?.[f.id] ?? 0);
        return `${f.label} ${KM2.format(Math.round(now.areas[f.id] ?? 0))} km²${unsure > 0 ? ` (${t('areaChartUnsureKm2', { km2: KM2.format(unsure) })})` : ''}`;
      }).join('; ')
    : '';
  return (
    <figure className="area-chart">
      <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={t('areaChartLabel', { date: formatLongDate(date), summary })}>
        <defs>
          <pattern id="area-chart-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="rgba(255,255,255,0.35)" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="rgba(0,0,0,0.55)" strokeWidth="2" />
          </pattern>
        </defs>
        {paths}
      </svg>
      <div className="area-chart-now" style={{ transform: `translateX(${((x / W) * 100).toFixed(3)}%)` }} aria-hidden="true" />
    </figure>
  );
}
