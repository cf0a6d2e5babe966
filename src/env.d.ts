/// <reference types="astro/client" />

declare namespace App {
  /** Filled by src/middleware.ts for every page from its first path segment. */
  interface Locals {
    lang: import('./i18n/languages').Lang;
    /** BCP 47 locale for Intl. */
    locale: string;
    /** The page language's UI strings. */
    t: import('./i18n/strings').Strings;
  }
}
