/** Mentions of each place in each text: `{ place: { source: n } }`, places in alphabetical order. */
export function mentionCounts(mentions: ReadonlyArray<{ place: string; source: string }>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const m of mentions) {
    const row = (out[m.place] ??= {});
    row[m.source] = (row[m.source] ?? 0) + 1;
  }
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]!]));
}
