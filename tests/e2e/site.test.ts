// Every page of the built site: reachable by links from the start page, no broken internal links,
// axe finds no violations, nothing is requested from another origin, no console errors.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { axeViolations, launchBrowser, openPage, serveSite } from './harness';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;
let found: Awaited<ReturnType<typeof crawl>>;

/** The URL path of every chapter, from the slugs of content/sv/*.mdx ("/sv/effekten/"). */
function chapterPaths(): string[] {
  return readdirSync('content/sv')
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const slug = /^slug:\s*'?([^\s']+)'?/m.exec(readFileSync(`content/sv/${file}`, 'utf8'))?.[1];
      if (!slug) throw new Error(`content/sv/${file} has no slug`);
      return `/sv/${slug}/`;
    });
}

beforeAll(async () => {
  site = await serveSite();
  browser = await launchBrowser();
  found = await crawl();
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** Follows every same-origin link from the root over HTTP; returns HTML pages and every other linked file. */
async function crawl(): Promise<{ pages: string[]; files: string[]; broken: string[] }> {
  const { context, page } = await openPage(browser, site.origin);
  const pages: string[] = [];
  const files: string[] = [];
  const broken: string[] = [];
  const queue = [`${site.origin}/`];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await page.request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${url} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) {
      files.push(url);
      continue;
    }
    pages.push(url);
    const { document } = parseHTML(await response.text());
    const hrefs = [...document.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')!);
    const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')?.split('url=')[1];
    for (const href of refresh ? [...hrefs, refresh] : hrefs) {
      const target = new URL(href, url);
      if (target.origin !== site.origin) continue;
      target.hash = '';
      target.search = '';
      const key = target.toString();
      if (!seen.has(key)) {
        seen.add(key);
        queue.push(key);
      }
    }
  }
  await context.close();
  return { pages, files, broken };
}

describe('the built site', () => {
  it('has no broken internal links, and the root leads to the Swedish start page', async () => {
    const { pages, files, broken } = found;
    expect(broken).toEqual([]);
    expect(pages).toContain(`${site.origin}/sv/`);
    expect(pages).toContain(`${site.origin}/sv/handlaggarens-tro/`);
    expect(files).toContain(`${site.origin}/sv/figur/job-rate-by-belief.csv`);
    expect(files).toContain(`${site.origin}/favicon.svg`);
  });

  it('reaches every chapter (each content/sv/*.mdx slug) by links from the root', () => {
    const chapters = chapterPaths();
    expect(chapters.length).toBeGreaterThanOrEqual(2);
    const unreached = chapters.filter((path) => !found.pages.includes(site.origin + path));
    expect(unreached).toEqual([]);
  });

  it('passes axe with no violations, requests nothing off the origin and logs no errors on every page', async () => {
    const { pages } = found;
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const url of pages) {
      const { context, page, log } = await openPage(browser, site.origin);
      await page.goto(url, { waitUntil: 'networkidle' });
      expect(await axeViolations(page), url).toEqual([]);
      expect(log.offOrigin, url).toEqual([]);
      expect(log.consoleErrors, url).toEqual([]);
      await context.close();
    }
  });

  it('sends a Content-Security-Policy that forbids inline and foreign scripts on every page', async () => {
    const { pages } = found;
    const { context, page } = await openPage(browser, site.origin);
    for (const url of pages) {
      await page.goto(url);
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      expect(csp, url).toMatch(/script-src 'self'(;|$)/);
      const inlineScripts = await page.$$eval('script:not([src])', (scripts) =>
        scripts.filter((s) => s.getAttribute('type') !== 'application/json').length,
      );
      expect(inlineScripts, url).toBe(0);
      // Inline event handlers (onclick="…") are blocked by the policy too, so none may be written.
      const handlers = await page.$$eval('*', (elements) =>
        elements.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${e.localName} ${a.name}>`)),
      );
      expect(handlers, url).toEqual([]);
    }
    await context.close();
  });
});
