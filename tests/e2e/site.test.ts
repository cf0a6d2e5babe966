// Every page of the built site: reachable by links from the start page, no broken internal links,
// axe finds no violations, nothing is requested from another origin, no console errors.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { LANGUAGES } from '../../src/i18n/languages';
import { axeViolations, openPage, sameOriginLinks } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';

let browser: Browser;
let site: Site;
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

useSiteAndBrowser((started) => ({ site, browser } = started));
beforeAll(async () => {
  found = await crawl();
});

/** Follows every same-origin link from the root over HTTP; returns HTML pages and every other linked file. */
async function crawl(): Promise<{ pages: string[]; files: string[]; broken: string[] }> {
  const { context, page } = await openPage(browser, site.origin);
  const pages: string[] = [];
  const files: string[] = [];
  const broken: string[] = [];
  const queue = [`${site.origin}/`];
  const seen = new Set(queue);
  try {
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
      for (const key of sameOriginLinks(await response.text(), url, site.origin, 'a[href], link[href]')) {
        if (!seen.has(key)) {
          seen.add(key);
          queue.push(key);
        }
      }
    }
  } finally {
    // Opened before any test, so no afterEach closes it.
    await context.close();
  }
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

  // One test per edition (and one for the root), so each stays well inside the timeout on 2 cores.
  it.each([...LANGUAGES, 'root'])('passes axe with no violations, requests nothing off the origin and logs no errors on every %s page', async (lang) => {
    const pages = found.pages.filter((url) => (lang === 'root' ? !LANGUAGES.some((l) => url.startsWith(`${site.origin}/${l}/`)) : url.startsWith(`${site.origin}/${lang}/`)));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const url of pages) {
      const { context, page, log } = await openPage(browser, site.origin);
      await page.goto(url, { waitUntil: 'networkidle' });
      expect(await axeViolations(page), url).toEqual([]);
      expect(log.offOrigin, url).toEqual([]);
      expect(log.consoleErrors, url).toEqual([]);
      await context.close();
    }
  }, 120_000);

  it('sends a Content-Security-Policy that forbids inline and foreign scripts on every page', async () => {
    const { pages } = found;
    const { page } = await openPage(browser, site.origin);
    for (const url of pages) {
      await page.goto(url);
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      // 'unsafe-eval' is there for Arquero's compiled expressions (see PageHead.astro); nothing inline, nothing foreign.
      expect(csp, url).toMatch(/script-src 'self' 'unsafe-eval'(;|$)/);
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
  });
});
