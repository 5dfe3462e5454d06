import { describe, expect, it } from 'vitest';
import { formatByline, formatDateRef, formatSourceLine } from './format.ts';

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

// Shaped as geodata/sources.json has them: a year, an ISO day, "not stated".
const createSource = (author: string, date: string, dateNote?: string) => ({ author, date, dateNote, kind: 'news analysis' });

describe('formatByline', () => {
  it('says what a text does not state in words, never "not stated, not stated"', () => {
    expect(formatByline(createSource('Thomas Pierret', '2017'))).toBe('Thomas Pierret, 2017');
    expect(formatByline(createSource('Antonio Giustozzi', '2025-09-01'))).toBe('Antonio Giustozzi, 1 September 2025');
    expect(formatByline(createSource('not stated', 'not stated'))).toBe('author and date not stated');
    expect(formatByline(createSource('not stated', '2018'))).toBe('author not stated, 2018');
    expect(formatByline(createSource('A. Writer', 'not stated'))).toBe('A. Writer, date not stated');
  });
});

describe('formatSourceLine', () => {
  it('reads as one sentence, without parentheses inside parentheses', () => {
    expect(formatSourceLine(createSource('Thomas Pierret', '2017', 'written in June 2017 (reports events up to mid-June 2017)')))
      .toBe('Thomas Pierret, 2017; written in June 2017 (reports events up to mid-June 2017) · news analysis');
    expect(formatSourceLine(createSource('not stated', 'not stated', 'its content places it in September 2018')))
      .toBe('Author and date not stated; its content places it in September 2018 · news analysis');
    expect(formatSourceLine(createSource('not stated', 'not stated'))).toBe('Author and date not stated · news analysis');
  });
});
