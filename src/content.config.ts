import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

// Report text per language: content/<lang>/<chapter>.mdx. The entry id starts with the language.
const chapters = defineCollection({
  // The id is the file path ("sv/handlaggarens-tro"), not the frontmatter slug, so it carries the language.
  loader: glob({ pattern: '*/*.mdx', base: './content', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.object({
    title: z.string(),
    /** Short title for navigation. */
    navTitle: z.string(),
    /** One sentence for the chapter list and the page description. */
    summary: z.string(),
    /** URL segment under /<lang>/. */
    slug: z.string().regex(/^[a-z0-9-]+$/),
    /** Position in the report. */
    order: z.number().int(),
    /**
     * Report chapters form the reading order; tools (calculators, lab, workshop) are listed apart;
     * pages about the site itself (the accessibility statement) are linked from the footer.
     */
    section: z.enum(['report', 'tools', 'about']).default('report'),
  }),
});

export const collections = { chapters };
