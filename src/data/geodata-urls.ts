// Same-origin URLs of the data files: fetched at run time, never bundled into the JavaScript.
import placesUrl from '../../geodata/places.geojson?url';
import passagesUrl from '../../geodata/passages.json?url';
import sourcesUrl from '../../geodata/sources.json?url';

export { placesUrl, passagesUrl, sourcesUrl };
import townsUrl from '../../geodata/control/towns.json?url';
import zonesUrl from '../../geodata/control/zones.json?url';
import controlAreasUrl from '../../geodata/derived/control-areas.json?url';
import controlCellsUrl from '../../geodata/derived/control-cells.geojson?url';
import syriaUrl from '../../geodata/basemap/syria.geojson?url';

export { townsUrl, zonesUrl, controlAreasUrl, controlCellsUrl, syriaUrl };
import eventsUrl from '../../geodata/events.json?url';
import eventPointsUrl from '../../geodata/derived/events.geojson?url';

export { eventsUrl, eventPointsUrl };
import routeSegmentsUrl from '../../geodata/derived/route-segments.geojson?url';

export { routeSegmentsUrl };
import mentionCountsUrl from '../../geodata/derived/mention-counts.json?url';

export { mentionCountsUrl };
import placeLabelsUrl from '../../geodata/derived/place-labels.geojson?url';

export { placeLabelsUrl };
