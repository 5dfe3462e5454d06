import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';

export const ROUTES_SOURCE = 'routes';

/** The segments the date has reached (a filter on their end day, changed as the date moves). */
export function routesFilter(day: number): FilterSpecification {
  return ['<=', ['get', 'endDay'], day];
}

/** Line width: wider for the routes a story chapter highlights. */
export function routeWidth(highlighted: readonly string[]): ExpressionSpecification {
  return ['case', ['in', ['get', 'route'], ['literal', highlighted]], 5, 2.5];
}

/** Lines of advance, coloured by faction, drawn as far as the date has reached. */
export function routesLayers(palette: Readonly<Record<string, string>>, day: number): LayerSpecification[] {
  const colour = ['match', ['get', 'faction'], ...Object.entries(palette).flat(), '#444444'] as unknown as ExpressionSpecification;
  return [
    { id: 'routes-casing', type: 'line', source: ROUTES_SOURCE, filter: routesFilter(day), layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': ['+', routeWidth([]), 3] } },
    { id: 'routes-line', type: 'line', source: ROUTES_SOURCE, filter: routesFilter(day), layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': colour, 'line-width': routeWidth([]) } },
  ];
}
