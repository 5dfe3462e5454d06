/** The basemap's colours: one typed object, so a second theme must define every key. */
export interface Theme {
  background: string;
  sea: string;
  land: string;
  syria: string;
  coastline: string;
  border: string;
  borderCasing: string;
  river: string;
  lake: string;
  road: string;
  roadCasing: string;
  label: string;
  labelHalo: string;
  countryLabel: string;
  seaLabel: string;
  riverLabel: string;
  /** The places of the texts, and the one selected. */
  place: string;
  placeSelected: string;
}

/** Light, low-contrast paper so the control colours and places read on top. */
export const lightTheme: Theme = {
  background: '#c8dbe6',
  sea: '#c8dbe6',
  land: '#eeebe4',
  syria: '#f8f6f1',
  coastline: '#8fadbf',
  border: '#5e5a66',
  borderCasing: '#ffffff',
  river: '#4a8ec2',
  lake: '#b5d2e6',
  road: '#b0745a',
  roadCasing: '#ffffff',
  label: '#1f1d24',
  labelHalo: '#ffffff',
  countryLabel: '#5b5663',
  seaLabel: '#3e6a88',
  riverLabel: '#1f5f91',
  place: '#3b2f63',
  placeSelected: '#c2185b',
};

/** Fonts are the reader's own (MapLibre draws labels locally when the style has no `glyphs`). */
export const FONT_STACK = ['Noto Sans', 'DejaVu Sans', 'Arial', 'sans-serif'];
