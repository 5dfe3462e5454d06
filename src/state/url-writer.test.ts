import { describe, expect, it } from 'vitest';
import { urlWriter, type HistoryLike, type Timers } from './url-writer.ts';

function createHistory() {
  const calls: string[] = [];
  const history: HistoryLike = {
    pushState: (_d, _u, url) => { calls.push(`push ${url}`); },
    replaceState: (_d, _u, url) => { calls.push(`replace ${url}`); },
  };
  return { history, calls };
}

/** Timers run by hand: `tick(ms)` fires those due. */
function createTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; f: () => void }>();
  const timers: Timers = {
    setTimeout: (f, ms) => { due.set(next, { at: now + ms, f }); return next++; },
    clearTimeout: (id) => { due.delete(id as number); },
  };
  const tick = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const [id, t] = [...due].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || !t || t.at > end) break;
      now = t.at;
      due.delete(id);
      t.f();
    }
    now = end;
  };
  return { timers, tick };
}

describe('urlWriter', () => {
  // A drag of a few days and a replay of many: either way nothing while the date moves, then its last value.
  it.each([['a drag of the slider', 3], ['a replay', 25]])('writes %s once, with the last date, when it stops', (_what, steps) => {
    const { history, calls } = createHistory();
    const { timers, tick } = createTimers();
    const w = urlWriter(history, 250, timers);
    for (let day = 1; day <= steps; day++) { w.write(`/?date=2016-01-${String(day).padStart(2, '0')}`, 'replace'); tick(100); }
    expect(calls).toEqual([]);
    tick(150);
    expect(calls).toEqual([`replace /?date=2016-01-${String(steps).padStart(2, '0')}`]);
  });

  it('pushes at once, after writing the replacement it was waiting on', () => {
    const { history, calls } = createHistory();
    const { timers, tick } = createTimers();
    const w = urlWriter(history, 250, timers);
    w.write('/?date=2017-05-01', 'replace');
    w.write('/?date=2017-05-01&place=al-tanf', 'push');
    expect(calls).toEqual(['replace /?date=2017-05-01', 'push /?date=2017-05-01&place=al-tanf']);
    tick(1000);
    expect(calls).toHaveLength(2);
  });

  it('drops a waiting replacement when Back has moved to another entry', () => {
    const { history, calls } = createHistory();
    const { timers, tick } = createTimers();
    const w = urlWriter(history, 250, timers);
    w.write('/?date=2018-01-01', 'replace');
    w.cancel();
    tick(1000);
    expect(calls).toEqual([]);
  });

  it('writes a waiting replacement when the page is left', () => {
    const { history, calls } = createHistory();
    const { timers } = createTimers();
    const w = urlWriter(history, 250, timers);
    w.write('/?date=2018-01-01', 'replace');
    w.flush();
    expect(calls).toEqual(['replace /?date=2018-01-01']);
  });

  it('carries on when a sandboxed frame refuses history changes', () => {
    const refusing: HistoryLike = { pushState: () => { throw new Error('SecurityError'); }, replaceState: () => { throw new Error('SecurityError'); } };
    const { timers, tick } = createTimers();
    const w = urlWriter(refusing, 250, timers);
    expect(() => { w.write('/?date=2018-01-01', 'replace'); tick(300); w.write('/?place=idlib', 'push'); }).not.toThrow();
  });
});
