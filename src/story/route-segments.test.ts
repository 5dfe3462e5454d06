import { describe, expect, it } from 'vitest';
import { dayNumber } from '../state/dates.ts';
import { reachedLength, routeSegments } from './route-segments.ts';

describe('routeSegments', () => {
  it('cuts a route into dated segments', () => {
    const s = routeSegments('r', 'government', [[0, 0], [1, 0], [2, 0]], ['2017-05-01', '2017-06-01', '2017-06-09']);
    expect(s).toHaveLength(2);
    expect(s[1]!.properties).toEqual({ route: 'r', faction: 'government', startDay: dayNumber('2017-06-01'), endDay: dayNumber('2017-06-09') });
  });
  it('refuses a route whose dates do not match its vertices or go backwards', () => {
    expect(() => routeSegments('r', 'g', [[0, 0], [1, 0]], ['2017-05-01'])).toThrow('2 vertices but 1 dates');
    expect(() => routeSegments('r', 'g', [[0, 0], [1, 0]], ['2017-06-01', '2017-05-01'])).toThrow('dates go backwards');
  });
  it('counts the vertices reached by a date', () => {
    expect(reachedLength(['2017-05-01', '2017-06-01', '2017-06-09'], '2017-06-08')).toBe(2);
  });
});
