// polylabel 2 ships no types: the pole of inaccessibility of a polygon's rings, within `precision`.
declare module 'polylabel' {
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
