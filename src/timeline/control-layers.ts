import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const CONTROL_SOURCE = 'control';
export const HATCH_IMAGE = 'control-hatch';
export const CONTROL_LAYER_IDS = ['control-fill', 'control-hatch', 'control-outline'];

/** Statuses drawn with a hatch over the fill, and a dashed outline, instead of a confident fill. */
export const UNCERTAIN_STATUSES = ['contested', 'besieged', 'uncertain'];

/**
 * The control areas: each cell filled with its faction's colour on the current date, read from
 * feature-state (`faction`, `status`), so that changing the date never touches the geometry.
 */
export function controlLayers(palette: Readonly<Record<string, string>>): LayerSpecification[] {
  const colour: ExpressionSpecification = ['match', ['coalesce', ['feature-state', 'faction'], 'none'],
    ...Object.entries(palette).flat(), 'rgba(0,0,0,0)'] as unknown as ExpressionSpecification;
  const uncertain: ExpressionSpecification = ['in', ['coalesce', ['feature-state', 'status'], 'held'], ['literal', UNCERTAIN_STATUSES]];
  const hasFaction: ExpressionSpecification = ['!=', ['coalesce', ['feature-state', 'faction'], 'none'], 'none'];
  return [
    {
      id: 'control-fill', type: 'fill', source: CONTROL_SOURCE,
      paint: { 'fill-color': colour, 'fill-opacity': ['case', uncertain, 0.32, 0.5] },
    },
    {
      id: 'control-hatch', type: 'fill', source: CONTROL_SOURCE,
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', ['all', hasFaction, uncertain], 0.75, 0] },
    },
    {
      id: 'control-outline', type: 'line', source: CONTROL_SOURCE,
      paint: { 'line-color': colour, 'line-width': ['case', uncertain, 1.2, 0.4], 'line-opacity': ['case', hasFaction, 0.8, 0] },
    },
  ];
}
