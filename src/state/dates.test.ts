import { describe, expect, it } from 'vitest';
import { addDays, addMonths, clampDay, dayNumber, formatLongDate, isIsoDate, isoFromDay } from './dates.ts';

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2017-06-15')).toBe(true);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2017-02-29')).toBe(false);
    expect(isIsoDate('2017-13-01')).toBe(false);
    expect(isIsoDate('2017-6-15')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
  it('round-trips day numbers', () => {
    for (const d of ['2015-01-01', '2016-02-29', '2024-12-08']) expect(isoFromDay(dayNumber(d))).toBe(d);
    expect(dayNumber('2015-01-02') - dayNumber('2015-01-01')).toBe(1);
  });
  it('moves by days and months, clamping month ends', () => {
    expect(addDays('2016-12-31', 1)).toBe('2017-01-01');
    expect(addMonths('2016-01-31', 1)).toBe('2016-02-29');
    expect(addMonths('2017-03-15', -3)).toBe('2016-12-15');
  });
  it('clamps into the replayed range', () => {
    expect(clampDay('2010-01-01')).toBe('2015-01-01');
    expect(clampDay('2030-01-01')).toBe('2024-12-08');
  });
  it('formats in UTC', () => {
    expect(formatLongDate('2017-06-15')).toBe('15 June 2017');
  });
});
