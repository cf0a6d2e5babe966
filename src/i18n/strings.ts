import sv from './sv.json';
import type { Lang } from './languages';

/** The shape of a language's UI strings; Swedish is the reference every language must match. */
export type Strings = typeof sv;

const STRINGS: Record<Lang, Strings> = { sv };

/** The UI strings of a language. */
export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
