import fs from 'node:fs';
import path from 'node:path';
import { type Block, parseCorpus } from '../corpus.ts';
import { readJson } from './read.ts';
import { isIsoDate } from '../../state/dates.ts';

export const SOURCES = 'geodata/sources.json';

/** A text of sources.json as the other checks read it. */
export interface Text {
  id: string;
  /** Its clean text in blocks; null when the file is missing (the sources check reports it). */
  blocks: Block[] | null;
  /** The last day the text can speak of: its date, a year's last day for a year; none for "not stated". */
  writtenBy?: string;
}

/**
 * The texts listed in sources.json, or null when the file cannot be read, is not a list or lists none (the
 * sources check says which, once; the others say they skipped).
 */
export function sourceTexts(root: string): Text[] | null {
  const data = readJson(root, SOURCES, []);
  if (!Array.isArray(data) || data.length === 0) return null;
  return (data as Array<{ id?: unknown; file?: unknown; date?: unknown } | null>).flatMap((s) => {
    if (typeof s?.id !== 'string') return [];
    const full = typeof s.file === 'string' ? path.join(root, 'geodata', s.file) : '';
    const blocks = full && fs.existsSync(full) && fs.statSync(full).isFile() ? parseCorpus(fs.readFileSync(full, 'utf8')) : null;
    const date = typeof s.date === 'string' ? s.date : '';
    const writtenBy = /^\d{4}$/.test(date) ? `${date}-12-31` : isIsoDate(date) ? date : undefined;
    return [{ id: s.id, blocks, ...(writtenBy ? { writtenBy } : {}) }];
  });
}
