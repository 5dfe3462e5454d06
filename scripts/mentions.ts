/**
 * `npm run mentions`: finds every mention of every place of geodata/places.geojson in the clean texts
 * (all aliases, case-insensitive, whole words) and writes geodata/derived/mentions.json: each mention with
 * its source, offsets in the plain text (src/data/corpus.ts), block anchor and sentence. It also lists
 * capitalised words and phrases that look like places but match nothing, so a missed place is noticed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpus } from '../src/data/corpus.ts';
import { sentenceAt } from '../src/data/sentences.ts';
import { buildMatcher, type Matchable } from '../src/places/match.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));

/** Capitalised words that are not places: people, organisations, months, countries outside the map's frame. */
export const NOT_PLACES = new Set(`Assad Bashar Russia Russian Russians Iran Iranian Iranians Moscow Tehran Teheran Ankara Washington
Trump Obama Putin Khamenei Kim Jong-Un Soleimani Solaimani Hezbollah Hizbollah IRGC IS ISIS Daesh Islamic State Nusra Front Kurds Kurdish
PYD YPG PKK SDF NSA SAA NDF LDF FSA UN US UK CIA AKP JIG HIMARS MoD Qatar Yemen Egypt Saudi Arabia Saudis UAE Afghanistan Pakistan
Vietnam Sri Lanka India Indians Soviets Gulf Arabs Europe European Western West Ukraine Korea North Korean Arab League Astana Geneva Sochi
January February March April May June July August September October November December Friday Tuesday Al Jazeera Reuters Newsweek
Monitor Al Monitor Voice America Mediterranean Region Syria Syrian Syrians Caliphate Pasdaran Pentagon Shia Sunni Alawite Alawites
Islamic Republic Republic Guard Brigade Division Corps Army Forces Maghawir Thawra Tahrir Sham Ahrar Jaysh Usud Sharqiyya Fatimiyun
Yarmouk Martyrs Khalid Walid Rahman Islam Southern Kingdom Hashemite Euphrates Shield Olive Branch Peace Spring Popular Mobilization
Units Democratic Federation Mediterranean`.split(/\s+/));

const TRIGGER = /\b(?:in|of|near|from|to|towards|across|at|around|into|through|outside|between)\s+((?:the\s+)?(?:al-|Al-|Deir |Tell |Khan |Jabal |Bab |Ras )?[A-Z][\p{L}’'‘-]+(?:\s+(?:al-|ez-|el-)?[A-Z][\p{L}’'‘-]+){0,2})/gu;

interface PlaceFeature { properties: Matchable & { name: string } }
interface SourceMeta { id: string; file: string }

const places = (read('geodata/places.geojson') as { features: PlaceFeature[] }).features.map((f) => f.properties);
const sources = read('geodata/sources.json') as SourceMeta[];
const matcher = buildMatcher(places);

const mentions: Array<Record<string, unknown>> = [];
const unmatched = new Map<string, { phrase: string; source: string; count: number; example: string }>();

for (const s of sources) {
  const blocks = parseCorpus(fs.readFileSync(path.join(root, 'geodata', s.file), 'utf8'));
  for (const b of blocks) {
    const found = matcher.find(b.text);
    for (const m of found) {
      const sent = sentenceAt(b.text, m.start);
      mentions.push({
        place: m.id, source: s.id, start: b.start + m.start, end: b.start + m.end, match: m.text,
        block: b.anchor, kind: b.kind, sentence: b.text.slice(sent.start, sent.end),
      });
    }
    for (const t of b.text.matchAll(TRIGGER)) {
      const phrase = t[1]!.replace(/^the\s+/, '');
      const at = t.index + t[0].indexOf(phrase);
      if (found.some((m) => at < m.end && at + phrase.length > m.start)) continue;
      if (phrase.split(/[\s-]+/).every((w) => NOT_PLACES.has(w.replace(/[’'‘]s$/, '')) || /^(al|ez|el)$/.test(w))) continue;
      const key = `${s.id}\t${phrase}`;
      const prev = unmatched.get(key);
      if (prev) prev.count++;
      else unmatched.set(key, { phrase, source: s.id, count: 1, example: b.text.slice(Math.max(0, at - 40), at + phrase.length + 40) });
    }
  }
}

mentions.sort((a, b) => String(a.source).localeCompare(String(b.source)) || (a.start as number) - (b.start as number));
const byPlace = new Map<string, number>();
for (const m of mentions) byPlace.set(m.place as string, (byPlace.get(m.place as string) ?? 0) + 1);
const none = places.filter((p) => !byPlace.has(p.id)).map((p) => p.id);
const out = {
  generatedBy: 'scripts/mentions.ts',
  summary: { mentions: mentions.length, places: places.length, placesMentioned: byPlace.size, placesNotMentioned: none },
  mentions,
  unmatched: [...unmatched.values()].sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase)),
};
fs.mkdirSync(path.join(root, 'geodata/derived'), { recursive: true });
fs.writeFileSync(path.join(root, 'geodata/derived/mentions.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`mentions: ${mentions.length} of ${byPlace.size}/${places.length} places; not mentioned: ${none.join(', ') || 'none'}; unmatched phrases: ${out.unmatched.length}`);
