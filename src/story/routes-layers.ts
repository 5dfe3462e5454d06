import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const ROUTES_SOURCE = 'routes';

/** Line width: wider for the routes a story chapter highlights. */
export function routeWidth(highlighted: readonly string[]): ExpressionSpecification {
  return ['case', ['in', ['get', 'route'], ['literal', highlighted]], 5, 2.5];
}

/**
 * Lines of advance, coloured by faction, drawn as far as the date has reached: each segment's `reached`
 * feature-state is set as the date moves (a filter change would re-tile the source on every tick).
 */
export function routesLayers(palette: Readonly<Record<string, string>>): LayerSpecification[] {
  const colour = ['match', ['get', 'faction'], ...Object.entries(palette).flat(), '#444444'] as unknown as ExpressionSpecification;
  const reached = ['case', ['boolean', ['feature-state', 'reached'], false], 1, 0] as unknown as ExpressionSpecification;
  return [
    { id: 'routes-casing', type: 'line', source: ROUTES_SOURCE, layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': ['+', routeWidth([]), 3], 'line-opacity': reached } },
    { id: 'routes-line', type: 'line', source: ROUTES_SOURCE, layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': colour, 'line-width': routeWidth([]), 'line-opacity': reached } },
  ];
}
