/**
 * The embedded basemap's frame, west, south, east, north: Cyprus's coast to Sinjar, Amman to Turkey's border
 * provinces. `npm run basemap` cuts the basemap to it, the map never shows beyond it (`MAX_BOUNDS`), and the
 * validator checks the basemap and the stories' cameras against it. One constant, so the four cannot disagree.
 */
export const BASEMAP_FRAME = [30.5, 29.5, 45.5, 39.5] as const;
