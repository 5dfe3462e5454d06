import type { PLACE_KINDS } from '../data/schema/places.ts';

type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * Every string the interface shows, in one module, so that a translation is one more object of the same
 * shape. Placeholders are `{name}`.
 */
const en = {
  appTitle: 'Syria 2015–2024: the places in the texts',
  appShortTitle: 'Syria 2015–2024',
  loadingMap: 'Loading the map…',
  loadingData: 'Loading places and passages…',
  mapLabel: 'Map of Syria and its neighbours',
  noWebGL: 'Your browser cannot draw the map (it has no WebGL2). Everything else still works: the places and what the texts say of them are listed below.',
  dataFailed: 'The map data could not be loaded: {reason}',
  onlineBasemapFailed: 'The online basemap could not be used ({reason}); showing the embedded offline basemap instead.',
  dismiss: 'Dismiss',
  notices: 'Notices',
  play: 'Play',
  pause: 'Pause',
  speed: 'Playback speed',
  speed_slow: 'Slow (a week a second)',
  speed_normal: 'Normal (a month a second)',
  speed_fast: 'Fast (four months a second)',
  previousChange: 'Previous change',
  nextChange: 'Next change',
  previous: 'Previous', next: 'Next',
  date: 'Date',
  statusHint: 'Select a place to see who held it on this date.',
  closePlace: 'Close {name}',
  passages: 'Passages',
  noPassages: 'The texts only name this place.',
  passagesAbout: '{count} passages about {name}',
  refersTo: 'about {date}',
  ourNote: 'Our note:',
  readInContext: 'Read in context',
  exitStory: 'Back to exploring',
  chapterOf: 'Chapter {n} of {total}',
  chapters: 'All chapters',
  distance: '{label}: about {km} km as the crow flies',
  whatTheTextsSay: 'What the texts say',
  previousChapter: 'Previous',
  nextChapter: 'Next',
  openStory: 'Story: race to the border, 2017',
  unknownStory: 'No story has the id “{id}”.',
  unknownChapter: 'The story has no chapter “{id}”; opening its first chapter.',
  closeEvent: 'Close the event',
  eventSteps: 'Other events', earlierEvent: 'Earlier event', laterEvent: 'Later event',
  dateApproximate: 'the day is approximate',
  showPlace: 'Show {name}',
  eventSource: 'Source',
  event_battle: 'Battle', event_strike: 'Strike', event_agreement: 'Agreement', event_intervention: 'Intervention',
  event_chemical: 'Chemical attack', event_political: 'Political',
  embedButton: 'Embed this view',
  embedTitle: 'Map: Syria 2015–2024, the places in the texts',
  embedDialogTitle: 'Embed this view in an article',
  embedDialogHelp: 'Paste this HTML where the map should appear. It opens exactly this view: date, place, layers and framing. The script line makes the frame take the height of its content; without it the frame keeps the height written in its style.',
  embedAutoHeight: 'Include the one-line script for automatic height',
  embedCode: 'HTML to paste',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Copying was refused by the browser: select the text and copy it by hand.',
  close: 'Close',
  openFullViewer: 'Open the full map',
  embedFooter: 'Quotes from four analysis texts; control data from named public records.',
  readerTitle: 'Read the texts',
  readerSource: 'Text',
  closeReader: 'Close the reader',
  loadingText: 'Loading the text…',
  footnote: 'Footnote {n}',
  backToNoteMark: 'Back to the mark of footnote {n} in the text',
  footnotes: 'Footnotes',
  block_pullquote: 'Pull quote',
  block_standfirst: 'Standfirst',
  block_readmore: 'Link on the page',
  openReader: 'Read the texts',
  layersLegend: 'Show on the map',
  layer_control: 'Who held what',
  layer_places: 'Places of the texts',
  layer_events: 'Events',
  eventTicks: 'Events on the timeline (arrow keys move between them)',
  layer_routes: 'Lines of advance',
  layer_roads: 'Main roads',
  arabicLabels: 'Map labels in Arabic',
  tools: 'Map options',
  searchLabel: 'Find a place',
  searchPlaceholder: 'Find a place (any spelling, or Arabic)',
  searchResults: 'Places found',
  searchNone: 'No place of the texts has that name',
  placeDirectory: 'The places in the texts',
  passageCount: '{count} passages',
  unknownText: 'No text has the id “{id}”; showing the places of every text.',
  unknownPlace: 'No place has the id “{id}”; showing the map without a selection.',
  unknownEvent: 'No event has the id “{id}”; showing the map without one.',
  unknownSource: 'No text has the id “{id}”; the reader stays closed.',
  unknownPassage: 'The text has no passage “{id}”; opening it at its start.',
  droppedRecords: '{count} records of the data were left out because they failed validation: {list}',
  legend: 'Who held what',
  legendUncertain: 'Contested, besieged or uncertain (hatched)',
  openList: 'List of places',
  mapAsText: 'The map as text: open the list of places',
  listTitle: 'The places in the texts',
  closeList: 'Close the list of places',
  listFilter: 'Filter by name',
  listFilterPlaceholder: 'Any spelling',
  namedIn: 'Places named in',
  allTexts: 'All texts',
  kindFilter: 'Kind',
  allKinds: 'All kinds',
  sortBy: 'Sort by',
  sortName: 'Name',
  sortMentions: 'Mentions in all texts',
  sortText: 'Mentions in {text}',
  listCount: '{shown} of {total} places',
  listEmpty: 'No place matches these filters.',
  listCaption: 'The places in the texts: kind, mentions in each text, and who held each on {date}',
  colPlace: 'Place',
  colKind: 'Kind',
  colMentions: 'All',
  colHeld: 'Held on {date}',
  none: 'none',
  notApplicable: 'not applicable (an area, or outside Syria)',
  textFilterOn: 'Showing only the {count} places named in {text}.',
  showAllPlaces: 'Show all places',
  hideFaction: 'Show {faction} on the map',
  share: 'Share',
  factionNotShown: '{label}: not shown on this map',
  exportButton: 'Export and cite',
  exportTitle: 'Export this view ({date})',
  exportPng: 'Image (PNG)',
  exportPngHelp: 'the map as it is now, with the date, the legend and the attribution on it',
  exportControl: 'Who held what on {date} (GeoJSON)',
  exportControlHelp: 'one area per town and zone, with its faction, status, the day it began and its source',
  exportPlaces: 'Places (GeoJSON)',
  exportPlacesHelp: 'every place, with its names, kind, mentions in each text and how it was located',
  exportPlacesOnly: 'the {count} places named in {text} (the current filter)',
  exportPassages: 'Passages (CSV)',
  exportPassagesHelp: 'the {count} passages, word for word, with their text, author and places',
  exportWorking: 'Preparing: {what}…',
  exportSaved: 'Saved {name} ({size}).',
  exportFailed: 'Could not export {what}: {reason}',
  exportNoMap: 'the map is not drawn yet',
  exportNoControl: 'the control data did not load',
  citeTitle: 'Cite this view',
  citeLine: '{title}, view of {date}{details}. {url} (accessed {today}).',
  citeSelected: 'selected: {place}',
  citeNamedIn: 'places named in {text}',
  areaChartLabel: 'Area held by each faction, 2015–2024. On {date}: {summary}.',
} as const;

/** What each kind of place is called in the interface: one name for every kind the gazetteer allows (the type says so). */
const kindsEn: Record<PlaceKind, string> = {
  city: 'City', town: 'Town', village: 'Village', neighbourhood: 'Neighbourhood', enclave: 'Besieged enclave',
  crossing: 'Border crossing', airbase: 'Airbase', base: 'Military base', valley: 'Valley', mountains: 'Mountains',
  river: 'River', desert: 'Desert', province: 'Province', region: 'Region', canton: 'Canton',
  country: 'Country', coast: 'Coast',
};

/** The interface name of a kind of place; unknown kinds are shown as they are written. */
export function kindName(kind: string): string {
  return (kindsEn as Record<string, string>)[kind] ?? kind;
}

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

const tables: Record<string, Strings> = { en };
let current: Strings = en;

/** Selects the interface language; unknown languages keep English. */
export function setInterfaceLanguage(lang: string): void {
  current = tables[lang] ?? en;
}

/** The interface string for `key`, with `{name}` placeholders filled from `params`. */
export function t(key: StringKey, params: Record<string, string | number> = {}): string {
  return current[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
