import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const CONTROL_SOURCE = 'control';
export const HATCH_IMAGE = 'control-hatch';
export const CONTROL_LAYER_IDS = ['control-fill', 'control-hatch', 'control-outline', 'control-picked'];

/** Statuses drawn with a hatch over the fill, and a dashed outline, instead of a confident fill. */
export const UNCERTAIN_STATUSES = ['contested', 'besieged', 'uncertain'];

type Paint = Record<string, unknown>;

/**
 * The paint of the three control layers that colour the cells. `hidden` factions are drawn as if no one held
 * their cells: no fill, no hatch, no outline.
 */
export function controlPaint(palette: Readonly<Record<string, string>>, hidden: readonly string[] = []): Record<string, Paint> {
  const shown = Object.entries(palette).filter(([id]) => !hidden.includes(id));
  const faction: ExpressionSpecification = ['coalesce', ['feature-state', 'faction'], 'none'];
  const colour = (shown.length > 0
    ? ['match', faction, ...shown.flat(), 'rgba(0,0,0,0)']
    : ['literal', 'rgba(0,0,0,0)']) as unknown as ExpressionSpecification;
  const uncertain: ExpressionSpecification = ['in', ['coalesce', ['feature-state', 'status'], 'held'], ['literal', UNCERTAIN_STATUSES]];
  const drawn: ExpressionSpecification = ['in', faction, ['literal', shown.map(([id]) => id)]];
  return {
    'control-fill': { 'fill-color': colour, 'fill-opacity': ['case', uncertain, 0.32, 0.5] },
    'control-hatch': { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', ['all', drawn, uncertain], 0.75, 0] },
    'control-outline': { 'line-color': colour, 'line-width': ['case', uncertain, 1.2, 0.4], 'line-opacity': ['case', drawn, 0.8, 0] },
  };
}

/**
 * The control areas: each cell filled with its faction's colour on the current date, read from
 * feature-state (`faction`, `status`), so that changing the date never touches the geometry.
 */
export function controlLayers(palette: Readonly<Record<string, string>>): LayerSpecification[] {
  const paint = controlPaint(palette);
  return [
    // No antialiasing pass for the fills: the outline layer draws over every cell's edge anyway.
    { id: 'control-fill', type: 'fill', source: CONTROL_SOURCE, paint: { ...paint['control-fill'], 'fill-antialias': false } } as LayerSpecification,
    { id: 'control-hatch', type: 'fill', source: CONTROL_SOURCE, paint: { ...paint['control-hatch'], 'fill-antialias': false } } as LayerSpecification,
    { id: 'control-outline', type: 'line', source: CONTROL_SOURCE, paint: paint['control-outline'] } as LayerSpecification,
    // The cell (or zone) a click on the map asked about (feature-state `picked`, set by the point popup), outlined.
    { id: 'control-picked', type: 'line', source: CONTROL_SOURCE, paint: { 'line-color': '#1f1d24', 'line-width': 2.5, 'line-opacity': ['case', ['boolean', ['feature-state', 'picked'], false], 1, 0] } } as LayerSpecification,
  ];
}
