// The offline cache across a deploy and when the network misbehaves: two builds served in turn from
// the same origin by a small switchable static server, a tab left open across the deploy, a server
// error, a captive portal's page, and a path that was never cached.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { OUT_DIR, axeViolations, launchBrowser } from './harness';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.csv': 'text/csv', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain',
};

/** What the server does: serve a build, answer 503, answer every page with a wifi login page, answer pages after 6 s. */
type Mode = 'serve' | 'error' | 'portal' | 'slow';
let root = OUT_DIR;
let mode: Mode = 'serve';
let server: Server;
let origin: string;
let browser: Browser;
let second: string;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/**
 * A second build as a deploy makes it: every chunk under a new name (so the old names 404 there), a new
 * cache version, and a visible mark on every page.
 */
function secondBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bip-deploy-'));
  cpSync(OUT_DIR, dir, { recursive: true });
  const chunks = readdirSync(join(dir, '_astro')).filter((name) => name.endsWith('.js'));
  const renamed = new Map(chunks.map((name) => [name, name.replace(/\.js$/, '-v2.js')]));
  for (const [from, to] of renamed) renameSync(join(dir, '_astro', from), join(dir, '_astro', to));
  for (const file of filesUnder(dir).filter((f) => /\.(html|js)$/.test(f))) {
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of renamed) text = text.split(from).join(to);
    if (file.endsWith('sw.js')) text = text.replace(/const CACHE = 'bip-explorer-([0-9a-f]+)'/, "const CACHE = 'bip-explorer-$1-v2'");
    if (file.endsWith('.html')) text = text.replace('<main id="main"', '<main data-build="second" id="main"');
    writeFileSync(file, text);
  }
  return dir;
}

beforeAll(async () => {
  second = secondBuild();
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    const isPage = file.endsWith('.html');
    if (mode === 'error' && isPage) return void response.writeHead(503, { 'content-type': 'text/plain' }).end('Service unavailable');
    if (mode === 'portal' && isPage) return void response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Wi-Fi</title><h1>Log in to the wifi</h1>');
    if (mode === 'slow' && isPage) {
      // A server that does answer, but later than the worker waits (its NETWORK_TIMEOUT_MS is 4 s).
      const timer = setTimeout(() => !response.destroyed && response.writeHead(200, { 'content-type': TYPES['.html']! }).end(readFileSync(file)), 6_000);
      response.on('close', () => clearTimeout(timer));
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(second, { recursive: true, force: true });
});

/** A context whose pages register the service worker (automation normally skips it). */
async function contextWithWorker(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  await context.addInitScript({ content: "Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });" });
  return context;
}

async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

describe('the offline cache', () => {
  it('lets a tab left open across a deploy keep working, offers the new version, and reloads only when asked', async () => {
    root = OUT_DIR;
    mode = 'serve';
    const context = await contextWithWorker();
    const old = await context.newPage();
    const errors: string[] = [];
    old.on('pageerror', (error) => errors.push(String(error)));
    await old.goto(`${origin}/sv/handlaggarens-tro/`);
    await controlled(old);

    root = second; // the deploy
    const fresh = await context.newPage();
    await fresh.goto(`${origin}/sv/`);
    expect(await fresh.locator('main[data-build="second"]').count()).toBe(1);
    // The new worker installs and waits; the old tab is told, and nothing reloads by itself.
    await old.locator('.site-notice[data-kind="update"]').waitFor({ timeout: 20_000 });
    expect(await old.locator('main[data-build="second"]').count()).toBe(0);

    // The old tab's figure still re-renders: its chunks come from the old cache (they are gone online).
    const figure = old.locator('bip-figure[data-figure="job-rate-by-belief"]');
    await figure.locator('input[value="sample"]').check();
    await figure.locator('[data-role="kind"][data-kind="sample"]').waitFor();
    expect(errors).toEqual([]);

    // The reader accepts: the page reloads into the new version.
    await old.locator('.site-notice[data-kind="update"] button').click();
    await old.locator('main[data-build="second"]').waitFor({ timeout: 20_000 });
    expect(await axeViolations(old)).toEqual([]);
    await context.close();
  });

  /** A page of the first build, served normally, under the worker's control. */
  async function pageUnderWorker() {
    root = OUT_DIR;
    mode = 'serve';
    const context = await contextWithWorker();
    const page = await context.newPage();
    await page.goto(`${origin}/sv/workshop/`);
    await controlled(page);
    return { context, page };
  }

  it('serves the cached page, with a note, when the server answers 503 or a captive portal answers for it', async () => {
    const { context, page } = await pageUnderWorker();
    for (const misbehaviour of ['error', 'portal'] as const) {
      mode = misbehaviour;
      const response = await page.goto(`${origin}/sv/workshop/presentera/`);
      expect(response?.status(), misbehaviour).toBe(200);
      expect(await page.locator('#bip-context').count(), misbehaviour).toBe(1);
      expect(await page.getByText('Log in to the wifi').count(), misbehaviour).toBe(0);
      await page.locator('.site-notice[data-kind="stale"]').waitFor({ timeout: 10_000 });
    }
    mode = 'serve';
    await context.close();
  });

  it('serves the cached page with a note that it may be older when the server is slower than the worker waits', async () => {
    const { context, page } = await pageUnderWorker();
    mode = 'slow';
    await page.goto(`${origin}/sv/workshop/presentera/`);
    expect(await page.locator('#bip-context').count()).toBe(1);
    await page.locator('.site-notice[data-kind="stale"]').waitFor({ timeout: 10_000 });
    mode = 'serve';
    await context.close();
  });

  it('shows the offline page, in all three languages, for a path that was never cached', async () => {
    root = OUT_DIR;
    mode = 'serve';
    const context = await contextWithWorker();
    const page = await context.newPage();
    await page.goto(`${origin}/sv/`);
    await controlled(page);
    await context.setOffline(true);
    await page.goto(`${origin}/sv/finns-inte/`);
    expect(await page.locator('main section[lang]').evaluateAll((sections) => sections.map((s) => s.getAttribute('lang')))).toEqual(['sv', 'da', 'en']);
    expect(await page.locator('a[href="/sv/workshop/"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
