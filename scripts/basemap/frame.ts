/** west, south, east, north of the basemap: Cyprus's coast to Sinjar, Amman to Turkey's border provinces. */
export type Frame = [number, number, number, number];
export const FRAME: Frame = [30.5, 29.5, 45.5, 39.5];
