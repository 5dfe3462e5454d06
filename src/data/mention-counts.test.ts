import { describe, expect, it } from 'vitest';
import { mentionCounts } from './mention-counts.ts';

describe('mentionCounts', () => {
  it('counts a place whose id is also a property of every object', () => {
    expect(JSON.stringify(mentionCounts([{ place: 'constructor', source: 'pierret-2017' }, { place: 'homs', source: 'pierret-2017' }, { place: 'constructor', source: 'pierret-2017' }])))
      .toBe('{"constructor":{"pierret-2017":2},"homs":{"pierret-2017":1}}');
  });
});
