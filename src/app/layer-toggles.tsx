import { memo } from 'react';
import { LAYER_IDS, type LayerId } from '../state/url-schema.ts';
import { t } from '../i18n/strings.ts';

interface Props {
  layers: readonly LayerId[];
  onChange(layers: LayerId[]): void;
}

/** Show or hide the overlays; the choice is in the URL (`layers=`). Memoised: a date change leaves it alone. */
export const LayerToggles = memo(function LayerToggles({ layers, onChange }: Props) {
  return (
    <fieldset className="layer-toggles">
      <legend>{t('layersLegend')}</legend>
      {LAYER_IDS.map((id) => (
        <label key={id}>
          <input
            type="checkbox" checked={layers.includes(id)}
            onChange={(e) => onChange(e.target.checked ? LAYER_IDS.filter((l) => l === id || layers.includes(l)) : layers.filter((l) => l !== id))}
          />
          {t(`layer_${id}`)}
        </label>
      ))}
    </fieldset>
  );
});
