import { describe, expect, it } from 'vitest';
import { dayNotInPassage, type PassageDate } from './read.ts';

describe('a day sourced to a passage', () => {
  const dates = new Map<string, PassageDate>([
    ['day', { source: 's', date: '2016-08-12' }], ['month', { source: 's', date: { from: '2016-08-01', to: '2016-08-31' } }], ['undated', { source: 's' }],
  ]);
  it('needs no flag when the passage gives that very day or span', () => {
    expect(dayNotInPassage('2016-08-12', 'day', dates)).toBeNull();
    expect(dayNotInPassage({ from: '2016-08-01', to: '2016-08-31' }, 'month', dates)).toBeNull();
  });
  it('asks for dateUncertain when the passage gives a month, another day or no date', () => {
    expect(dayNotInPassage('2016-08-12', 'month', dates)).toBe('the day 2016-08-12 is not in passage month, which is dated 2016-08-01 to 2016-08-31: mark it dateUncertain, or cite a record of that day');
    expect(dayNotInPassage('2016-08-13', 'day', dates)).toMatch(/which is dated 2016-08-12/);
    expect(dayNotInPassage({ from: '2016-08-12', to: '2016-08-14' }, 'undated', dates)).toMatch(/^the day 2016-08-12 to 2016-08-14 .* which gives no date/);
  });
  it('leaves an unknown passage to the check that reports it', () => {
    expect(dayNotInPassage('2016-08-12', 'nowhere', dates)).toBeNull();
  });
});
