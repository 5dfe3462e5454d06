import type { Bbox } from '../state/url-schema.ts';
import { BASEMAP_FRAME } from './frame.ts';

/** Syria with a margin for its neighbours' border towns: the view a first-time reader gets. */
export const DEFAULT_BBOX: Bbox = [35.3, 32.2, 42.6, 37.45];

/** The closest the map goes: a town and its surroundings. */
export const MAX_ZOOM = 14;

/** The widest view the map allows: Cyprus's coast to Sinjar, Amman to Turkey's border provinces. */
export const MAX_BOUNDS: Bbox = [...BASEMAP_FRAME];
