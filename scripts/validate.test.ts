/**
 * The validator against the real geodata and copies of it broken whole (null records, folders where files should be,
 * a check that throws), and `npm run validate`, which must exit non-zero and write nothing. The corruptions one at a
 * time are in `validate-corruptions.test.ts`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAll, validateAllWithNotes, validators } from '../src/data/validate/index.ts';
import { formatProblem } from '../src/data/validate/problem.ts';
import { ROOT, copyOfGeodata, edit, messagesAfter, place, removeCopy } from './validate-fixtures.ts';

describe('validation meets corrupted geodata', () => {
  it('finds the real geodata sound', () => {
    expect(validateAll(ROOT).map(formatProblem)).toEqual([]);
  });
  it('reports a check that stops on an unforeseen error as a problem, and runs the others', () => {
    validators.push(['broken', () => { throw new Error('boom'); }]);
    try {
      const messages = messagesAfter((root) => edit(root, 'places.geojson', (d) => { place(d, 'homs').geometry.coordinates[1] = 95; }));
      expect(messages).toContain('geodata: the broken check stopped on an unforeseen error (boom): fix the problems reported with it first');
      expect(messages.some((m) => /homs: geometry\.coordinates: latitude 95 out of range/.test(m))).toBe(true);
    } finally {
      validators.pop();
    }
  });
  it('reports a missing folder of stories', () => {
    expect(messagesAfter((root) => fs.rmSync(path.join(root, 'geodata/stories'), { recursive: true }))).toContain('geodata/stories: folder missing');
  });
  it('reports a passage of 20,000 words once, in a short line, without a regular expression of it', () => {
    const messages = messagesAfter((root) => edit(root, 'passages.json', (d) => { d[0].text = Array.from({ length: 20_000 }, (_, i) => `word${i}`).join(' '); d[0].places = []; }));
    expect(messages).toEqual(['geodata/passages.json: pierret-in-may-june-2017-us-aircraft: text: too long for a passage: quote at most 4,000 characters']);
  });
  it('says what a file is when it is a device or a link to nothing, not a folder or missing', () => {
    expect(messagesAfter((root) => fs.symlinkSync('/dev/zero', path.join(root, 'geodata/stories/zero.json'))))
      .toEqual(['geodata/stories/zero.json: is not a regular file (a device, a pipe or a socket)']);
    expect(messagesAfter((root) => fs.symlinkSync('loop.json', path.join(root, 'geodata/stories/loop.json'))))
      .toEqual(['geodata/stories/loop.json: is a symbolic link to nothing (a missing file, or a loop of links)']);
  });
  it('cuts the message of an unforeseen error to one short line', () => {
    validators.push(['broken', () => { throw new Error(`Invalid regular expression: /${'x\\s+'.repeat(100_000)}/: Stack overflow`); }]);
    try {
      const messages = validateAll(ROOT).map(formatProblem).filter((m) => m.includes('broken'));
      expect(messages).toHaveLength(1);
      expect(messages[0]!.length).toBeLessThan(300);
    } finally {
      validators.pop();
    }
  });
  for (const [file, change] of [
    ['passages.json', (d: unknown[]) => { d.splice(1, 0, null); }],
    ['events.json', (d: unknown[]) => { d.splice(1, 0, null); }],
    ['routes.geojson', (d: { features: unknown[] }) => { d.features.splice(1, 0, null); }],
  ] as const) {
    it(`reports a null record in ${file} once, and runs every other check on the rest`, () => {
      const messages = messagesAfter((root) => {
        edit(root, file, change as (d: unknown) => void);
        edit(root, 'places.geojson', (d) => { place(d, 'homs').geometry.coordinates[1] = 95; });
        edit(root, 'passages.json', (d) => { d[d.length - 1].places.push('atlantis'); });
      });
      expect(messages.filter((m) => m.startsWith(`geodata/${file}: #1: `))).toHaveLength(1);
      expect(messages.filter((m) => /unforeseen/.test(m))).toEqual([]);
      expect(messages.some((m) => /homs: geometry\.coordinates: latitude 95 out of range/.test(m))).toBe(true);
      expect(messages.some((m) => /passages\.json: [a-z0-9-]+: places\.\d+: unknown place: atlantis/.test(m))).toBe(true);
    });
  }
  for (const [what, file, content, first, skips] of [
    ['an empty places.geojson', 'places.geojson', '', /^geodata\/places\.geojson: not valid JSON/, /skipped: geodata\/places\.geojson could not be read/],
    ['a places.geojson of no features', 'places.geojson', '{"type":"FeatureCollection","features":[]}', /^geodata\/places\.geojson: holds no places$/, /skipped: geodata\/places\.geojson could not be read/],
    ['a sources.json holding a string', 'sources.json', '"Idlib"', /^geodata\/sources\.json: not a list of records \(holds a string\)$/, /skipped: geodata\/sources\.json could not be read/],
    ['a passages.json holding an object', 'passages.json', '{}', /^geodata\/passages\.json: not a list of records \(holds an object\)$/, /skipped: geodata\/passages\.json could not be read/],
  ] as const) {
    it(`reports ${what} once, and says which checks it skips instead of flooding`, () => {
      const messages = messagesAfter((root) => edit(root, file, () => content));
      expect(messages[0]).toMatch(first);
      expect(messages.slice(1).every((m) => skips.test(m)), messages.join('\n')).toBe(true);
      expect(messages.length).toBeLessThanOrEqual(5);
    });
  }
  it('says what is wrong when a story is a folder, or the stories a file', () => {
    expect(messagesAfter((root) => fs.mkdirSync(path.join(root, 'geodata/stories/x.json'))))
      .toEqual(['geodata/stories/x.json: is a folder, not a file']);
    expect(messagesAfter((root) => { fs.rmSync(path.join(root, 'geodata/stories'), { recursive: true }); fs.writeFileSync(path.join(root, 'geodata/stories'), '{}'); }))
      .toEqual(['geodata/stories: is a file, not a folder of stories']);
  });
  it.skipIf(!fs.existsSync(path.join(ROOT, '../shared/sources')))('compares the clean texts with the texts as received, when they stand next to the repository', () => {
    const seven = (root: string) => {
      const md = path.join(root, 'geodata/sources/pierret-2017.md');
      fs.writeFileSync(md, fs.readFileSync(md, 'utf8').replace('three attacks', 'seven attacks'));
      edit(root, 'passages.json', (d) => { d[0].text = d[0].text.replace('three attacks', 'seven attacks'); });
    };
    expect(messagesAfter(() => {}, true)).toEqual([]);
    expect(messagesAfter(seven, true)).toEqual([expect.stringMatching(/^geodata\/sources\/pierret-2017\.md: pierret-2017: differs from the text as received \(\.\.\/shared\/sources\), word \d+: clean ".*seven.*" vs raw ".*three.*"/)]);
    // Without the texts as received, a note says the comparison was not made, and nothing fails.
    const root = copyOfGeodata();
    try {
      seven(root);
      const { problems, notes } = validateAllWithNotes(root);
      expect(problems).toEqual([]);
      expect(notes.map(formatProblem)).toEqual([expect.stringMatching(/^geodata\/sources: not compared with the texts as received: .*shared\/sources is absent$/)]);
    } finally {
      removeCopy(root);
    }
  });
  it.skipIf(!fs.existsSync(path.join(ROOT, '../shared/sources')))('compares Giustozzi\u2019s title and the front matter sources.json records with the text as received', () => {
    const title = (root: string) => {
      const md = path.join(root, 'geodata/sources/giustozzi-2025.md');
      fs.writeFileSync(md, fs.readFileSync(md, 'utf8').replace('# Prisoners of Assad', '# Prisoners of Putin'));
    };
    expect(messagesAfter(title, true)).toEqual([expect.stringMatching(/^geodata\/sources\/giustozzi-2025\.md: giustozzi-2025: differs from the text as received \(\.\.\/shared\/sources\), word 2: clean "prisoners of putin: .*" vs raw "prisoners of assad: /)]);
    expect(messagesAfter((root) => edit(root, 'sources.json', (d) => { d[1].frontMatter.author = 'Someone Else'; }), true))
      .toEqual(['geodata/sources.json: giustozzi-2025: frontMatter: not as it stands in the text as received: "author" is "Someone Else", the text as received has "Antonio Giustozzi"']);
  });
  it('reports a text dated on a day that does not exist once, not against every passage of the text', () => {
    expect(messagesAfter((root) => edit(root, 'sources.json', (d) => { d[0].date = '2017-02-30'; })))
      .toEqual(['geodata/sources.json: pierret-2017: date: invalid date: 2017-02-30 (must be a real date written YYYY-MM-DD)']);
  });
  it('reports an outline of Syria that turf cannot measure once, and the checks that measure against it run without it', () => {
    const syria = (change: (text: string) => string) => messagesAfter((root) => edit(root, 'basemap/syria.geojson', (d) => change(JSON.stringify(d))));
    expect(syria((t) => t.replace('"coordinates":[', `"coordinates":[${'['.repeat(100_000)}${']'.repeat(100_000)},`)))
      .toEqual([expect.stringMatching(/^geodata\/basemap\/syria\.geojson: SYR: geometry: coordinates not shaped as a MultiPolygon's/)]);
    const infinite = syria((t) => t.replace(/"coordinates":\[\[\[\[[-0-9.]+/, (m) => m.replace(/[-0-9.]+$/, '1e400')));
    expect(infinite.filter((m) => /unforeseen|cannot be built/.test(m)), infinite.join('\n')).toEqual([]);
    expect(infinite[0]).toMatch(/^geodata\/basemap\/syria\.geojson: SYR: geometry\.coordinates\.0\.0\.0: a position must be \[longitude, latitude\] numbers$/);
  });
  it('reads derived files with Windows line ends as up to date', () => {
    expect(messagesAfter((root) => {
      for (const f of ['derived/events.geojson', 'derived/route-segments.geojson', 'derived/control-cells.geojson', 'derived/control-areas.json', 'derived/place-labels.geojson']) {
        const full = path.join(root, 'geodata', f);
        fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(/\n/g, '\r\n'));
      }
    })).toEqual([]);
  });
  it('exits non-zero with one line per problem, and writes nothing', () => {
    const root = copyOfGeodata();
    try {
      edit(root, 'places.geojson', (d) => { place(d, 'homs').geometry.coordinates[1] = 95; });
      const snapshot = () => fs.readdirSync(path.join(root, 'geodata'), { recursive: true }).map(String).sort()
        .map((f) => { const p = path.join(root, 'geodata', f); return fs.statSync(p).isFile() ? `${f}:${fs.statSync(p).mtimeMs}` : f; });
      const before = snapshot();
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', root], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/geodata\/places\.geojson: homs: geometry\.coordinates: latitude 95 out of range/);
      expect(snapshot()).toEqual(before);
    } finally {
      removeCopy(root);
    }
  });
});
