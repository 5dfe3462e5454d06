import type { Map as MlMap } from 'maplibre-gl';

export interface PngFrame {
  title: string;
  /** The date as shown to the reader ("15 July 2018"). */
  date: string;
  /** The factions drawn on the map, each with its colour and name; a faction hidden in the legend is listed as
   * such (`hidden`, its label saying so), lest its blank areas on the image read as nobody's. */
  legend: ReadonlyArray<{ label: string; color: string; hidden?: boolean }>;
  /** The hatch's legend entry, or null when the control areas are not drawn. */
  uncertainLabel: string | null;
  /** Lines under the legend: the attribution, the view's URL. */
  footer: readonly string[];
}

/** The map's pixels as they are on screen, copied while the drawing buffer is still valid (inside `render`). */
export function captureMap(map: MlMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const src = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = src.width;
      copy.height = src.height;
      copy.getContext('2d')!.drawImage(src, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** Lays out items of given widths in rows no wider than `max`: the items' row and x. */
export function flowRows(widths: readonly number[], max: number, gap: number): Array<{ row: number; x: number }> {
  let row = 0;
  let x = 0;
  return widths.map((w) => {
    if (x > 0 && x + w > max) { row += 1; x = 0; }
    const at = { row, x };
    x += w + gap;
    return at;
  });
}

/** The legend's entries in order: the factions shown, then those hidden (saying so), then the hatch. */
export function legendItems(frame: Pick<PngFrame, 'legend' | 'uncertainLabel'>): Array<{ label: string; color: string; hatch: boolean; hidden: boolean }> {
  const factions = frame.legend.map((l) => ({ label: l.label, color: l.color, hatch: false, hidden: !!l.hidden }));
  return [
    ...factions.filter((f) => !f.hidden), ...factions.filter((f) => f.hidden),
    ...(frame.uncertainLabel ? [{ label: frame.uncertainLabel, color: '#fff', hatch: true, hidden: false }] : []),
  ];
}

/**
 * The view as a PNG: a band with the title and the date over the map, and under it the legend (every
 * visible faction's colour and name, the hatch of uncertain control) and the attribution.
 */
export async function composePng(map: HTMLCanvasElement, frame: PngFrame, scale: number): Promise<Blob> {
  const W = map.width;
  const pad = 12 * scale;
  const font = (px: number, weight = 400) => `${weight} ${px * scale}px 'Noto Sans', 'DejaVu Sans', sans-serif`;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = font(13);
  const sw = 14 * scale;
  const items = legendItems(frame);
  const widths = items.map((i) => sw + 6 * scale + measure.measureText(i.label).width);
  const flow = flowRows(widths, W - 2 * pad, 16 * scale);
  const rows = items.length === 0 ? 0 : (flow.at(-1)?.row ?? 0) + 1;
  const rowH = 22 * scale;
  const lineH = 16 * scale;
  const top = 40 * scale;
  const bottom = pad + rows * rowH + frame.footer.length * lineH + pad / 2;

  const out = document.createElement('canvas');
  out.width = W;
  out.height = top + map.height + bottom;
  const c = out.getContext('2d')!;
  c.fillStyle = '#fbfaf7';
  c.fillRect(0, 0, out.width, out.height);
  c.fillStyle = '#1f1d24';
  c.textBaseline = 'middle';
  c.font = font(16, 700);
  c.fillText(frame.title, pad, top / 2);
  c.textAlign = 'right';
  c.fillText(frame.date, W - pad, top / 2);
  c.textAlign = 'left';
  c.drawImage(map, 0, top);
  c.strokeStyle = '#d9d5cc';
  c.strokeRect(0.5, top + 0.5, W - 1, map.height - 1);

  const y0 = top + map.height + pad;
  c.font = font(13);
  items.forEach((item, i) => {
    const { row, x } = flow[i]!;
    const x0 = pad + x;
    const y = y0 + row * rowH;
    c.fillStyle = item.hidden ? '#fff' : item.color;
    c.fillRect(x0, y, sw, sw);
    if (item.hatch) {
      c.save();
      c.beginPath();
      c.rect(x0, y, sw, sw);
      c.clip();
      c.strokeStyle = '#14141c';
      c.lineWidth = 1.5 * scale;
      for (let d = -sw; d < sw * 2; d += 5 * scale) { c.beginPath(); c.moveTo(x0 + d, y + sw); c.lineTo(x0 + d + sw, y); c.stroke(); }
      c.restore();
    }
    c.strokeStyle = 'rgba(0,0,0,0.35)';
    c.lineWidth = scale;
    // A hidden faction's swatch blank and dashed, as in the embed's legend.
    c.setLineDash(item.hidden ? [3 * scale, 2 * scale] : []);
    c.strokeRect(x0, y, sw, sw);
    c.setLineDash([]);
    c.fillStyle = item.hidden ? '#5b5663' : '#1f1d24';
    c.fillText(item.label, x0 + sw + 6 * scale, y + sw / 2);
  });
  c.font = font(11);
  c.fillStyle = '#5b5663';
  frame.footer.forEach((line, i) => c.fillText(line, pad, y0 + rows * rowH + i * lineH + lineH / 2, W - 2 * pad));

  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}

/** Saves a Blob under a file name through a temporary link. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
