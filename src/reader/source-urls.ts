// The clean texts, as same-origin files fetched when the reader opens (never bundled).
const urls = import.meta.glob('../../geodata/sources/*.md', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** The URL of a source's clean text, by source id. */
export function sourceTextUrl(id: string): string | undefined {
  return urls[`../../geodata/sources/${id}.md`];
}
