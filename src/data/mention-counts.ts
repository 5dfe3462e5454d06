/** Mentions of each place in each text: `{ place: { source: n } }`, places in alphabetical order. */
export function mentionCounts(mentions: ReadonlyArray<{ place: string; source: string }>): Record<string, Record<string, number>> {
  // Without a prototype, so that a place id such as `constructor` is counted, not read off Object.prototype.
  const out: Record<string, Record<string, number>> = Object.create(null);
  for (const m of mentions) {
    const row = (out[m.place] ??= Object.create(null) as Record<string, number>);
    row[m.source] = (row[m.source] ?? 0) + 1;
  }
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]!]));
}
