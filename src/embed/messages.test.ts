import { describe, expect, it } from 'vitest';
import { parseEmbedMessage, parseHostMessage } from './messages.ts';

describe('host messages', () => {
  it('accepts the three commands', () => {
    expect(parseHostMessage({ type: 'syria-map:set-date', date: '2017-06-15' })).toEqual({ type: 'syria-map:set-date', date: '2017-06-15' });
    expect(parseHostMessage({ type: 'syria-map:set-place', place: 'al-tanf' })).toEqual({ type: 'syria-map:set-place', place: 'al-tanf' });
    expect(parseHostMessage({ type: 'syria-map:set-place', place: null })).toEqual({ type: 'syria-map:set-place', place: null });
    expect(parseHostMessage({ type: 'syria-map:set-chapter', story: 's', chapter: 'c-1' })).toEqual({ type: 'syria-map:set-chapter', story: 's', chapter: 'c-1' });
  });
  it('ignores anything malformed', () => {
    for (const bad of [null, undefined, 'syria-map:set-date', 42, [], {}, { type: 'other' },
      { type: 'syria-map:set-date', date: 20170615 }, { type: 'syria-map:set-date', date: '15/06/2017' },
      { type: 'syria-map:set-place', place: '<img src=x onerror=alert(1)>' }, { type: 'syria-map:set-chapter', story: 's' },
      { type: 'syria-map:set-place' }]) {
      expect(parseHostMessage(bad)).toBeNull();
    }
  });
  it('refuses a date the viewer cannot show: not a calendar day, or outside 2015-01-01 to 2024-12-08', () => {
    for (const date of ['2016-13-45', '0000-00-00', '2017-02-30', '2014-12-31', '2024-12-09', '2030-01-01']) {
      expect(parseHostMessage({ type: 'syria-map:set-date', date })).toBeNull();
    }
    for (const date of ['2015-01-01', '2016-02-29', '2024-12-08']) {
      expect(parseHostMessage({ type: 'syria-map:set-date', date })).toEqual({ type: 'syria-map:set-date', date });
    }
  });
});

describe('embed messages', () => {
  it('accepts heights and states, refuses the rest', () => {
    expect(parseEmbedMessage({ type: 'syria-map:height', height: 640 })).toEqual({ type: 'syria-map:height', height: 640 });
    expect(parseEmbedMessage({ type: 'syria-map:height', height: -1 })).toBeNull();
    expect(parseEmbedMessage({ type: 'syria-map:height', height: Infinity })).toBeNull();
    const state = { date: '2017-06-15', place: null, story: null, chapter: null };
    expect(parseEmbedMessage({ type: 'syria-map:state', state })).toEqual({ type: 'syria-map:state', state });
    expect(parseEmbedMessage({ type: 'syria-map:state', state: { ...state, place: 'A B' } })).toBeNull();
  });
});
