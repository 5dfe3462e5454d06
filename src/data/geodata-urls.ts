// Same-origin URLs of the data files: fetched at run time, never bundled into the JavaScript.
import placesUrl from '../../geodata/places.geojson?url';
import passagesUrl from '../../geodata/passages.json?url';
import sourcesUrl from '../../geodata/sources.json?url';

export { placesUrl, passagesUrl, sourcesUrl };
