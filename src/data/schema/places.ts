import { z } from 'zod';
import { cellText, slug } from './common.ts';

export const PLACE_KINDS = ['city', 'town', 'village', 'neighbourhood', 'enclave', 'crossing', 'airbase', 'base', 'valley',
  'mountains', 'river', 'desert', 'province', 'region', 'canton', 'country', 'coast'] as const;

const location = z.discriminatedUnion('method', [
  z.object({ method: z.literal('geonames'), geonamesId: z.number().int().positive(), geonamesName: z.string().min(1), note: z.string().optional() }).strict(),
  z.object({ method: z.literal('manual'), note: z.string().min(10, 'say how the place was placed') }).strict(),
  z.object({ method: z.literal('region'), precision: z.literal('schematic').optional(), note: z.string().min(10, 'say what the geometry stands for') }).strict(),
]);

export const placePropertiesSchema = z.object({
  id: slug,
  name: cellText(z.string().regex(/\S/, 'must not be blank')),
  nameAr: z.string().regex(/[\u0600-\u06FF]/, 'must be written in Arabic script'),
  kind: z.enum(PLACE_KINDS),
  /** The spellings the texts use: every one is matched in the texts. */
  aliases: z.array(z.string().min(2)).min(1),
  /** Phrases that contain an alias but name something else ("Euphrates Shield"): never a mention. */
  notAliases: z.array(z.string().min(2)).min(1).optional(),
  /** Spellings a reader may type that the texts do not use: search only. */
  searchAliases: z.array(z.string().min(2)),
  location,
  parent: slug.optional(),
}).strict();

const position = z.tuple([z.number(), z.number()]);
export const placeGeometrySchema = z.discriminatedUnion('type', [
  // Strict: a member such as `bbox` would go unchecked into the places export, which copies the file's geometries.
  z.object({ type: z.literal('Point'), coordinates: position }).strict(),
  z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }).strict(),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)).min(1) }).strict(),
]);

export const placeFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: slug,
  properties: placePropertiesSchema,
  geometry: placeGeometrySchema,
}).strict();

export const placesSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
