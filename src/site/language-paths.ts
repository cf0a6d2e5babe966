import { isLang } from '../i18n/languages';

/**
 * A page's path without its language: "/da/jobbfokusering/" → "/jobbfokusering/", "/sv/" → "/".
 * Slugs are shared by the three editions, so the same page in another language is "/<code>" + this.
 */
export function languageNeutralPath(pathname: string): string {
  const [, first, ...rest] = pathname.split('/');
  if (!isLang(first)) return pathname;
  return `/${rest.join('/')}`;
}
