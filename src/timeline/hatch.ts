/**
 * A diagonal hatch, drawn once into pixels, that marks contested, besieged or uncertain control over the
 * faction's fill, so that certainty is never shown by colour alone.
 */
export function hatchImage(size = 12, color: [number, number, number, number] = [20, 20, 28, 200]): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Two-pixel lines at 45°, repeating seamlessly across tiles.
      const d = (x + y) % size;
      if (d === 0 || d === 1) data.set(color, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
