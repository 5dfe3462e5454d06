import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { controlAt, nearestTown, periodAt, queryProblem, type ControlData } from './control-at.ts';
import type { Town } from './schema.ts';

const src = { record: 'Test record', date: '2015-01-01', about: 'fixture' };
const createTown = (id: string, coord: [number, number], ...periods: Array<[string, Town['periods'][number]['faction']]>): Town => ({
  id, name: id, coord, location: { method: 'manual', note: 'fixture town' },
  periods: periods.map(([from, faction]) => ({ from, faction, status: 'held', source: src })),
});
const createData = (): ControlData => ({
  towns: [createTown('west', [36, 34], ['2015-01-01', 'government']), createTown('east', [40, 35], ['2015-01-01', 'islamic_state'], ['2017-10-17', 'sdf'])],
  zones: [{ id: 'zone', name: 'zone', centerTown: 'west', radiusKm: 20, periods: [{ from: '2017-01-01', faction: 'us_backed', status: 'held', source: src }] }],
  syria: turf.bboxPolygon([35, 32, 42, 37]),
});

describe('controlAt', () => {
  it('takes the nearest town’s period in force', () => {
    expect(controlAt(createData(), '2016-01-01', [39.5, 35]).faction).toBe('islamic_state');
    expect(controlAt(createData(), '2017-10-17', [39.5, 35]).faction).toBe('sdf');
    expect(controlAt(createData(), '2017-10-16', [39.5, 35]).faction).toBe('islamic_state');
  });
  it('puts an active zone over the towns', () => {
    expect(controlAt(createData(), '2016-12-31', [36.1, 34]).faction).toBe('government');
    expect(controlAt(createData(), '2017-01-01', [36.1, 34])).toMatchObject({ faction: 'us_backed', feature: 'zone', kind: 'zone' });
  });
  it('answers none outside the country and refuses malformed queries', () => {
    expect(controlAt(createData(), '2017-01-01', [20, 20]).faction).toBe('none');
    expect(() => controlAt(createData(), '2017-02-30', [36, 34])).toThrow('invalid date: 2017-02-30');
    expect(queryProblem('2014-12-31', 36, 34)).toMatch(/out of range/);
    expect(queryProblem('2017-01-01', 200, 34)).toBe('invalid longitude: 200');
  });
  it('finds periods and nearest towns', () => {
    const t = createData().towns[1]!;
    expect(periodAt(t.periods, '2014-01-01')).toBeNull();
    expect(nearestTown(createData().towns, [37.9, 34]).id).toBe('west');
  });
});

describe('npm run control-at', () => {
  const root = path.resolve(__dirname, '../..');
  const run = (args: string[], input?: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/control-at.ts', ...args], { cwd: root, input, encoding: 'utf8' });
  it('prints the faction first, then what the answer rests on', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/control-at.ts', '2016-09-01', '37.955', '36.528'], { cwd: root, encoding: 'utf8' });
    expect(out.split('\t')[0]).toBe('sdf');
    expect(out).toContain('manbij');
    expect(out).toContain('passage pierret-not-only-did-these-efforts-fail');
  });
  it('gives the day’s approximation and the period’s note, as the popup does, one field each', () => {
    const manbij = run(['2016-09-01', '37.955', '36.528']).stdout.trimEnd().split('\t');
    expect(manbij).toHaveLength(5);
    expect(manbij[2]).toBe('town manbij (since 2016-08-12, day approximate)');
    expect(manbij[4]).toBe('the SDF declared the city taken on 12 August 2016');
    const jableh = run(['2024-12-08', '35.9', '35.45']).stdout.trimEnd().split('\t');
    expect(jableh[2]).toBe('town jableh (since 2024-12-08)');
    expect(jableh[4]).toContain('(https://tass.com/world/1884365)');
    expect(run(['2017-06-15', '35.945', '31.955']).stdout.trimEnd().split('\t')).toEqual(['none', '-', '-', 'outside Syria', '-']);
  });
  it('answers none outside Syria and errors clearly on bad input', () => {
    expect(run(['2017-06-15', '35.945', '31.955']).stdout.split('\t')[0]).toBe('none');
    const bad = run(['2017-13-01', '37', '36']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('error: invalid date: 2017-13-01');
    expect(run(['2017-01-01', 'east', '36']).stderr).toContain('error: invalid longitude: east');
  });
  it('reads many queries from standard input and answers each line in order', () => {
    const r = run([], '2016-05-01 37.955 36.528\n2017-13-01 1 2\n2016-09-01 37.955 36.528\n2017-06-15 35.945 31.955\n');
    const lines = r.stdout.trim().split('\n').map((l) => l.split('\t')[0]);
    expect(lines).toEqual(['islamic_state', 'error: invalid date: 2017-13-01', 'sdf', 'none']);
    expect(r.status).toBe(1);
  });
});
