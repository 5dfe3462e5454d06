/**
 * `npm run mentions`: finds every mention of every place of geodata/places.geojson in the clean texts
 * (geodata/sources/*.md, read with src/data/corpus.ts so that offsets are those of the reader's plain text)
 * and writes geodata/derived/mentions.json. It also lists capitalised phrases that look like places but
 * match none, so that a missed place is noticed; each is either judged (scripts/mentions-stoplist.ts says
 * why it is not on the map) or left for an editor to judge.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseCorpus, type Block } from '../src/data/corpus.ts';
import { sentenceAt } from '../src/data/sentences.ts';
import { buildMatcher, foldForMatch, type Matchable } from '../src/places/match.ts';
import { JUDGED, isStopPhrase } from './mentions-stoplist.ts';
import { mentionCounts } from '../src/data/mention-counts.ts';

export interface SourceText { id: string; file: string; blocks: Block[] }
export interface Mention { place: string; source: string; start: number; end: number; match: string; block: string; kind: string; sentence: string }
export interface Unmatched { phrase: string; source: string; count: number; example: string; judged?: string }

/** Every mention of every place, sorted by source, offset and place. */
export function findMentions(places: readonly Matchable[], texts: readonly SourceText[]): Mention[] {
  const matcher = buildMatcher(places);
  const out: Mention[] = [];
  for (const t of texts) {
    for (const b of t.blocks) {
      for (const m of matcher.find(b.text)) {
        const s = sentenceAt(b.text, m.start);
        out.push({ place: m.id, source: t.id, start: b.start + m.start, end: b.start + m.end, match: m.text, block: b.anchor, kind: b.kind, sentence: b.text.slice(s.start, s.end) });
      }
    }
  }
  return out.sort((a, b) => a.source.localeCompare(b.source) || a.start - b.start || a.place.localeCompare(b.place));
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}’'‘-]*`;
const LINK = String.raw`(?:\s+(?:(?:al|ez|el|ad|as|ash|ar|az|bin|ibn)-)?${WORD})`;
const PHRASE = `${WORD}${LINK}{0,2}`;
/** A capitalised phrase after a preposition ("near Idlib", "to the Barada valley"). */
const AFTER_PREPOSITION = new RegExp(String.raw`\b(?:in|of|near|from|to|towards?|across|at|around|into|through|outside|between|along|beyond|within|via)\s+(?:the\s+)?(${PHRASE})`, 'gu');
/** A phrase opening with a word that begins many Arabic place names (al-, Deir, Tell, Khan, Jabal…). */
const PLACE_PREFIX = new RegExp(String.raw`(?<![\p{L}\p{M}’'‘-])((?:al-|Al-|Al |Deir |Dayr |Tell |Tall |Tal |Khan |Jabal |Jebel |Bab |Ras |Wadi |Ain |Ayn |Jisr |Kafr |Abu |Sheikh |Mount |Lake )${WORD}${LINK}{0,1})`, 'gu');

/** Capitalised phrases that look like places but match none, with how often and one example each. */
export function findUnmatched(texts: readonly SourceText[], mentions: readonly Mention[]): Unmatched[] {
  const found = new Map<string, Unmatched>();
  for (const t of texts) {
    const here = mentions.filter((m) => m.source === t.id);
    for (const b of t.blocks) {
      const seen: Array<[number, number]> = [];
      for (const re of [AFTER_PREPOSITION, PLACE_PREFIX]) {
        for (const hit of b.text.matchAll(re)) {
          const phrase = hit[1]!.replace(/[’'‘]s?$/u, '').replace(/-$/, '');
          const local = hit.index + hit[0].lastIndexOf(hit[1]!);
          const at = b.start + local;
          if (seen.some(([a, z]) => at >= a && at < z)) continue;
          seen.push([at, at + phrase.length]);
          if (here.some((m) => at < m.end && at + phrase.length > m.start)) continue;
          if (isStopPhrase(phrase)) continue;
          const key = `${t.id}\t${phrase}`;
          const prev = found.get(key);
          if (prev) { prev.count++; continue; }
          const judged = JUDGED[foldForMatch(phrase)];
          found.set(key, {
            phrase, source: t.id, count: 1,
            example: b.text.slice(Math.max(0, local - 50), local + phrase.length + 50).trim(),
            ...(judged ? { judged } : {}),
          });
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => Number(Boolean(a.judged)) - Number(Boolean(b.judged)) || a.phrase.localeCompare(b.phrase) || a.source.localeCompare(b.source));
}

/** Counts per source and over all. */
export function summarise(places: readonly Matchable[], texts: readonly SourceText[], mentions: readonly Mention[], unmatched: readonly Unmatched[]) {
  const byPlace = new Map<string, number>();
  for (const m of mentions) byPlace.set(m.place, (byPlace.get(m.place) ?? 0) + 1);
  const sources = Object.fromEntries(texts.map((t) => {
    const own = mentions.filter((m) => m.source === t.id);
    return [t.id, { file: t.file, mentions: own.length, places: new Set(own.map((m) => m.place)).size }];
  }));
  return {
    sources,
    summary: {
      mentions: mentions.length, places: places.length, placesMentioned: byPlace.size,
      placesNotMentioned: places.filter((p) => !byPlace.has(p.id)).map((p) => p.id),
      unmatched: unmatched.length, unmatchedNotJudged: unmatched.filter((u) => !u.judged).length,
    },
    byPlace,
  };
}

export const COUNTS_FILE = 'geodata/derived/mention-counts.json';


function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));
  const places = (read('geodata/places.geojson') as { features: Array<{ properties: Matchable }> }).features.map((f) => f.properties);
  const texts: SourceText[] = (read('geodata/sources.json') as Array<{ id: string; file: string }>).map((s) => ({
    id: s.id, file: `geodata/${s.file}`, blocks: parseCorpus(fs.readFileSync(path.join(root, 'geodata', s.file), 'utf8')),
  }));
  const mentions = findMentions(places, texts);
  const unmatched = findUnmatched(texts, mentions);
  const { sources, summary, byPlace } = summarise(places, texts, mentions, unmatched);
  const out = { generatedBy: 'scripts/mentions.ts (npm run mentions)', sources, summary, mentions, unmatched };
  fs.mkdirSync(path.join(root, 'geodata/derived'), { recursive: true });
  fs.writeFileSync(path.join(root, 'geodata/derived/mentions.json'), `${JSON.stringify(out, null, 1)}\n`);
  // The viewer's list and text filter read only the counts: a small file instead of every mention.
  fs.writeFileSync(path.join(root, COUNTS_FILE), `${JSON.stringify({ generatedBy: 'scripts/mentions.ts (npm run mentions)', counts: mentionCounts(mentions) }, null, 1)}\n`);
  const top = [...byPlace].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8).map(([id, n]) => `${id} ${n}`).join(', ');
  console.log(`mentions: ${summary.mentions} of ${summary.placesMentioned}/${summary.places} places (most: ${top})`);
  for (const [id, s] of Object.entries(sources)) console.log(`  ${id}: ${s.mentions} mentions of ${s.places} places`);
  console.log(`places with no mention: ${summary.placesNotMentioned.join(', ') || 'none'}`);
  console.log(`unmatched place-like phrases: ${summary.unmatched} (${summary.unmatchedNotJudged} not judged)`);
  for (const u of unmatched.filter((x) => !x.judged)) console.log(`  ${u.source}: "${u.phrase}" ×${u.count}: …${u.example}…`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
