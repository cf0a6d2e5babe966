// Shared set-up for browser tests: the built site served by Astro's preview server, and Debian's
// Chromium driven by playwright-core (Playwright cannot download a browser here).
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { preview } from 'astro';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

/** The built site: dist/ unless BIP_OUT_DIR says otherwise (astro.config.mjs reads the same variable). */
export const OUT_DIR = process.env.BIP_OUT_DIR ?? 'dist';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium from calling out to the network (this machine has none) and run it as root. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Starts Chromium; fails with a clear message when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run "apt-get install -y chromium" (or .ci/run), or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A port nobody listens on now (Astro's preview reports 0 back when asked for port 0). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Serves dist/ (run `npm run build` first) on a free port; returns the origin and a stop function. */
export async function serveSite(): Promise<{ origin: string; stop: () => Promise<void> }> {
  if (!existsSync(`${OUT_DIR}/sv/index.html`)) throw new Error(`${OUT_DIR}/ is missing: run "npm run build" before the browser tests.`);
  const port = await freePort();
  const server = await preview({ root: process.cwd(), outDir: OUT_DIR, logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}

/** What a page did that a test may forbid: console errors, page errors, requests off the origin. */
export interface PageLog {
  consoleErrors: string[];
  offOrigin: string[];
}

/** Opens a page in a fresh context and records console errors and every request that leaves the origin. */
export async function openPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; log: PageLog }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const log: PageLog = { consoleErrors: [], offOrigin: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => log.consoleErrors.push(String(error)));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    log.offOrigin.push(url);
    return route.abort();
  });
  return { context, page, log };
}

/** Runs axe (WCAG 2.1 A/AA rules) and returns the violations, summarised for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Collapses whitespace, including the no-break spaces Intl puts in "26,8 %". */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
