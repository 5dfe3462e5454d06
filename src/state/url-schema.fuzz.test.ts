import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_DAY, LAST_DAY, isIsoDate } from './dates.ts';
import { DEFAULT_STATE, LAYER_IDS, URL_KEYS, parseUrl, serializeUrl } from './url-schema.ts';

const hostile = fc.oneof(
  fc.string(), fc.string({ unit: 'binary' }), fc.webQueryParameters(),
  fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', '%', '%E0%A4%A', '?date=2017-02-30', '&&&===', '\u0000', '__proto__=1', 'constructor=x'),
);
const query = fc.array(fc.tuple(fc.constantFrom(...URL_KEYS, ...URL_KEYS.map((k) => k.toUpperCase()), '__proto__', 'x'), hostile), { maxLength: 8 })
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));

describe('the URL parser under hostile input', () => {
  it('never throws, and always gives a valid state', () => {
    fc.assert(fc.property(fc.oneof(hostile, query), fc.oneof(hostile, query), (q, hash) => {
      const { state, notices } = parseUrl(q, `#${hash}`);
      expect(isIsoDate(state.date) && state.date >= FIRST_DAY && state.date <= LAST_DAY).toBe(true);
      expect(state.layers.every((l) => (LAYER_IDS as readonly string[]).includes(l))).toBe(true);
      for (const id of [state.place, state.story, state.chapter, state.text, state.read, state.passage, state.event]) {
        expect(id === null || /^[a-z0-9][a-z0-9-]*$/.test(id)).toBe(true);
      }
      expect(state.basemap === null || /^https?:/.test(state.basemap)).toBe(true);
      expect(notices.every((n) => typeof n === 'string' && n.length <= 160)).toBe(true);
      expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    }), { numRuns: 5000 });
  });
  it('round-trips every state it produces', () => {
    fc.assert(fc.property(query, (q) => {
      const { state } = parseUrl(q);
      expect(parseUrl(serializeUrl(state)).state).toEqual(state);
    }), { numRuns: 2000 });
  });
  it('keeps the defaults for an out-of-range date, with a notice', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (d) => {
      const iso = d.toISOString().slice(0, 10);
      const r = parseUrl(`date=${iso}`);
      if (iso < FIRST_DAY || iso > LAST_DAY) {
        expect(r.state.date).toBe(DEFAULT_STATE.date);
        expect(r.notices).toHaveLength(1);
      } else expect(r.state.date).toBe(iso);
    }), { numRuns: 2000 });
  });
});
