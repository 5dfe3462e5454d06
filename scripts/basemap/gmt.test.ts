import { describe, expect, it } from 'vitest';
import { parseSegments } from './gmt.ts';

describe('parseSegments', () => {
  it('reads GMT multi-segment text and drops segments of fewer than two points', () => {
    const text = '> River Bin # 1, Level 1\n38\t37.4\n37.9\t37\n> River Bin # 2, Level 1\n38\t36.9\n';
    expect(parseSegments(text)).toEqual([{ header: 'River Bin # 1, Level 1', coords: [[38, 37.4], [37.9, 37]] }]);
  });
});
