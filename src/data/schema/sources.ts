import { z } from 'zod';
import { slug } from './common.ts';

/** geodata/sources.json: what each text is, as its own pages state it ("not stated" where they do not). */
export const sourceSchema = z.object({
  id: slug,
  file: z.string().regex(/^sources\/[a-z0-9-]+\.md$/),
  title: z.string().min(1),
  author: z.string().min(1),
  affiliation: z.string().optional(),
  date: z.string().min(1),
  dateNote: z.string().optional(),
  kind: z.string().min(1),
  covers: z.string().optional(),
}).strict();

export const sourcesSchema = z.array(sourceSchema);
export type Source = z.infer<typeof sourceSchema>;
