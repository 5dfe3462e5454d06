import { describe, expect, it } from 'vitest';
import { cameraPadding, reachableZoom } from './chapter-camera.tsx';
import { MAX_BOUNDS } from '../map/camera.ts';

const box = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });

describe('the camera of a chapter', () => {
  it('frames the chapter beside the panel on a wide screen', () => {
    const r = cameraPadding(box(0, 48, 1280, 545), box(838, 58, 432, 525));
    expect(r.padding).toEqual({ top: 10, bottom: 10, left: 10, right: 452 });
    expect(r.small).toBe(false);
  });

  it('above the sheet on a phone, a little farther out', () => {
    const r = cameraPadding(box(0, 95, 390, 470), box(0, 354, 390, 490));
    expect(r.padding).toEqual({ top: 10, bottom: 221, left: 10, right: 10 });
    expect(r.small).toBe(true);
  });

  it('beside the sheet at the left of a phone held sideways', () => {
    const r = cameraPadding(box(0, 45, 844, 180), box(0, 0, 384, 390));
    expect(r.padding).toEqual({ top: 10, bottom: 10, left: 394, right: 10 });
    expect(r.small).toBe(true);
  });

  it('leaves at least 60 px of map, and pads only the margin without a panel', () => {
    expect(cameraPadding(box(0, 0, 300, 200), box(0, 20, 300, 400)).padding.bottom).toBe(130);
    expect(cameraPadding(box(0, 0, 1280, 700), null)).toEqual({ padding: { top: 10, bottom: 10, left: 10, right: 10 }, small: false });
  });

  it('goes closer in where the map’s bounds would push a chapter in the east under the panel', () => {
    const pad = { top: 10, bottom: 10, left: 10, right: 452 };
    // Al-Hamdan's chapter asks for zoom 6.4: with the panel at the right the canvas would reach past 45.5° E.
    expect(reachableZoom([40.3, 34.2], 6.4, pad, 1400, 647, MAX_BOUNDS)).toBe(7);
    // In the west, or without a panel, the chapter's own zoom stands.
    expect(reachableZoom([37.5, 34.5], 6.4, pad, 1400, 647, MAX_BOUNDS)).toBe(6.4);
    expect(reachableZoom([40.3, 34.2], 6.4, { top: 10, bottom: 10, left: 10, right: 10 }, 1400, 647, MAX_BOUNDS)).toBe(6.6);
    // Nothing within 1.5 of the asked zoom fits: it is kept, and MapLibre does what the bounds allow.
    expect(reachableZoom([44.9, 34.2], 5.1, pad, 1400, 647, MAX_BOUNDS)).toBe(5.1);
    // The land bridge asks for a view wider than the bounds allow: going closer would crop Lebanon.
    expect(reachableZoom([39.0, 34.6], 5.1, pad, 1280, 545, MAX_BOUNDS)).toBe(5.1);
  });
});
