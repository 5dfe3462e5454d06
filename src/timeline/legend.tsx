import { memo } from 'react';
import { t } from '../i18n/strings.ts';

export interface LegendFaction { id: string; label: string; color: string }

interface Props {
  factions: readonly LegendFaction[];
  /** Hidden factions are left out of the map; the legend's checkboxes toggle them. */
  hidden?: ReadonlySet<string>;
  onToggle?(id: string): void;
}

/**
 * The factions, each with its colour and its name (colour is never the only signal), and the hatch that
 * marks contested, besieged or uncertain control. Memoised: nothing in it changes with the date.
 */
export const Legend = memo(function Legend({ factions, hidden, onToggle }: Props) {
  return (
    <div className="legend" role="group" aria-label={t('legend')}>
      <ul>
        {factions.map((f) => (
          <li key={f.id}>
            {onToggle ? (
              <label>
                <input type="checkbox" checked={!hidden?.has(f.id)} onChange={() => onToggle(f.id)} />
                <span className="swatch" style={{ background: f.color }} aria-hidden="true" />
                {f.label}
              </label>
            ) : hidden?.has(f.id) ? (
              // Without checkboxes (the embed) a hidden faction says so, or its blank areas would read as nobody's.
              <span className="legend-hidden">
                <span className="swatch swatch--hidden" aria-hidden="true" />
                {t('factionNotShown', { label: f.label })}
              </span>
            ) : (
              <span className="legend-item">
                <span className="swatch" style={{ background: f.color }} aria-hidden="true" />
                {f.label}
              </span>
            )}
          </li>
        ))}
        <li>
          <span className="swatch swatch--hatch" aria-hidden="true" />
          {t('legendUncertain')}
        </li>
      </ul>
    </div>
  );
});
