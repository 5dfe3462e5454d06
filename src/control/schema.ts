import { z } from 'zod';
import { isoDate, lonLat, slug } from '../data/schema/common.ts';
import { FACTION_IDS, STATUSES } from './factions.ts';

export const sourceRefSchema = z.union([
  z.object({ passage: slug }).strict(),
  z.object({
    record: z.string().min(3), date: isoDate, about: z.string().min(3),
    /** Where the report was read. Only a web address: the event panel makes it a link. */
    url: z.string().regex(/^https?:\/\/[^\s"<>]+$/, 'must be a web address (http:// or https://)').optional(),
  }).strict(),
]);

export const periodSchema = z.object({
  from: isoDate,
  faction: z.enum(FACTION_IDS),
  status: z.enum(STATUSES),
  source: sourceRefSchema,
  group: z.string().optional(),
  note: z.string().optional(),
  dateUncertain: z.boolean().optional(),
}).strict();

export const townSchema = z.object({
  id: slug,
  name: z.string().min(1),
  coord: lonLat,
  location: z.union([
    z.object({ method: z.literal('geonames'), geonamesId: z.number().int(), geonamesName: z.string() }).strict(),
    z.object({ method: z.literal('manual'), note: z.string().min(5) }).strict(),
  ]),
  periods: z.array(periodSchema).min(1),
}).strict();

export const zoneSchema = z.object({
  id: slug,
  name: z.string().min(1),
  centerTown: slug,
  radiusKm: z.number().positive().max(200),
  periods: z.array(periodSchema).min(1),
}).strict();

export const townsSchema = z.array(townSchema);
export const zonesSchema = z.array(zoneSchema);
export type Town = z.infer<typeof townSchema>;
export type Zone = z.infer<typeof zoneSchema>;
export type ControlPeriod = z.infer<typeof periodSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
