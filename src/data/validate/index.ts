import { clip, type Problem, type Validator } from './problem.ts';
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
 * Runs every validator over the geodata under `root`: the problems (none means the data is sound) and the notes,
 * lines that inform without failing. A validator that stops on an error it did not foresee is reported as a
 * problem, not a stack trace (its message cut to one short line), and the others still run.
 */
export function validateAllWithNotes(root: string): { problems: Problem[]; notes: Problem[] } {
  const all = validators.flatMap(([name, v]) => {
    try {
      return v(root);
    } catch (e) {
      const why = clip((e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' '), 160);
      return [{ file: 'geodata', message: `the ${name} check stopped on an unforeseen error (${why}): fix the problems reported with it first` }];
    }
  });
  // However a check words its message, one line stays readable: a datum echoed by a schema's message (a date
  // field holding a whole paragraph) is cut.
  const short = all.map((p) => ({ ...p, message: clip(p.message, 500), ...(p.field === undefined ? {} : { field: clip(p.field, 120) }) }));
  return { problems: short.filter((p) => !p.note), notes: short.filter((p) => p.note) };
}

/** Runs every validator over the geodata under `root`; an empty list means the data is sound. */
export function validateAll(root: string): Problem[] {
  return validateAllWithNotes(root).problems;
}
