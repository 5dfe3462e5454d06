import { describe, expect, it } from 'vitest';
import { classify } from './map-pick.ts';

type Hit = Parameters<typeof classify>[0][number];
const hit = (layer: string, id: string | number, state: Record<string, unknown> = {}): Hit => ({ layer: { id: layer }, id, state }) as unknown as Hit;

describe('what a click on the map lands on', () => {
  it('gives what lies under the ring of an event far from the date: that ring is not drawn', () => {
    // Two events' rings, drawn at opacity 0 away from their dates, over a river's line.
    const pick = classify([hit('events-points', 34, { near: false }), hit('events-points', 21, {}), hit('places-lines', 'euphrates')]);
    expect(pick).toEqual({ event: null, place: 'euphrates', areas: [], keyboard: false });
  });

  it('gives a place’s point over an event’s ring to the place, and the ring’s band to the event', () => {
    expect(classify([hit('places-points', 'afrin'), hit('events-points', 34, { near: true })])).toMatchObject({ event: null, place: 'afrin' });
    expect(classify([hit('events-points', 34, { near: true }), hit('places-lines', 'euphrates')])).toMatchObject({ event: 34, place: null });
  });

  it('gives the topmost of a point and a line, and every area under them once', () => {
    const pick = classify([hit('places-points', 'deir-ez-zor'), hit('places-lines', 'euphrates'), hit('places-area-fill', 'euphrates-valley'), hit('places-area-fill', 'euphrates-valley'), hit('places-area-fill', 'badiya')]);
    expect(pick).toMatchObject({ event: null, place: 'deir-ez-zor', areas: ['euphrates-valley', 'badiya'] });
    expect(classify([hit('places-lines', 'euphrates'), hit('places-area-fill', 'badiya')])).toMatchObject({ place: 'euphrates' });
  });

  it('gives no place or event inside an area alone, or on nothing (the point popup opens there)', () => {
    expect(classify([hit('places-area-fill', 'badiya')], true)).toEqual({ event: null, place: null, areas: ['badiya'], keyboard: true });
    expect(classify([])).toEqual({ event: null, place: null, areas: [], keyboard: false });
  });
});
