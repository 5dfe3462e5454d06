import type { Problem, Validator } from './problem.ts';
import { validateBasemap } from './basemap.ts';
import { validateSources } from './sources.ts';
import { validatePlaces } from './places.ts';
import { validatePassages } from './passages.ts';
import { validateControl } from './control.ts';
import { validateEvents } from './events.ts';
import { validateStories } from './story.ts';
import { validateRoutes } from './routes.ts';

/**
 * Every validator of the geodata, in the order they run. Each concern registers its own here.
 */
export const validators: Array<[name: string, validator: Validator]> = [
  ['basemap', validateBasemap],
  ['sources', validateSources],
  ['places', validatePlaces],
  ['passages', validatePassages],
  ['control', validateControl],
  ['events', validateEvents],
  ['routes', validateRoutes],
  ['stories', validateStories],
];

/**
 * Runs every validator over the geodata under `root`; an empty list means the data is sound. A validator that
 * stops on an error it did not foresee is reported as a problem, not a stack trace, and the others still run.
 */
export function validateAll(root: string): Problem[] {
  return validators.flatMap(([name, v]) => {
    try {
      return v(root);
    } catch (e) {
      return [{ file: 'geodata', message: `the ${name} check stopped on an unforeseen error (${e instanceof Error ? e.message : String(e)}): fix the problems reported with it first` }];
    }
  });
}
