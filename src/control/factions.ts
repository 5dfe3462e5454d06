/**
 * The six factions, one typed palette. Colours from Paul Tol's colour-blind-safe "vibrant" and "light"
 * schemes; each is also named in the legend and on every control sentence, so colour is never the only signal.
 */
export const FACTION_IDS = ['government', 'rebels', 'turkish_backed', 'sdf', 'islamic_state', 'us_backed'] as const;
export type FactionId = (typeof FACTION_IDS)[number];

export interface Faction {
  id: FactionId;
  label: string;
  /** The faction in a sentence, after "held by" ("Turkish-backed forces", not the legend's "Turkish-backed"). */
  inSentence: string;
  /** What the faction covers in this map. */
  includes: string;
  color: string;
}

export const FACTIONS: Readonly<Record<FactionId, Faction>> = {
  government: { id: 'government', label: 'Government and allies', inSentence: 'the government and its allies', includes: 'the regime with Russian, Iranian and Hezbollah forces and Shia militias', color: '#CC3311' },
  rebels: { id: 'rebels', label: 'Rebels', inSentence: 'rebels', includes: 'the armed opposition, Tahrir al-Sham and Ahrar al-Sham included', color: '#009988' },
  turkish_backed: { id: 'turkish_backed', label: 'Turkish-backed', inSentence: 'Turkish-backed forces', includes: 'the Turkish army and Euphrates Shield, Olive Branch and Syrian National Army factions', color: '#EE7733' },
  sdf: { id: 'sdf', label: 'SDF (YPG/PYD)', inSentence: 'the SDF (YPG/PYD)', includes: 'the Syrian Democratic Forces, the YPG and the PYD', color: '#EECC66' },
  islamic_state: { id: 'islamic_state', label: 'Islamic State', inSentence: 'the Islamic State', includes: 'IS and its affiliate in the Yarmouk basin (the Khalid bin al-Walid Army)', color: '#332288' },
  us_backed: { id: 'us_backed', label: 'US-backed rebels (al-Tanf)', inSentence: 'US-backed rebels (al-Tanf)', includes: 'the New Syrian Army, later Maghawir al-Thawra', color: '#33BBEE' },
};

export const STATUSES = ['held', 'contested', 'besieged', 'uncertain'] as const;
export type Status = (typeof STATUSES)[number];

/** The palette as `{ id: colour }`, for the map's style. */
export const palette = (): Record<FactionId, string> =>
  Object.fromEntries(FACTION_IDS.map((id) => [id, FACTIONS[id].color])) as Record<FactionId, string>;
