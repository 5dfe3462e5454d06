import { describe, expect, it } from 'vitest';
import { formatDateRef } from './format.ts';

describe('formatDateRef', () => {
  it('writes days, months and ranges as a reader would', () => {
    expect(formatDateRef('2017-04-04')).toBe('4 April 2017');
    expect(formatDateRef({ from: '2016-12-01', to: '2016-12-31' })).toBe('December 2016');
    expect(formatDateRef({ from: '2017-05-01', to: '2017-06-30' })).toBe('May–June 2017');
    expect(formatDateRef({ from: '2016-08-01', to: '2017-05-31' })).toBe('August 2016 – May 2017');
    expect(formatDateRef({ from: '2017-06-10', to: '2017-06-20' })).toBe('10 June 2017 – 20 June 2017');
    expect(formatDateRef({ from: '2016-02-01', to: '2016-02-29' })).toBe('February 2016');
  });
});
