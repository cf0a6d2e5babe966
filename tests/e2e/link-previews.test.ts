// Link previews: every built page names a preview image that the site serves as a 1200 × 630 PNG, with
// large-image Twitter/Open Graph tags and alt text in the page's own language that names the page; the
// page never requests the image itself (og:image is a link for the sites that unfurl it).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { isLang, LANGUAGES, type Lang } from '../../src/i18n/languages';
import { OUT_DIR, openPage } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

/** Every built HTML page as its URL path ("/sv/effekten/"), from the files in the build folder. */
function builtPages(dir = OUT_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return builtPages(path);
    if (entry.name !== 'index.html') return [];
    const folder = relative(OUT_DIR, dir).split('\\').join('/');
    return [folder ? `/${folder}/` : '/'];
  });
}

/** The preview strings of a language, read from its string file (not through the site's code). */
function previewStrings(lang: Lang): { site: string; alt: string; altFigure: string } {
  const { site: s } = JSON.parse(readFileSync(`src/i18n/${lang}/site.json`, 'utf8')) as { site: Record<string, string> };
  return { site: s.title!, alt: s.preview_alt!, altFigure: s.preview_alt_figure! };
}

/** What the start of a template says before its first placeholder ("Förhandsbild för ”"). */
const lead = (template: string) => template.slice(0, template.indexOf('{'));

/** A PNG's width and height from its IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface Head {
  path: string;
  lang: string;
  title: string;
  meta: (key: string) => string | null;
}

let heads: Head[];
beforeAll(async () => {
  heads = await Promise.all(
    builtPages().map(async (path) => {
      const response = await fetch(site.origin + path);
      expect(response.status, path).toBe(200);
      const { document } = parseHTML(await response.text());
      const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
      return { path, lang: document.documentElement.getAttribute('lang') ?? '', title: document.title, meta };
    }),
  );
});

describe('link previews', () => {
  it('cover every built page in every language', () => {
    const paths = heads.map((h) => h.path);
    for (const lang of LANGUAGES) {
      for (const path of [`/${lang}/`, `/${lang}/handlaggarens-tro/`, `/${lang}/ordlista/`, `/${lang}/inbaddning/figur/job-rate-by-belief/`, `/${lang}/workshop/talarvy/`]) {
        expect(paths).toContain(path);
      }
    }
    expect(paths).toContain('/');
    expect(heads.length).toBeGreaterThan(60);
  });

  it('name a PNG of 1200 × 630 on the site itself, which the server returns as image/png', async () => {
    const problems: string[] = [];
    await Promise.all(
      heads.map(async (head) => {
        const image = head.meta('og:image');
        const own = new URL(head.meta('og:url') ?? 'http://invalid/');
        if (!image) return problems.push(`${head.path}: no og:image`);
        const url = new URL(image);
        // Absolute (unfurlers need it) and on the site's own address, like og:url and the canonical link.
        if (url.origin !== own.origin) problems.push(`${head.path}: og:image ${image} is not on ${own.origin}`);
        if (!url.pathname.endsWith('.png')) problems.push(`${head.path}: og:image ${image} is no PNG`);
        const response = await fetch(site.origin + url.pathname);
        if (response.status !== 200) return problems.push(`${head.path}: ${url.pathname} → ${response.status}`);
        if (response.headers.get('content-type') !== 'image/png') problems.push(`${head.path}: ${url.pathname} is ${response.headers.get('content-type')}`);
        const bytes = Buffer.from(await response.arrayBuffer());
        const size = pngSize(bytes);
        if (size.width !== 1200 || size.height !== 630) problems.push(`${head.path}: ${url.pathname} is ${size.width} × ${size.height}`);
        // A card with text (and a chart) compresses to tens of kilobytes; a blank 1200 × 630 PNG is a few hundred bytes.
        if (bytes.length < 15_000) problems.push(`${head.path}: ${url.pathname} has only ${bytes.length} bytes`);
        if (head.meta('og:image:width') !== '1200' || head.meta('og:image:height') !== '630') problems.push(`${head.path}: og:image:width/height`);
        if (head.meta('og:image:type') !== 'image/png') problems.push(`${head.path}: og:image:type ${head.meta('og:image:type')}`);
        if (head.meta('twitter:card') !== 'summary_large_image') problems.push(`${head.path}: twitter:card ${head.meta('twitter:card')}`);
        if (head.meta('twitter:image') !== image) problems.push(`${head.path}: twitter:image ${head.meta('twitter:image')} ≠ og:image`);
      }),
    );
    expect(problems).toEqual([]);
  });

  it('give every page its own preview (no page falls back to another page’s card)', () => {
    const byImage = new Map<string, string[]>();
    for (const head of heads) byImage.set(head.meta('og:image')!, [...(byImage.get(head.meta('og:image')!) ?? []), head.path]);
    expect([...byImage.values()].filter((paths) => paths.length > 1)).toEqual([]);
  });

  it('describe the image in the page’s language, naming the page by its title', () => {
    const problems: string[] = [];
    for (const head of heads) {
      const alt = head.meta('og:image:alt') ?? '';
      const code = head.lang.split('-')[0];
      if (!isLang(code)) {
        problems.push(`${head.path}: html lang ${head.lang}`);
        continue;
      }
      const own = previewStrings(code);
      if (!alt.startsWith(lead(own.alt)) && !alt.startsWith(lead(own.altFigure))) problems.push(`${head.path}: alt "${alt}" is not in ${code}`);
      // Not in another language either (the three leads differ).
      for (const other of LANGUAGES.filter((l) => l !== code)) {
        if (alt.startsWith(lead(previewStrings(other).alt))) problems.push(`${head.path}: alt "${alt}" is in ${other}`);
      }
      const pageTitle = head.title.endsWith(` – ${own.site}`) ? head.title.slice(0, -` – ${own.site}`.length) : head.title;
      if (!alt.includes(pageTitle)) problems.push(`${head.path}: alt "${alt}" does not name "${pageTitle}"`);
      if (head.meta('twitter:image:alt') !== alt) problems.push(`${head.path}: twitter:image:alt differs`);
    }
    expect(problems).toEqual([]);
  });

  it('mark the cards of pages with report figures as charts, and text cards as such', () => {
    const figureLead = (lang: Lang) => previewStrings(lang).altFigure.slice(previewStrings(lang).altFigure.indexOf('}') + 1);
    for (const lang of LANGUAGES) {
      const alt = (path: string) => heads.find((h) => h.path === path)!.meta('og:image:alt')!;
      const chartPart = figureLead(lang).replace('{site}', previewStrings(lang).site);
      expect(alt(`/${lang}/handlaggarens-tro/`)).toContain(chartPart);
      expect(alt(`/${lang}/inbaddning/figur/step-effect/`)).toContain(chartPart);
      expect(alt(`/${lang}/ordlista/`)).not.toContain(chartPart);
      expect(alt(`/${lang}/`)).not.toContain(chartPart);
    }
  });

  it('give every page a title that says what it is: never the site name alone, and the site name once', () => {
    const problems: string[] = [];
    for (const head of heads) {
      const siteName = previewStrings(isLang(head.lang.split('-')[0]) ? (head.lang.split('-')[0] as Lang) : 'sv').site;
      if (head.title.trim() === siteName) problems.push(`${head.path}: title is only "${head.title}"`);
      if (head.title.split(siteName).length > 2) problems.push(`${head.path}: "${head.title}" names the site twice`);
      if (head.meta('og:title') !== head.title) problems.push(`${head.path}: og:title differs from the title`);
    }
    expect(problems).toEqual([]);
    const title = (path: string) => heads.find((h) => h.path === path)!.title;
    expect(title('/sv/')).toMatch(/^Huvudpunkter: .+ – BIP Explorer$/);
    expect(title('/en/')).toMatch(/^Key findings: .+ – BIP Explorer$/);
    expect(title('/sv/tillganglighet/')).toBe('Tillgänglighetsredogörelse för BIP Explorer');
    // A page below a chapter's own names the chapter (the workshop's pages, the presenter layout's too).
    expect(title('/sv/workshop/talarvy/')).toBe('Talarvy – Workshop – BIP Explorer');
    expect(title('/da/workshop/gissa/')).toMatch(/ – Workshop – BIP Explorer$/);
    expect(title('/en/workshop/presentera/')).toBe('Present the workshop – Workshop – BIP Explorer');
    // Outside the embed pages (which repeat what they embed), no two pages of an edition share a title.
    const shared = LANGUAGES.flatMap((lang) => {
      const own = heads.filter((h) => h.path.startsWith(`/${lang}/`) && !h.path.includes('/inbaddning/'));
      return own.filter((h) => own.some((o) => o !== h && o.title === h.title)).map((h) => `${h.path}: ${h.title}`);
    });
    expect(shared).toEqual([]);
  });

  it('never request the preview when a page is read: it is a link for unfurlers, and nothing leaves the origin', async () => {
    for (const path of ['/', '/sv/', '/da/handlaggarens-tro/', '/en/inbaddning/figur/step-effect/']) {
      const { page, log } = await openPage(browser, site.origin);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(site.origin + path, { waitUntil: 'load' });
      expect(log.offOrigin).toEqual([]);
      expect(requested.filter((url) => url.includes('/forhandsvisning/'))).toEqual([]);
      // The tag is there, with its absolute address on the configured site (not this test server's port).
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).toMatch(/\/forhandsvisning\/.+\.png$/);
      await page.context().close();
    }
  });
});
