// Shared set-up for browser tests: the built site served by Astro's preview server, and Debian's
// Chromium driven by playwright-core (Playwright cannot download a browser here).
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { preview } from 'astro';
import { parseHTML } from 'linkedom';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';

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

/** Contexts opened by openPage and not closed yet; closeOpenContexts closes them after each test. */
const openContexts = new Set<BrowserContext>();

/**
 * Opens a page in a fresh context and records console errors and every request that leaves the origin.
 * The context stays open until closeOpenContexts (use-site.ts runs it after each test, failed or not).
 */
export async function openPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; log: PageLog }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  openContexts.add(context);
  context.once('close', () => openContexts.delete(context));
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

/** Closes every context openPage opened that is still open (in afterEach, so a failed test leaks none). */
export async function closeOpenContexts(): Promise<void> {
  const contexts = [...openContexts];
  openContexts.clear();
  await Promise.all(contexts.map((context) => context.close()));
}

/** Fails the test if the page logged an error or requested anything off the origin. */
export function expectClean(log: PageLog): void {
  expect(log.consoleErrors).toEqual([]);
  expect(log.offOrigin).toEqual([]);
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

/** The text of the first element matching `selector`, whitespace collapsed ('' if it has none). */
export async function textOf(page: Page, selector: string): Promise<string> {
  return normaliseSpace((await page.locator(selector).first().textContent()) ?? '');
}

/** The body rows of the table(s) matching `tableSelector`, each as its header and data cells' normalised text. */
export async function tableRows(page: Page, tableSelector: string): Promise<string[][]> {
  const rows = await page.$$eval(`${tableSelector} tbody tr`, (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
  );
  return rows.map((row) => row.map(normaliseSpace));
}

/** Waits until the figure (a <bip-figure> selector) has re-rendered in the browser and is no longer busy. */
export async function waitForFigure(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((s) => {
    const element = document.querySelector(s);
    return element?.getAttribute('data-rendered') === 'client' && !element.querySelector('[aria-busy="true"]');
  }, selector);
}

/** Presses Tab (at most `presses` times) until the element has focus, as a keyboard user reaches it; throws if it never does. */
export async function tabTo(page: Page, selector: string, presses = 120): Promise<void> {
  const target = page.locator(selector).first();
  const focused = () => target.evaluate((e) => e === document.activeElement);
  for (let i = 0; i < presses; i++) {
    if (await focused()) return;
    await page.keyboard.press('Tab');
  }
  if (!(await focused())) throw new Error(`Tab never reached ${selector} in ${presses} presses`);
}

/**
 * The same-origin targets of a page's links (`selector`) and of its meta refresh, resolved against the
 * page's URL, without hash or query, in document order (the refresh last). Used by the crawlers.
 */
export function sameOriginLinks(html: string, pageUrl: string, origin: string, selector = 'a[href]'): string[] {
  const { document } = parseHTML(html);
  const hrefs = [...document.querySelectorAll(selector)].map((e) => e.getAttribute('href')!);
  const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')?.split('url=')[1];
  const links: string[] = [];
  for (const href of refresh ? [...hrefs, refresh] : hrefs) {
    const target = new URL(href, pageUrl);
    if (target.origin !== origin) continue;
    target.hash = '';
    target.search = '';
    links.push(target.toString());
  }
  return links;
}
