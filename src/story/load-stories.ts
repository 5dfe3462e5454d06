import { storySchema, type Story } from './schema.ts';

// Every story in geodata/stories/ is found here: adding one needs no code.
const files = import.meta.glob('../../geodata/stories/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

/** The valid stories by id, and one line for each file that failed validation. */
export function loadStories(): { stories: ReadonlyMap<string, Story>; problems: string[] } {
  const stories = new Map<string, Story>();
  const problems: string[] = [];
  for (const [file, raw] of Object.entries(files)) {
    const parsed = storySchema.safeParse(raw);
    if (parsed.success) stories.set(parsed.data.id, parsed.data);
    else problems.push(`${file.replace('../../', '')}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  }
  return { stories, problems };
}
