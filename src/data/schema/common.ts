import { z } from 'zod';
import { isIsoDate } from '../../state/dates.ts';

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, hyphens)');
export const isoDate = z.string().refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD' });
export const dateRange = z.object({ from: isoDate, to: isoDate }).refine((r) => r.from <= r.to, { message: 'ends before it starts (to < from)' });
export const dateRef = z.union([isoDate, dateRange]);
export const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/**
 * Text that goes into a cell of the passages' CSV export: a cell starting with = + - or @ is read as a formula by a
 * spreadsheet (a list item's "- " showed #NAME?), and a quote must not be changed to escape it, so it must not start so.
 */
export const cellText = (schema: z.ZodString) => schema.refine((s) => !/^\s*[=+\-@]/.test(s), {
  // Whitespace before the sign (a tab, a space) does not disarm it: the export writes the text as it is.
  error: (issue) => {
    const s = String(issue.input);
    const lead = /^\s+/.test(s) ? ' after whitespace' : '';
    return `starts with ${s.trimStart().charAt(0)}${lead}, which a spreadsheet reads as a formula in the CSV export: start at the first word`;
  },
});
