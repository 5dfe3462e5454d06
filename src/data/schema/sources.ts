import { z } from 'zod';
import { isIsoDate } from '../../state/dates.ts';
import { cellText, slug } from './common.ts';

/**
 * geodata/sources.json: what each text is, as its own pages state it ("not stated" where they do not).
 * `date` is the text's date as it gives it (a year, an ISO day, or "not stated"); `dateNote` says how it was read.
 */
export const sourceSchema = z.object({
  id: slug,
  file: z.string().regex(/^sources\/[a-z0-9-]+\.md$/, 'must be sources/<name>.md'),
  title: cellText(z.string().min(1)),
  /** A column heading or a filter's option: the author's surname and the year, or the topic and the year the content places it in. */
  shortLabel: z.string().min(1).max(24),
  author: cellText(z.string().min(1)),
  affiliation: z.string().optional(),
  // A day must be a real one: the checks that no passage postdates its text compare with it (2017-13-45 disabled them).
  date: z.string().regex(/^(?:\d{4}(?:-\d{2}-\d{2})?|not stated)$/, 'must be YYYY, YYYY-MM-DD or "not stated"')
    .refine((d) => !d.includes('-') || isIsoDate(d), { error: (issue) => `invalid date: ${String(issue.input)} (must be a real date written YYYY-MM-DD)` }),
  dateNote: z.string().min(1),
  kind: z.string().min(1),
  /** Where the text appeared, when the text itself says so (Pierret's dossier). */
  publishedIn: z.string().optional(),
  covers: z.string().min(1),
  /** The Jekyll front matter of a Markdown text, kept out of the clean copy and recorded here as it stood. */
  frontMatter: z.record(z.string(), z.string()).optional(),
}).strict();

export const sourcesSchema = z.array(sourceSchema);
export type Source = z.infer<typeof sourceSchema>;
