/** Runs Debian's `gmt` (with `gmt-gshhg`) and reads its multi-segment output. Needed only to rebuild. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { Frame } from './frame.ts';

export interface Segment { header: string; coords: Array<[number, number]> }

/** Parses GMT's multi-segment text (`>` header lines, then `lon lat` rows). */
export function parseSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let cur: Segment | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      cur = { header: line.slice(1).trim(), coords: [] };
      out.push(cur);
    } else if (line.trim() && cur) {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      if (Number.isFinite(x) && Number.isFinite(y)) cur.coords.push([x!, y!]);
    }
  }
  return out.filter((s) => s.coords.length >= 2);
}

/** `gmt coast` dumped as segments, e.g. rivers (`-I1`) or lake shores (`-W2`). */
export function coast(frame: Frame, resolution: 'f' | 'h' | 'i', ...args: string[]): Segment[] {
  const r = `-R${frame.join('/').replace(/^(\S+)\/(\S+)\/(\S+)\/(\S+)$/, '$1/$3/$2/$4')}`;
  // Run in the temporary folder: GMT leaves a gmt.history file in its working directory.
  const text = execFileSync('gmt', ['coast', r, `-D${resolution}`, '-M', ...args], { encoding: 'utf8', maxBuffer: 1 << 28, cwd: os.tmpdir() });
  return parseSegments(text);
}
