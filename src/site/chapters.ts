import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/languages';

/** The chapters of one language in report order (build time only: this reads Astro's content layer). */
export async function chaptersOf(lang: Lang): Promise<CollectionEntry<'chapters'>[]> {
  const all = await getCollection('chapters', (entry) => entry.id.startsWith(`${lang}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}
