import { z } from 'zod';
import { isoDate, lonLat, slug } from '../data/schema/common.ts';
import { sourceRefSchema } from './schema.ts';

/** geodata/events.json: dated events, at a place of the gazetteer or a point, each with its source. */
export const eventSchema = z.object({
  id: slug,
  date: isoDate,
  to: isoDate.optional(),
  dateUncertain: z.boolean().optional(),
  title: z.string().min(3),
  description: z.string().min(3),
  place: slug.optional(),
  coord: lonLat.optional(),
  kind: z.enum(['battle', 'strike', 'agreement', 'intervention', 'chemical', 'political']),
  source: sourceRefSchema,
}).strict().refine((e) => !!e.place !== !!e.coord, { message: 'give either a place or a coord' })
  .refine((e) => !e.to || e.to >= e.date, { message: 'ends before it starts (to < date)' });

export const eventsSchema = z.array(eventSchema);
export type EventRecord = z.infer<typeof eventSchema>;
