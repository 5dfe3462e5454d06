import { describe, expect, it } from 'vitest';
import { cameraPadding } from './chapter-camera.tsx';

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
});
