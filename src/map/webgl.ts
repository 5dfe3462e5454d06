/**
 * False when the browser has no WebGL2 at all, which MapLibre 6 needs. True does not promise a context (a
 * blocked GPU, a browser started without 3D APIs): the map's own attempt to make one decides, and MapView
 * reports a failure through `onNoWebGL`. A separate test context cost 30–60 ms of a load here, and a second
 * context alive beside the map's slowed the map's own by as much again.
 */
export function mayHaveWebGL2(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined';
}
