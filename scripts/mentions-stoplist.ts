/**
 * What `npm run mentions` does not report as a possible missed place. Two lists:
 *
 * - `STOP_WORDS`: capitalised words that are never places on this map. A phrase made only of these words
 *   (and of connectors such as al-, bin, of) is dropped silently.
 * - `JUDGED`: phrases that look like places and were read in context and judged not to belong on the map;
 *   they stay in mentions.json's `unmatched` list with the reason, so the judgement can be checked.
 */
import { foldForMatch } from '../src/places/match.ts';

const STOP: Record<string, string> = {
  people: `Assad Asad Bashar Bashir Hafez Maher Rami Makhluf Makhlouf Mamluk Mamlouk Ali Abdullah Ayoub Saleem Mohammad Mohammed
    Muhamad Mohamed Omar Abu Abas Hussaini Trump Obama Putin Khamenei Kim Jong Un Jong-Un Soleimani Solaimani Larijani Qassemi Bahram
    Walid Mualeem Faruq Sharaa Qadri Jamil Bassam Merhej Hassan Hasan Assef Dikr Zaid Ziad Saleh Nizar Ahmed Khader Khalid Haidar
    Haider Jamal Jamie Jafari Jaffari Imad Khanis Faraj Turkmani Bilal Ibrahim Shaar Mudar Rafi Fateh Hassoun Tahir Hamid Khalil
    Mahla Mahala Abbas Jamel Ghazi Jalali Zaher Jabri Samir Etaf Najib Abdul Salam Fajr Mahmoud Nofal Milhem Awdeh Isham Byman
    Ladwig Walter Komer Robert Barbara Elias Daniel Seth Frantzman Jennifer Cafarella Jason Zhou Alexey Khlebnikov Anton Mardasov
    Carmit Valensi Udi Dekel Eran Lerman Charles Lister Mark Katz Alexander Bick Thomas Schaffner Pierret Antonio Giustozzi
    Sinan Hatahet Aleksandr Aksenenok Matthew Barber Îlham Ehmed Ghadhawi Abdo Ahmad Vladimir Zain Abidain Imam Sheikh`,
  organisations: `IRGC IS ISIS Daesh Nusra Hezbollah Hizbollah PYD YPG PKK SDF NSA SAA NDF LDF FSA UN US UK CIA AKP JIG HIMARS MoD
    CoS RUSI ANF ARA Quds Force Forces Army Corps Brigade Division Guard Guards Republican Presidential Pasdaran Pentagon Ministry
    Defense Defence Interior Foreign Affairs Military Intelligence Directorate Air Special General Staff Council Security
    Ba’ath Party Front Islamic State Republic Revolutionary Federation Tahrir Ahrar Sham Jaysh Maghawir Thawra Usud Sharqiyya
    Fatimiyun Liwa Rahman Islam Yarmouk Martyrs Martyr Southern Popular Mobilization Units Democratic Syrian Kremlin Administration
    International Council Terrorism Conflict University Trump Caliphate Kingdom Hashemite Jordanian Proxy National Government`,
  publications: `New York Times Arab Monitor Jazeera Reuters Newsweek Voice America News Watan Comment Front Page Daily Mail
    Rojava Dossier Geopolitical Turmoil Effects Mediterranean Region Read more`,
  calendar: `January February March April May June July August September October November December Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday`,
  peoples: `Russian Russians Iranian Iranians Turkish Turks Iraqi Iraqis Syrians Kurds Kurdish Arab Arabs Saudis Americans
    American Soviets Egyptians Indians Westerners Western European Shia Shi’a Shiite Sunni Alawite Alawites Afghan Norwegian British
    Lebanese Jordanian Israeli Korean West led backed held sponsored influenced aligned controlled based`,
  // Named in the texts but outside the map's frame (32–43.5° E, 30.8–38.6° N); Syria is the whole map.
  'beyond the map': `Syria Russia Iran Moscow Tehran Teheran Ankara Washington Astana Geneva Sochi Qatar Yemen Egypt Saudi Arabia UAE
    Afghanistan Pakistan Vietnam Sri Lanka India Ukraine Korea North Europe Gulf Edinburgh United States`,
  words: `The A An This That These Those It Its He His She They Their We Our You Your Operation Shield Agreement Process Talks
    Statement League President Minister Supreme Leader Commander Colonel Major Deputy Prime Ambassador Senior Lecturer Research
    Fellow Civil War Intervention Aftermath Paradoxes De-confliction Deconfliction Conclusion Introduction Methodology Playing
    Reaching Rolling Toward Coup Purges Economic Plans Aggression Will Not Triumph Former De confliction`,
};

const CONNECTORS = new Set(['al', 'ez', 'el', 'ad', 'as', 'ash', 'ar', 'az', 'bin', 'ibn', 'of', 'the', 's']);
export const STOP_WORDS: ReadonlySet<string> = new Set(Object.values(STOP).flatMap((s) => s.split(/\s+/)).filter(Boolean).map(foldForMatch));

/** A phrase whose every word is a stop word or a connector. */
export function isStopPhrase(phrase: string): boolean {
  return foldForMatch(phrase).split(' ').every((w) => CONNECTORS.has(w) || STOP_WORDS.has(w));
}

/** Place-like phrases read in context and left off the map, with why (keys are folded phrases). */
export const JUDGED: Record<string, string> = Object.fromEntries(Object.entries({
  'Eastern Syria': 'a direction within Syria, not a bounded place',
  'South Syria Will': 'a direction within Syria (“South Syria”, in a footnote’s headline), not a bounded place',
  'Euphrates Shield': 'a Turkish military operation (2016–17), not a place: kept out of the Euphrates’ mentions by its notAliases',
  'Operation Euphrates Shield': 'a Turkish military operation (2016–17), not a place: kept out of the Euphrates’ mentions by its notAliases',
  Damascene: 'an adjective (“the Damascene periphery”): the places it means are on the map (Daraya, Ma‘damiyya…)',
}).map(([k, v]) => [foldForMatch(k), v]));
