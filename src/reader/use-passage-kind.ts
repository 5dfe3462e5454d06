import { useEffect, useState } from 'react';
import type { BlockKind } from '../data/corpus.ts';
import type { Passage } from '../data/types.ts';
import { locatePassage } from './locate.ts';
import { loadSourceBlocks } from './source-text.ts';

const known = new Map<string, BlockKind | null>();

/**
 * The kind of block a passage is quoted from, read from its text's markup (`quote` for a quotation of another
 * voice within the text, such as Giustozzi's interviews); undefined until the text has loaded, null if the
 * passage is not found in it. A text is fetched when a quote first needs it, not with the map's data, so that
 * the load of the page does not carry 100 KB of texts; the answer follows within a moment.
 */
export function usePassageKind(passage: Passage): BlockKind | null | undefined {
  const [, setLoaded] = useState(0);
  const kind = known.get(passage.id);
  useEffect(() => {
    if (known.has(passage.id)) return;
    let live = true;
    loadSourceBlocks(passage.source).then((blocks) => {
      known.set(passage.id, locatePassage(blocks, passage.text)?.block.kind ?? null);
      if (live) setLoaded((n) => n + 1);
    }, () => { /* no text, no label: the quote shows as before */ });
    return () => { live = false; };
  }, [passage]);
  return kind;
}

/**
 * The kind of block each passage is quoted from, for the passages export: each source's text fetched once; a
 * passage whose text could not be fetched is left out of the map, one not found in its text maps to null.
 */
export async function passageKinds(passages: Iterable<Passage>): Promise<Map<string, BlockKind | null>> {
  const list = [...passages];
  const texts = new Map(await Promise.all([...new Set(list.map((p) => p.source))].map(async (id) =>
    [id, await loadSourceBlocks(id).catch(() => null)] as const)));
  const out = new Map<string, BlockKind | null>();
  for (const p of list) {
    if (!known.has(p.id)) {
      const blocks = texts.get(p.source);
      if (!blocks) continue;
      known.set(p.id, locatePassage(blocks, p.text)?.block.kind ?? null);
    }
    out.set(p.id, known.get(p.id) ?? null);
  }
  return out;
}
