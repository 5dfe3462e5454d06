/**
 * The validator against corruptions of the real geodata, one at a time: each copy of geodata/ broken in one way must
 * give the right message. A file of its own so that Vitest runs it beside the other tests (see vite.config.ts).
 */
import { describe, expect, it } from 'vitest';
import { edit, event, messagesAfter, place, route, town } from './validate-fixtures.ts';

const CORRUPTIONS: Array<[name: string, file: string, fn: (d: any) => unknown, expected: RegExp]> = [ // eslint-disable-line @typescript-eslint/no-explicit-any
  ['a swapped lon/lat', 'places.geojson', (d) => { const g = place(d, 'daraa').geometry; g.coordinates = [g.coordinates[1], g.coordinates[0]]; }, /places\.geojson: daraa: geometry\.coordinates: .*longitude and latitude swapped/],
  ['an open ring', 'places.geojson', (d) => { place(d, 'eastern-ghouta').geometry.coordinates[0].pop(); }, /eastern-ghouta: geometry\.coordinates\.0: ring is not closed/],
  ['a clockwise ring', 'places.geojson', (d) => { place(d, 'badiya').geometry.coordinates[0].reverse(); }, /badiya: geometry\.coordinates\.0: exterior ring is clockwise/],
  ['a duplicate place id', 'places.geojson', (d) => { const f = structuredClone(place(d, 'homs')); d.features.push(f); }, /places\.geojson: homs: properties\.id: duplicate id/],
  ['a name in Latin script for Arabic', 'places.geojson', (d) => { place(d, 'manbij').properties.nameAr = 'Manbij'; }, /manbij: properties\.nameAr: must be written in Arabic script/],
  ['an alias no text uses', 'places.geojson', (d) => { place(d, 'al-tanf').properties.aliases.push('Tanf City'); }, /al-tanf: properties\.aliases\.2: "Tanf City" occurs in no text/],
  ['a latitude out of range', 'places.geojson', (d) => { place(d, 'homs').geometry.coordinates[1] = 95; }, /homs: geometry\.coordinates: latitude 95 out of range/],
  ['label points out of date with a moved place', 'places.geojson', (d) => { place(d, 'palmyra').geometry.coordinates[0] += 0.2; }, /derived\/place-labels\.geojson: out of date with places\.geojson \(run npm run labels\)/],
  ['mention counts out of step with the mentions', 'derived/mention-counts.json', (d) => { d.counts.damascus['pierret-2017'] += 1; }, /derived\/mention-counts\.json: differs from the counts of mentions\.json/],
  ['a passage not in its source', 'passages.json', (d) => { d[0].text = d[0].text.replace(/\w+/, 'Verily'); }, /passages\.json: [a-z0-9-]+: text: not found verbatim in/],
  ['a dangling place id', 'passages.json', (d) => { d[0].places.push('atlantis'); }, /passages\.json: [a-z0-9-]+: places\.\d+: unknown place: atlantis/],
  ['a place tied to a passage that does not name it, with no note', 'passages.json', (d) => { delete d.find((p: { id: string }) => p.id === 'iran-syria-2024-israeli-air-strikes').note; }, /passages\.json: iran-syria-2024-israeli-air-strikes: places\.0: israel is not named in the text \(Israel\): add a note/],
  ['a passage of an unknown source', 'passages.json', (d) => { d[0].source = 'nowhere'; }, /passages\.json: [a-z0-9-]+: source: unknown source: nowhere/],
  ['an impossible date', 'passages.json', (d) => { d.find((p: { date?: unknown }) => p.date).date = '2017-02-30'; }, /passages\.json: [a-z0-9-]+: date.*real date/],
  ['an end before a start', 'passages.json', (d) => { d.find((p: { date?: unknown }) => typeof p.date === 'object').date = { from: '2017-06-30', to: '2017-05-01' }; }, /ends before it starts/],
  ['a duplicate passage id', 'passages.json', (d) => { d.push(structuredClone(d[0])); }, /passages\.json: [a-z0-9-]+: id: duplicate id/],
  ['overlapping control for one town and day', 'control/towns.json', (d) => { const t = town(d, 'manbij'); t.periods.splice(4, 0, { ...t.periods[3] }); }, /towns\.json: manbij: periods\.4\.from: overlapping control: two periods start on 2016-08-12/],
  ['control periods out of order', 'control/towns.json', (d) => { const t = town(d, 'palmyra'); [t.periods[1], t.periods[2]] = [t.periods[2], t.periods[1]]; }, /towns\.json: palmyra: periods\.2\.from: periods out of order/],
  ['an unknown faction', 'control/towns.json', (d) => { town(d, 'raqqa').periods[0].faction = 'pirates'; }, /towns\.json: raqqa: periods\.0\.faction/],
  ['a control date after the range', 'control/towns.json', (d) => { town(d, 'idlib').periods.push({ ...town(d, 'idlib').periods[1], from: '2025-01-01' }); }, /towns\.json: idlib: periods\.2\.from: date out of range/],
  ['a control history that starts late', 'control/towns.json', (d) => { town(d, 'homs').periods[0].from = '2015-02-01'; }, /towns\.json: homs: periods\.0\.from: the first period must start on 2015-01-01/],
  ['a control source that names no passage', 'control/towns.json', (d) => { town(d, 'manbij').periods[3].source = { passage: 'no-such-passage' }; }, /towns\.json: manbij: periods\.3\.source\.passage: unknown passage: no-such-passage/],
  ['a town with swapped coordinates', 'control/towns.json', (d) => { const t = town(d, 'hama'); t.coord = [t.coord[1], t.coord[0]]; }, /towns\.json: hama: coord: .*swapped/],
  ['derived cells out of date', 'control/towns.json', (d) => { d.push({ ...structuredClone(d[0]), id: 'new-town', coord: [38, 35] }); }, /control-cells\.geojson: out of date with the control data/],
  ['an event at an unknown place', 'events.json', (d) => { d[0].place = 'atlantis'; }, /events\.json: [a-z0-9-]+: place: unknown place: atlantis/],
  ['an event ending before it starts', 'events.json', (d) => { d[0].to = '2014-01-01'; }, /events\.json: [a-z0-9-]+: .*ends before it starts/],
  ['a story quoting an unknown passage', 'stories/race-to-the-border-2017.json', (d) => { d.chapters[0].passages.push('ghost'); }, /race-to-the-border-2017\.json: tanf-2016: chapters\.0\.passages\.3: unknown passage: ghost/],
  ['a duplicate chapter id', 'stories/race-to-the-border-2017.json', (d) => { d.chapters[1].id = d.chapters[0].id; }, /race-to-the-border-2017\.json: tanf-2016: chapters: duplicate chapter id/],
  ['chapters out of date order', 'stories/race-to-the-border-2017.json', (d) => { d.chapters[2].date = '2015-06-01'; }, /chapters\.2\.date: 2015-06-01 is before the chapter before it \(hamdan-raid, 2016-06-29\)/],
  ['a chapter quoting one passage twice', 'stories/race-to-the-border-2017.json', (d) => { d.chapters[0].passages.push(d.chapters[0].passages[0]); }, /tanf-2016: chapters\.0\.passages: lists .* twice/],
  ['a chapter highlighting an event not on the map at its date', 'stories/race-to-the-border-2017.json', (d) => { d.chapters[0].highlight.events.push('fall-of-damascus'); }, /tanf-2016: chapters\.0\.highlight\.events\.\d+: event fall-of-damascus is not on the map on 2016-03-04/],
  ['a chapter camera off the map', 'stories/race-to-the-border-2017.json', (d) => { d.chapters[2].camera.center = [12.5, 41.9]; }, /chapters\.2\.camera\.center: .* outside the map's frame/],
  ['a source whose text is missing', 'sources.json', (d) => { d[2].file = 'sources/missing.md'; }, /sources\.json: iran-turkey-2018: file: sources\/missing\.md does not exist/],
  // Found by a hostile read on 2026-12-02: each of these once passed, or stopped the validator with a stack trace.
  ['Syria’s outline not JSON', 'basemap/syria.geojson', () => '{"type":', /basemap\/syria\.geojson: not JSON/],
  ['a story file holding null', 'stories/race-to-the-border-2017.json', () => null, /race-to-the-border-2017\.json: holds null instead of its data/],
  ['passages.json holding null', 'passages.json', () => null, /^geodata\/passages\.json: holds null instead of its data$/],
  ['a byte-order mark', 'events.json', (d) => `\uFEFF${JSON.stringify(d)}`, /^geodata\/events\.json: starts with a byte-order mark/],
  ['a route of an unknown faction', 'routes.geojson', (d) => { route(d, 'us-backed-push').properties.faction = 'pirates'; }, /routes\.geojson: us-backed-push: properties\.faction/],
  ['a route with swapped coordinates', 'routes.geojson', (d) => { const g = route(d, 'us-backed-push').geometry; g.coordinates = g.coordinates.map(([x, y]: number[]) => [y, x]); }, /routes\.geojson: us-backed-push: geometry\.coordinates\.0: .* km from Syria \(longitude and latitude swapped\?\)/],
  ['a route whose dates go backwards', 'routes.geojson', (d) => { route(d, 'us-backed-push').properties.times[1] = '2017-01-01'; }, /routes\.geojson: us-backed-push: properties\.times\.1: dates go backwards/],
  ['a route ending before its start', 'routes.geojson', (d) => { route(d, 'us-backed-push').properties.to = '2014-01-01'; }, /routes\.geojson: us-backed-push: properties\.to: 2014-01-01 is not the last vertex's date/],
  ['routes.geojson not JSON', 'routes.geojson', () => 'garbage', /^geodata\/routes\.geojson: not valid JSON/],
  ['the events’ points emptied', 'derived/events.geojson', (d) => { d.features = []; }, /derived\/events\.geojson: out of date with events\.json or places\.geojson/],
  ['the route segments not JSON', 'derived/route-segments.geojson', () => 'garbage', /derived\/route-segments\.geojson: out of date with routes\.geojson/],
  ['the control areas not JSON', 'derived/control-areas.json', () => 'garbage', /derived\/control-areas\.json: out of date with the control data/],
  ['an event point with swapped coordinates', 'events.json', (d) => { const e = event(d, 'euphrates-shield'); e.coord = [e.coord[1], e.coord[0]]; }, /events\.json: euphrates-shield: coord: .* km outside Syria \(longitude and latitude swapped\?\)/],
  ['an event ending after the range', 'events.json', (d) => { d[0].to = '2030-01-01'; }, /events\.json: idlib-falls: to: date out of range/],
  ['an event day its passage does not give, not marked approximate', 'events.json', (d) => { delete event(d, 'su-24-shootdown').dateUncertain; }, /events\.json: su-24-shootdown: dateUncertain: the day 2015-11-24 is not in passage pierret-ankara-shooting-down-russian-bomber, which is dated 2015-11-01 to 2015-11-30/],
  ['a change of control its passage does not date, not marked approximate', 'control/towns.json', (d) => { delete town(d, 'manbij').periods[3].dateUncertain; }, /towns\.json: manbij: periods\.3\.dateUncertain: the day 2016-08-12 is not in passage/],
  ['a passage dated after its text', 'passages.json', (d) => { d.find((p: { source: string; date?: unknown }) => p.source === 'pierret-2017' && p.date).date = '2019-05-01'; }, /passages\.json: [a-z0-9-]+: date: 2019-05-01 is after its text was written \(2017-12-31\)/],
  ['a self-intersecting outline', 'places.geojson', (d) => { const r = place(d, 'eastern-ghouta').geometry.coordinates[0]; [r[1], r[2]] = [r[2], r[1]]; }, /eastern-ghouta: geometry\.coordinates: the ring crosses itself at/],
  ['a blank place name', 'places.geojson', (d) => { place(d, 'homs').properties.name = '   '; }, /places\.geojson: homs: properties\.name: must not be blank/],
  // Found by a second hostile read, later the same day: each of these passed, or stopped the validator with a stack trace.
  ['a place listed twice by one passage', 'passages.json', (d) => { d[0].places.push(d[0].places[0]); }, /passages\.json: pierret-in-may-june-2017-us-aircraft: places\.2: badiya listed twice/],
  ['a place without a geometry', 'places.geojson', (d) => { place(d, 'al-tanf').geometry = null; }, /^geodata\/places\.geojson: al-tanf: geometry: .*received null$/],
  ['two towns at one point', 'control/towns.json', (d) => { town(d, 'daraya').coord = [...town(d, 'damascus').coord]; }, /towns\.json: daraya: coord: \[36\.29128, 33\.5102\] is also damascus's: two towns cannot share a point/],
  ['a point at longitude 1e308 (placing labels around it exhausted the memory)', 'places.geojson', (d) => { place(d, 'idlib').geometry.coordinates = [1e308, 35]; }, /places\.geojson: idlib: geometry\.coordinates: longitude 1e\+308 out of range/],
  ['an alias shared by two places', 'places.geojson', (d) => { place(d, 'homs').properties.aliases.push('idlib'); }, /places\.geojson: homs: properties\.aliases\.\d+: "idlib" is also an alias of idlib: a name in the texts must point to one place/],
  ['mentions.json of the wrong shape', 'derived/mentions.json', () => '{"mentions": 5}', /^geodata\/derived\/mentions\.json: not a list of mentions/],
  ['a zone of an unknown faction, named by its id', 'control/zones.json', (d) => { d[0].periods[0].faction = 'pirates'; }, /zones\.json: tanf-zone: periods\.0\.faction/],
  // Found by a third hostile read, 2026-12-02: each of these passed, or stopped the validator with a stack trace.
  ['a quote cut inside a word at its start', 'passages.json', (d) => { d[0].text = 'likely to engage in a significant military escalation against pro-regime forces'; d[0].places = []; }, /^geodata\/passages\.json: pierret-in-may-june-2017-us-aircraft: text: not found verbatim in pierret-2017$/],
  ['a quote cut inside a word at its end', 'passages.json', (d) => { d[0].text = 'In May-June 2017, US aircraft carried out three attac'; d[0].places = []; }, /^geodata\/passages\.json: pierret-in-may-june-2017-us-aircraft: text: not found verbatim in pierret-2017$/],
  ['a hole outside its exterior ring', 'places.geojson', (d) => { place(d, 'eastern-ghouta').geometry.coordinates.push([[36, 33.2], [36, 33.25], [36.05, 33.25], [36.05, 33.2], [36, 33.2]]); }, /places\.geojson: eastern-ghouta: geometry\.coordinates\.1: hole 1 lies outside its exterior ring/],
  ['a hole enclosing its exterior ring', 'places.geojson', (d) => { place(d, 'eastern-ghouta').geometry.coordinates.push([[35.9, 33], [35.9, 34], [36.9, 34], [36.9, 33], [35.9, 33]]); }, /places\.geojson: eastern-ghouta: geometry\.coordinates\.1: hole 1 lies outside its exterior ring/],
  ['two holes overlapping', 'places.geojson', (d) => {
    const g = place(d, 'eastern-ghouta').geometry;
    const ring: Array<[number, number]> = g.coordinates[0];
    const [x, y] = [0, 1].map((k) => ring.reduce((sum, p) => sum + p[k]!, 0) / ring.length) as [number, number];
    const square = (e: number, k: number) => [[x - k, y - k], [x - k, y + e], [x + e, y + e], [x + e, y - k], [x - k, y - k]];
    g.coordinates.push(square(0.004, 0.004), square(0.002, 0.001));
  }, /eastern-ghouta: geometry\.coordinates\.2: hole 2 overlaps hole 1/],
  ['a change of control citing a passage of months later', 'control/towns.json', (d) => { town(d, 'manbij').periods[3].source = { passage: 'pierret-palmyra-was-lost-to-is-once' }; }, /^geodata\/control\/towns\.json: manbij: periods\.3\.source\.passage: the change of 2016-08-12 is 4 months before passage pierret-palmyra-was-lost-to-is-once \(dated 2016-12-01 to /],
  ['a record whose address is a script, not a web address', 'control/towns.json', (d) => { town(d, 'kobane').periods[1].source.url = 'javascript:alert(1)'; }, /towns\.json: kobane: periods\.1\.source\.url: must be a web address/],
  ['an event whose record gives no address to read', 'events.json', (d) => { event(d, 'idlib-falls').source.url = ''; }, /events\.json: idlib-falls: source\.url: must be a web address/],
  ['a change of control citing a record of a year before', 'control/towns.json', (d) => { town(d, 'manbij').periods[3].source = { record: 'Reuters', date: '2015-08-01', about: 'the SDF take Manbij' }; }, /towns\.json: manbij: periods\.3\.source\.date: the change of 2016-08-12 is 12 months after the record it cites \(dated 2015-08-01\)/],
  ['a zone citing a record of years later', 'control/zones.json', (d) => { d[0].periods[0].source.date = '2019-05-18'; }, /zones\.json: tanf-zone: periods\.0\.source\.date: the change of 2017-05-18 is 2 years before the record it cites/],
  ['an event two years after its passage', 'events.json', (d) => { event(d, 'tanf-strike-1').date = '2020-06-01'; }, /events\.json: tanf-strike-1: source\.passage: the event of 2020-06-01 is 3 years after passage pierret-in-may-june-2017-us-aircraft \(dated 2017-05-01 to 2017-06-30\)/],
  ['an event citing an undated passage of a text written years before', 'events.json', (d) => { event(d, 'fall-of-damascus').source = { passage: 'pierret-in-may-june-2017-us-aircraft' }; event(d, 'fall-of-damascus').dateUncertain = true; }, /events\.json: fall-of-damascus: source\.passage: the event of 2024-12-08 is 7 years after passage pierret-in-may-june-2017-us-aircraft/],
  ['an event at a place drawn far outside Syria', 'events.json', (d) => { event(d, 'tanf-strike-1').place = 'iraq'; }, /^geodata\/events\.json: tanf-strike-1: place: \[42\.6, 33\.6\] \(where iraq is drawn\) lies 175 km outside Syria/],
  ['a GeoNames town given the kind of a country', 'places.geojson', (d) => { place(d, 'homs').properties.kind = 'country'; }, /places\.geojson: homs: properties\.kind: a country is not placed by a GeoNames city/],
  ['a region given the kind of a country, and moved far off', 'places.geojson', (d) => { const f = place(d, 'badiya'); f.properties.kind = 'country'; f.geometry.coordinates[0][1] = [43, 31]; }, /places\.geojson: badiya: geometry\.coordinates\.0\.1: \[43, 31\] lies \d+ km from Syria/],
  ['a place named as no country given the kind of one', 'places.geojson', (d) => { place(d, 'badiya').properties.kind = 'country'; }, /places\.geojson: badiya: properties\.kind: the Badiya is not a country of geodata\/basemap\/countries\.geojson/],
  ['a GeoNames place moved 55 km', 'places.geojson', (d) => { place(d, 'palmyra').geometry.coordinates[0] += 0.6; }, /places\.geojson: palmyra: geometry\.coordinates: \[38\.884\d*, 34\.5624\] lies 55 km from GeoNames 163808/],
  ['a GeoNames town moved 56 km', 'control/towns.json', (d) => { town(d, 'hama').coord[1] += 0.5; }, /towns\.json: hama: coord: \[36\.75783, 35\.6317\d*\] lies 56 km from GeoNames 170017/],
  ['a route with fewer via names than vertices', 'routes.geojson', (d) => { route(d, 'us-backed-push').properties.via.pop(); }, /routes\.geojson: us-backed-push: properties\.via: 2 names for 3 vertices/],
  ['a route of two identical points', 'routes.geojson', (d) => { const r = route(d, 'loyalists-towards-tanf'); r.geometry.coordinates[1] = [...r.geometry.coordinates[0]]; }, /routes\.geojson: loyalists-towards-tanf: geometry\.coordinates\.1: .* repeats the vertex before it/],
  ['parents in a loop', 'places.geojson', (d) => { place(d, 'homs').properties.parent = 'al-waer'; }, /places\.geojson: homs: properties\.parent: parents run in a loop: homs → al-waer → homs/],
  ['a blank town name', 'control/towns.json', (d) => { town(d, 'hama').name = ' '; }, /towns\.json: hama: name: must not be blank/],
  ['a blank record', 'control/towns.json', (d) => { town(d, 'palmyra').periods[1].source.about = '   '; }, /towns\.json: palmyra: periods\.1\.source\.about: must not be blank/],
  ['an id with a no-break space, shown escaped', 'passages.json', (d) => { d[0].id = 'pierret-in-may\u00a0june'; }, /^geodata\/passages\.json: "pierret-in-may\\u00a0june": id: must be a lowercase slug/],
  ['an id with a Cyrillic o, shown escaped', 'events.json', (d) => { event(d, 'tanf-strike-1').id = 'tanf-strike-\u043ene'; }, /^geodata\/events\.json: "tanf-strike-\\u043ene": id: must be a lowercase slug/],
  // Found by a fourth hostile read: each of these passed, or was reported as an unforeseen error.
  ['a fifth text with nothing received to compare it with', 'sources.json', (d) => { d.push({ ...d[2], id: 'invented-2020', file: 'sources/invented-2020.md' }); }, /^geodata\/sources\.json: invented-2020: id: not one of the texts as received/],
  ['a text whose id is a property of every object', 'sources.json', (d) => { d.push({ ...d[2], id: 'constructor', file: 'sources/iran-turkey-2018.md' }); }, /^geodata\/sources\.json: constructor: id: not one of the texts as received/],
  ['a ring whose positions lie on one line', 'places.geojson', (d) => { place(d, 'badiya').geometry.coordinates = [[[38, 34], [38.5, 34], [39, 34], [38, 34]]]; }, /places\.geojson: badiya: geometry\.coordinates\.0: ring encloses no area/],
  ['a line of one point repeated', 'places.geojson', (d) => { const g = place(d, 'barada-valley').geometry; g.coordinates = [g.coordinates[0], g.coordinates[0]]; }, /places\.geojson: barada-valley: geometry\.coordinates\.1: .* repeats the vertex before it/],
  ['a key given twice in one record (JSON keeps the last)', 'passages.json', (d) => JSON.stringify(d).replace('{"id":"pierret-in-may-june-2017-us-aircraft",', '\n{"id":"pierret-in-may-june-2017-us-aircraft","text":"Assad won in 2013.",'), /^geodata\/passages\.json: line 2: key "text" given twice in one object/],
  ['a member the geometry does not have, copied into the places export', 'places.geojson', (d) => { place(d, 'homs').geometry.bbox = 'junk'; }, /places\.geojson: homs: geometry: Unrecognized key: "bbox"/],
  ['a quote a spreadsheet would read as a formula in the CSV export', 'passages.json', (d) => { d[0].text = '=HYPERLINK("http://x")'; }, /passages\.json: pierret-in-may-june-2017-us-aircraft: text: starts with =, which a spreadsheet reads as a formula/],
  ['a place name a spreadsheet would read as a formula', 'places.geojson', (d) => { place(d, 'homs').properties.name = '@Homs'; }, /places\.geojson: homs: properties\.name: starts with @/],
  ['a passage of a megabyte (matched slowly: a 50 MB one took 80 s)', 'passages.json', (d) => { d[0].text = 'In May-June 2017 '.repeat(60_000); }, /^geodata\/passages\.json: pierret-in-may-june-2017-us-aircraft: text: too long for a passage/],
  // Found by a fifth hostile read: each of these passed, or was reported as an unforeseen error.
  ['a basemap file holding null', 'basemap/land.geojson', () => null, /^geodata\/basemap\/land\.geojson: holds null instead of its data \(run npm run basemap\)$/],
  ['a byte-order mark in a basemap file', 'basemap/syria.geojson', (d) => `\uFEFF${JSON.stringify(d)}`, /^geodata\/basemap\/syria\.geojson: starts with a byte-order mark/],
  ['a key given twice in a basemap file', 'basemap/syria.geojson', (d) => JSON.stringify(d).replace('{', '{"type":"x",'), /^geodata\/basemap\/syria\.geojson: line 1: key "type" given twice in one object/],
  ['a null feature in the basemap', 'basemap/roads.geojson', (d) => { d.features.push(null); }, /^geodata\/basemap\/roads\.geojson: #\d+: not a feature \(holds null\)$/],
  ['a basemap polygon without coordinates', 'basemap/lakes.geojson', (d) => { d.features.find((f: { geometry: { type: string } }) => f.geometry.type === 'MultiPolygon').geometry.coordinates = null; }, /^geodata\/basemap\/lakes\.geojson: [^:]+: geometry: coordinates not shaped as a MultiPolygon's/],
  ['a text dated on a day that does not exist (it turned off the checks of time against it)', 'sources.json', (d) => { d[1].date = '2025-13-45'; }, /^geodata\/sources\.json: giustozzi-2025: date: invalid date: 2025-13-45/],
  ['a quote with a no-break space for a space', 'passages.json', (d) => { d[0].text = d[0].text.replace(' ', '\u00a0'); }, /^geodata\/passages\.json: pierret-in-may-june-2017-us-aircraft: text: holds U\+00A0, which the texts do not use: type a plain space$/],
  ['a quote with an ogham space mark, drawn as a dash', 'passages.json', (d) => { d[0].text = d[0].text.replace(' ', '\u1680'); }, /^geodata\/passages\.json: pierret-in-may-june-2017-us-aircraft: text: holds U\+1680/],
  ['a list item\u2019s dash behind a tab, a formula in the CSV export all the same', 'passages.json', (d) => { Object.assign(d[0], { source: 'giustozzi-2025', text: '\t- General Ziad Saleh was appointed head of security for', places: [] }); }, /^geodata\/passages\.json: pierret-in-may-june-2017-us-aircraft: text: starts with - after whitespace, which a spreadsheet reads as a formula/],
  ['mention counts nested 100,000 lists deep', 'derived/mention-counts.json', () => `{"counts":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, /^geodata\/derived\/mention-counts\.json: differs from the counts of mentions\.json/],
];

describe('validation meets corrupted geodata, one corruption at a time', () => {
  for (const [name, file, fn, expected] of CORRUPTIONS) {
    it(`reports ${name}`, () => {
      const messages = messagesAfter((root) => edit(root, file, fn));
      expect(messages.some((m) => expected.test(m)), `${expected}\n${messages.slice(0, 5).join('\n')}`).toBe(true);
    });
  }
});
