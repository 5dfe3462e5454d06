import { BASEMAP_FRAME } from '../../src/map/frame.ts';

/** west, south, east, north of the basemap: Cyprus's coast to Sinjar, Amman to Turkey's border provinces. */
export type Frame = [number, number, number, number];
export const FRAME: Frame = [...BASEMAP_FRAME];
