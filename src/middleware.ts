import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LANGUAGE, isLang, LOCALES } from './i18n/languages';
import { strings } from './i18n/strings';

// The locale context of every page, as Starlight does it: the language is the first path segment
// (/sv/…, /da/…, /en/…; anything else, such as the root chooser and /data/…, gets the default), and
// components read `Astro.locals` instead of taking a `lang` prop or relying on Astro's i18n routing
// (which this site does not use: withastro/astro#14359 skips pages whose name starts with a locale code).
export const onRequest = defineMiddleware((context, next) => {
  const first = context.url.pathname.split('/')[1];
  const lang = isLang(first) ? first : DEFAULT_LANGUAGE;
  context.locals.lang = lang;
  context.locals.locale = LOCALES[lang];
  context.locals.t = strings(lang);
  return next();
});
