/**
 * The site's languages. Adding a language = adding its code here (with its locale and name), the
 * strings folder `src/i18n/<code>/` and the chapters `content/<code>/`; no other code changes.
 */
export const LANGUAGES = ['sv', 'da', 'en'] as const;
/** A language the site is published in. */
export type Lang = (typeof LANGUAGES)[number];
/** The source report's language: the reference for meaning and the site's x-default. */
export const DEFAULT_LANGUAGE: Lang = 'sv';
/** BCP 47 locale per language, for Intl number formatting and the html lang attribute. */
export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };
/** The language's own name, for the language picker. */
export const LANGUAGE_NAMES: Record<Lang, string> = { sv: 'Svenska', da: 'Dansk', en: 'English' };

/** True when a string is one of the site's languages (for route params and URL state). */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
