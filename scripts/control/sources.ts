/** Shorthands for the sources of changes of control: a passage of the texts, or a named public record. */
export type Source = { passage: string } | { record: string; date: string; about: string; url?: string };

/** A passage of geodata/passages.json that states the change. */
export const P = (passage: string): Source => ({ passage });
/**
 * A named public record: the publication, the date of its report, what it reported (in our words), and where the
 * report was read (often an agency's wire as a newspaper printed it), when it was.
 */
export const R = (record: string, date: string, about: string, url?: string): Source => ({ record, date, about, ...(url ? { url } : {}) });

/** The state on 1 January 2015, read from the published control maps of the time. */
export const START = R('Institute for the Study of War and Carter Center Syria control maps', '2015-01-01',
  'front lines at the start of 2015; a general reference, not a survey of each town');
