// `npm start` (astro preview) sends the headers of the built `_headers` file (public/_headers), as the
// static hosts that read that file do, so what is tested locally is what a host serves.
//
// Astro's static preview server is Vite's, started with `configFile: false` and only Astro's own
// plugin (astro/dist/core/preview/static-preview-server.js), so neither `vite.plugins` nor a
// `configurePreviewServer` hook of this config reaches it, and `server.headers` is one set for every
// path (this site needs a frame-ancestors for the embed pages unlike the rest, and caching for hashed
// files unlike pages). What does run under `astro preview` is the integrations' `astro:config:setup`
// (command 'preview'); from there this subscribes to Node's `http.server.request.start` diagnostics
// channel (a stable, documented Node API) and sets the matching headers on each response of the
// preview server, told apart by its port, before Vite's middlewares answer (they keep headers already set).
import { subscribe } from 'node:diagnostics_channel';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file';

/** The rules of each preview server this process runs, by its port. */
const servers = new Map<number, HeaderRule[]>();
let subscribed = false;

function onRequest(message: unknown): void {
  const { request, response, server } = message as { request: IncomingMessage; response: ServerResponse; server: Server };
  const address = server.address();
  const rules = typeof address === 'object' && address ? servers.get(address.port) : undefined;
  if (!rules) return;
  const path = new URL(request.url ?? '/', 'http://preview').pathname;
  for (const [name, value] of Object.entries(headersFor(rules, path))) response.setHeader(name, value);
}

/** The integration: under `astro preview`, the built `_headers` file's rules on every response. */
export function previewHeaders(): AstroIntegration {
  return {
    name: 'bip:preview-headers',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'preview') return;
        const file = fileURLToPath(new URL('_headers', config.outDir));
        if (!existsSync(file)) return logger.warn(`${file} is missing: the preview sends no host headers`);
        servers.set(config.server.port, parseHeadersFile(readFileSync(file, 'utf8')));
        if (!subscribed) subscribe('http.server.request.start', onRequest);
        subscribed = true;
      },
    },
  };
}
