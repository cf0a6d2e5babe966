// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { LANGUAGES, DEFAULT_LANGUAGE } from './src/i18n/languages.ts';
import { offlineCache } from './src/integrations/offline-cache.ts';

// Static site; every page is pre-rendered, so it reads without JavaScript.
export default defineConfig({
  output: 'static',
  // BIP_OUT_DIR lets parallel builds (e.g. two test runs) use separate folders; the tests read the same variable.
  outDir: process.env.BIP_OUT_DIR ?? 'dist',
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  integrations: [mdx(), offlineCache()],
  i18n: {
    locales: [...LANGUAGES],
    defaultLocale: DEFAULT_LANGUAGE,
    // The root page (src/pages/index.astro) does its own immediate, accessible redirect.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  build: { inlineStylesheets: 'never', format: 'directory' },
  // No request may leave the origin: keep Astro's dev toolbar and telemetry out of the built pages.
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
