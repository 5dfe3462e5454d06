import { z } from 'zod';
import { dateRef, slug } from './common.ts';

/** geodata/passages.json: the quotes the popups show, word for word. */
export const passageSchema = z.object({
  id: slug,
  source: slug,
  text: z.string().min(1),
  places: z.array(slug),
  /** The date or date range of the event the passage speaks of (not when the text was written). */
  date: dateRef.optional(),
  dateNote: z.string().optional(),
  topics: z.array(slug).optional(),
  note: z.string().optional(),
}).strict();

export const passagesSchema = z.array(passageSchema);
export type PassageRecord = z.infer<typeof passageSchema>;
