import { z } from 'zod';
import { isIsoDate } from '../../state/dates.ts';
import { cellText, slug } from './common.ts';

// Dates with the offending value in the message (`invalid date: 2017-02-30`), so an editor finds it at once.
const day = z.string().refine(isIsoDate, { error: (issue) => `invalid date: ${String(issue.input)} (must be a real date written YYYY-MM-DD)` });
const range = z.object({ from: day, to: day }).strict()
  .refine((r) => r.from <= r.to, { error: (issue) => { const r = issue.input as { from: string; to: string }; return `ends before it starts: to ${r.to} < from ${r.from}`; } });

/**
 * geodata/passages.json: the quotes the popups show. `text` is the source's exact words (checked by the
 * validator against the clean text); `date` is the day or range of the event the passage speaks of, not of
 * the writing, and `dateNote` says how it was read from the text.
 */
export const passageSchema = z.object({
  id: slug,
  source: slug,
  // A sentence or a few (the longest is some 600 characters): a longer text is no quote, and matching it is slow.
  text: cellText(z.string().max(4000, 'too long for a passage: quote at most 4,000 characters').regex(/\S/, 'must not be blank')),
  places: z.array(slug),
  date: z.union([day, range]).optional(),
  dateNote: z.string().min(1).optional(),
  topics: z.array(slug).optional(),
  /** Why the passage is tied to a place it does not name, or what it continues. */
  note: cellText(z.string().min(1)).optional(),
}).strict();

export const passagesSchema = z.array(passageSchema);
export type PassageRecord = z.infer<typeof passageSchema>;
