import { parseCorpus, type Block } from '../data/corpus.ts';
import { sourceTextUrl } from './source-urls.ts';

const loads = new Map<string, Promise<Block[]>>();

/**
 * A source's clean text as blocks, fetched once per page: the reader and the quotes of the popups (which ask
 * whether a passage is a quotation of another voice) share it. A failed fetch is forgotten, so that it is tried again.
 */
export function loadSourceBlocks(id: string): Promise<Block[]> {
  let load = loads.get(id);
  if (!load) {
    const url = sourceTextUrl(id);
    load = url
      ? fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`)))).then(parseCorpus)
      : Promise.reject(new Error(`no text for the source ${id}`));
    const mine = load;
    mine.catch(() => { if (loads.get(id) === mine) loads.delete(id); });
    loads.set(id, mine);
  }
  return load;
}
