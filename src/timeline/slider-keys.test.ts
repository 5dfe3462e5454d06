import { describe, expect, it } from 'vitest';
import { adjacentDate, dateForKey, nearestTick } from './slider-keys.ts';

describe('slider keys', () => {
  it('moves a day, a month, or to the ends', () => {
    expect(dateForKey('ArrowRight', '2017-06-15')).toBe('2017-06-16');
    expect(dateForKey('ArrowLeft', '2017-06-15')).toBe('2017-06-14');
    expect(dateForKey('PageUp', '2017-01-31')).toBe('2017-02-28');
    expect(dateForKey('PageDown', '2017-06-15')).toBe('2017-05-15');
    expect(dateForKey('Home', '2017-06-15')).toBe('2015-01-01');
    expect(dateForKey('End', '2017-06-15')).toBe('2024-12-08');
    expect(dateForKey('a', '2017-06-15')).toBeNull();
  });
  it('stops at the ends of the range', () => {
    expect(dateForKey('ArrowLeft', '2015-01-01')).toBe('2015-01-01');
    expect(dateForKey('PageUp', '2024-12-01')).toBe('2024-12-08');
  });
  it('finds the previous and next change', () => {
    const changes = ['2016-03-04', '2016-08-12', '2017-06-09'];
    expect(adjacentDate(changes, '2016-08-12', 1)).toBe('2017-06-09');
    expect(adjacentDate(changes, '2016-08-12', -1)).toBe('2016-03-04');
    expect(adjacentDate(changes, '2018-01-01', 1)).toBeNull();
    expect(adjacentDate(changes, '2015-01-01', -1)).toBeNull();
  });

  it('a click on the event ticks takes the tick nearest to it, within reach', () => {
    const centres = [10, 18, 40];
    expect(nearestTick(centres, 13, 12)).toBe(0);
    expect(nearestTick(centres, 15, 12)).toBe(1);
    expect(nearestTick(centres, 52, 12)).toBe(2);
    expect(nearestTick(centres, 53, 12)).toBeNull();
    expect(nearestTick(centres, 29, 12)).toBe(1);
    expect(nearestTick([], 0, 12)).toBeNull();
    // Two ticks on one day: the one under the pointer, else the first.
    expect(nearestTick([20, 20], 21, 12)).toBe(0);
    expect(nearestTick([20, 20], 21, 12, 1)).toBe(1);
  });
});
