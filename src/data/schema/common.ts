import { z } from 'zod';
import { isIsoDate } from '../../state/dates.ts';

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, hyphens)');
export const isoDate = z.string().refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD' });
export const dateRange = z.object({ from: isoDate, to: isoDate }).refine((r) => r.from <= r.to, { message: 'ends before it starts (to < from)' });
export const dateRef = z.union([isoDate, dateRange]);
export const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
