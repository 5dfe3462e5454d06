import { describe, expect, it } from 'vitest';
import { dateStore } from './date-store.tsx';

describe('the date store', () => {
  it('gives the date it was last set to, and tells each subscriber once per change', () => {
    const store = dateStore('2017-06-15');
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.get()));
    store.set('2017-06-16');
    store.set('2017-06-16');
    store.set('2017-07-01');
    expect(store.get()).toBe('2017-07-01');
    expect(seen).toEqual(['2017-06-16', '2017-07-01']);
  });
  it('stops telling a subscriber that has left, even one that leaves while being told', () => {
    const store = dateStore('2017-06-15');
    const calls = { a: 0, b: 0 };
    const leaveA = store.subscribe(() => { calls.a += 1; leaveA(); });
    store.subscribe(() => { calls.b += 1; });
    store.set('2018-01-01');
    store.set('2019-01-01');
    expect(calls).toEqual({ a: 1, b: 2 });
  });
});
