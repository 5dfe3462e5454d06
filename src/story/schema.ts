import { z } from 'zod';
import { isoDate, lonLat, slug } from '../data/schema/common.ts';
import { LAYER_IDS } from '../state/url-schema.ts';
import { MAX_ZOOM } from '../map/camera.ts';

/** A story is data: chapters with a date, a camera, what to highlight, which layers show, and quotes. */
export const chapterSchema = z.object({
  id: slug,
  title: z.string().min(3),
  date: isoDate,
  camera: z.object({ center: lonLat, zoom: z.number().min(3).max(MAX_ZOOM), bearing: z.number().min(-360).max(360), pitch: z.number().min(0).max(60) }).strict(),
  highlight: z.object({ places: z.array(slug), events: z.array(slug), routes: z.array(slug) }).strict(),
  layers: z.array(z.enum(LAYER_IDS)),
  narrative: z.string().min(20),
  passages: z.array(slug),
  distances: z.array(z.object({ from: slug, to: slug, label: z.string().min(3) }).strict()).optional(),
}).strict();

export const storySchema = z.object({
  id: slug,
  title: z.string().min(3),
  summary: z.string().min(10),
  chapters: z.array(chapterSchema).min(1),
}).strict();

export type Story = z.infer<typeof storySchema>;
export type Chapter = z.infer<typeof chapterSchema>;
