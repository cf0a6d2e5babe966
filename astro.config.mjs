// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { offlineCache } from './src/integrations/offline-cache.ts';
import { previewHeaders } from './src/integrations/preview-headers.ts';

// Static site; every page is pre-rendered, so it reads without JavaScript.
export default defineConfig({
  output: 'static',
  // BIP_OUT_DIR lets parallel builds (e.g. two test runs) use separate folders; the tests read the same variable.
  outDir: process.env.BIP_OUT_DIR ?? 'dist',
  // BIP_CACHE_DIR likewise keeps parallel builds from sharing (and racing on) Astro's cache folder.
  cacheDir: process.env.BIP_CACHE_DIR ?? './node_modules/.astro',
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  // previewHeaders: `astro preview` sends the host headers of public/_headers (see that file).
  integrations: [mdx(), offlineCache(), previewHeaders()],
  // No `i18n` block: the language is the route's [lang] segment and src/middleware.ts puts it in
  // Astro.locals. Astro's i18n routing is not needed for that, and withastro/astro#14359 (open) makes a
  // static build skip pages whose file name starts with a locale code (`da` vs `data/…`).
  build: { inlineStylesheets: 'never', format: 'directory' },
  // No request may leave the origin: keep Astro's dev toolbar and telemetry out of the built pages.
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
