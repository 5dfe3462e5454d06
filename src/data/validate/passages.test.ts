import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validatePassages } from './passages.ts';
import { formatProblem } from './problem.ts';
import { validateSources } from './sources.ts';

const TEXT = [
  '# A title', '', 'In May-June 2017, US aircraft struck near al-Tanaf, held by Pentagon-backed rebels,[^1] twice.', '',
  '> [pull quote] Pentagon-backed rebels', '', '[^1]: A note.', '',
].join('\n');

const NAMES: Record<string, { name: string; aliases: string[] }> = { 'al-tanf': { name: 'al-Tanf', aliases: ['al-Tanaf'] }, jordan: { name: 'Jordan', aliases: [] } };
const roots: string[] = [];
/** A throwaway repository root with one source, one place and the given passages (no places file if `places` is null). */
function createRoot(passages: unknown[], places: string[] | null = ['al-tanf']): string {
  // One folder down, so that no ../shared/sources stands next to it: these texts are not the real ones.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passages-'));
  roots.push(dir);
  const root = path.join(dir, 'main');
  fs.mkdirSync(path.join(root, 'geodata/sources'), { recursive: true });
  fs.writeFileSync(path.join(root, 'geodata/sources/pierret-2017.md'), TEXT);
  fs.writeFileSync(path.join(root, 'geodata/sources.json'), JSON.stringify([{
    id: 'pierret-2017', file: 'sources/pierret-2017.md', title: 'T', shortLabel: 'P', author: 'A', date: '2017', dateNote: 'n', kind: 'k', covers: 'c',
  }]));
  fs.writeFileSync(path.join(root, 'geodata/passages.json'), JSON.stringify(passages));
  if (places) {
    const features = places.map((id) => ({ type: 'Feature', id, properties: { id, ...NAMES[id] }, geometry: { type: 'Point', coordinates: [38, 33] } }));
    fs.writeFileSync(path.join(root, 'geodata/places.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
  }
  return root;
}
const createPassage = (over: Record<string, unknown> = {}) => ({ id: 'tanf', source: 'pierret-2017', text: 'US aircraft struck near al-Tanaf,', places: ['al-tanf'], ...over });
const messages = (root: string) => validatePassages(root).map(formatProblem);

afterEach(() => {
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true });
});

describe('validatePassages', () => {
  it('accepts a verbatim passage, whatever its whitespace', () => {
    expect(messages(createRoot([createPassage({ text: 'US  aircraft\nstruck near al-Tanaf,' })]))).toEqual([]);
  });

  it('names the passage and the source when the text is not verbatim', () => {
    expect(messages(createRoot([createPassage({ text: 'US aircraft struck near al-Tanf,', places: [] })])))
      .toEqual(['geodata/passages.json: tanf: text: not found verbatim in pierret-2017']);
  });

  it('refuses text from a pull quote, across a footnote mark, or with one', () => {
    const root = createRoot([
      createPassage({ id: 'a', text: 'rebels, twice.', places: [] }),
      createPassage({ id: 'b', text: 'rebels,[^1] twice.', places: [] }),
    ]);
    expect(messages(root)).toEqual([
      'geodata/passages.json: a: text: not found verbatim in pierret-2017',
      'geodata/passages.json: b: text: contains a footnote mark: cut the passage before it',
    ]);
  });

  it('wants each place named in the text, by its name or an alias, or a note saying why it is there', () => {
    const root = createRoot([
      createPassage({ id: 'alias' }),
      createPassage({ id: 'bare', text: 'Pentagon-backed rebels,', places: ['al-tanf', 'jordan'] }),
      createPassage({ id: 'noted', text: 'twice.', note: '“twice” is the two strikes near al-Tanaf of the sentence before' }),
    ], ['al-tanf', 'jordan']);
    expect(messages(root)).toEqual([
      'geodata/passages.json: bare: places.0: al-tanf is not named in the text (al-Tanf, al-Tanaf): add a note saying why the passage is tied to it',
      'geodata/passages.json: bare: places.1: jordan is not named in the text (Jordan): add a note saying why the passage is tied to it',
    ]);
  });

  it('names an unreal date and a range that ends before it starts', () => {
    const root = createRoot([
      createPassage({ id: 'd', date: '2017-02-30', dateNote: 'n' }),
      createPassage({ id: 'r', text: 'twice.', places: [], date: { from: '2017-06-30', to: '2017-05-01' }, dateNote: 'n' }),
    ]);
    expect(messages(root)).toEqual([
      'geodata/passages.json: d: date: invalid date: 2017-02-30 (must be a real date written YYYY-MM-DD)',
      'geodata/passages.json: r: date: ends before it starts: to 2017-05-01 < from 2017-06-30',
    ]);
  });

  it('reports duplicates, unknown sources and places, and a date without its note', () => {
    const root = createRoot([
      createPassage(),
      createPassage({ text: 'twice.', places: [] }),
      createPassage({ id: 'x', source: 'nowhere', places: ['atlantis'] }),
      createPassage({ id: 'n', text: 'In May-June 2017,', places: [], date: '2017-06-01' }),
      createPassage({ id: 'twin' }),
    ]);
    expect(messages(root)).toEqual([
      'geodata/passages.json: tanf: id: duplicate id',
      'geodata/passages.json: x: source: unknown source: nowhere',
      'geodata/passages.json: x: places.0: unknown place: atlantis',
      'geodata/passages.json: n: dateNote: a date needs a dateNote saying how it was read',
      'geodata/passages.json: twin: text: same text as tanf',
    ]);
  });

  it('says once that the gazetteer is missing', () => {
    expect(messages(createRoot([createPassage(), createPassage({ id: 'b', text: 'twice.' })], null)))
      .toEqual(['geodata/passages.json: places: skipped: geodata/places.geojson could not be read']);
  });
});

describe('validateSources', () => {
  it('accepts a listed source whose clean text exists', () => {
    expect(validateSources(createRoot([])).filter((p) => !p.note)).toEqual([]);
  });
  it('names a missing clean text and a footnote without its mark', () => {
    const root = createRoot([]);
    fs.rmSync(path.join(root, 'geodata/sources/pierret-2017.md'));
    const problems = () => validateSources(root).filter((p) => !p.note).map(formatProblem);
    expect(problems()).toEqual(['geodata/sources.json: pierret-2017: file: sources/pierret-2017.md does not exist']);
    fs.writeFileSync(path.join(root, 'geodata/sources/pierret-2017.md'), TEXT.replace('[^1] twice', ' twice'));
    expect(problems()).toEqual(['geodata/sources/pierret-2017.md: pierret-2017: footnote 1 is never referenced']);
  });
});
