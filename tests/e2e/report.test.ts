// The report's own pages (start page, Om BIP, Handläggarens tro, Så kan kunskapen användas, Metod och
// data): they read without JavaScript, their tables of contents resolve, prev/next follow the report's
// reading order, the key figures lead to chapters that show the same numbers, the method page's
// tables are complete and computed, print hides every control, and axe finds nothing on screen or in print.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import assumed from '../../data/assumed.json';
import codebook from '../../data/codebook.json';
import published from '../../data/published.json';
import { calibrationReport } from '../../src/lib/analysis/calibration-report';
import { parseSample } from '../../src/lib/data/parse-sample';
import { axeViolations, normaliseSpace, openPage } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';

const MINE = ['/sv/', '/sv/om-bip/', '/sv/handlaggarens-tro/', '/sv/sa-kan-kunskapen-anvandas/', '/sv/metod-och-data/'];

/** The report's reading order from the chapters' frontmatter: the start page, then report chapters by order. */
function readingOrder(): string[] {
  const chapters = readdirSync('content/sv')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readFileSync(`content/sv/${f}`, 'utf8'))
    .map((text) => ({
      slug: /^slug:\s*(\S+)/m.exec(text)?.[1],
      order: Number(/^order:\s*(\d+)/m.exec(text)?.[1]),
      section: /^section:\s*'?(\w+)'?/m.exec(text)?.[1] ?? 'report',
    }))
    .filter((c) => c.section === 'report')
    .sort((a, b) => a.order - b.order);
  return ['/sv/', ...chapters.map((c) => `/sv/${c.slug}/`)];
}

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

describe('report pages without JavaScript', () => {
  it('render their heading, text and every figure as SVG, and show no figure controls', async () => {
    const { page, log } = await openPage(browser, site.origin, { javaScriptEnabled: false });
    for (const path of MINE) {
      await page.goto(site.origin + path);
      expect(normaliseSpace((await page.locator('main h1').textContent()) ?? ''), path).not.toBe('');
      expect((await page.locator('main p').allTextContents()).join(' ').length, path).toBeGreaterThan(400);
      const figures = await page.locator('bip-figure').count();
      expect(await page.locator('bip-figure [data-role="chart"] svg').count(), path).toBe(figures);
      for (const controls of await page.locator('bip-figure [data-role="controls"]').all()) expect(await controls.isVisible(), path).toBe(false);
    }
    expect(log.consoleErrors).toEqual([]);
  });

  it('have a table of contents whose every link points at a heading on the page', async () => {
    const { page } = await openPage(browser, site.origin, { javaScriptEnabled: false });
    for (const path of MINE.slice(1)) {
      await page.goto(site.origin + path);
      const hrefs = await page.locator('.chapter__toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(hrefs.length, path).toBeGreaterThanOrEqual(3);
      const headings = await page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
      for (const href of hrefs) expect(headings, `${path} ${href}`).toContain(href);
    }
  });
});

describe('reading order', () => {
  it('links each page to the previous and next report chapter, starting at Huvudpunkter', async () => {
    const order = readingOrder();
    expect(order.slice(0, 2)).toEqual(['/sv/', '/sv/om-bip/']);
    expect(order.at(-1)).toBe('/sv/metod-och-data/');
    const { page } = await openPage(browser, site.origin, { javaScriptEnabled: false });
    for (const [i, path] of order.entries()) {
      const response = await page.goto(site.origin + path);
      expect(response?.status(), `${path} loads`).toBe(200);
      const href = async (rel: string) => {
        const link = page.locator(`.pager a[rel="${rel}"]`);
        return (await link.count()) === 0 ? null : link.getAttribute('href');
      };
      const prev = await href('prev');
      const next = await href('next');
      expect(prev, `${path} prev`).toBe(order[i - 1] ?? null);
      expect(next, `${path} next`).toBe(order[i + 1] ?? null);
      // The navigation lists the report chapters in the same order, and no tool among them.
      const nav = await page.locator('.site-nav--wide .site-nav__report a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(nav, path).toEqual(order);
    }
  });
});

describe('start page (Huvudpunkter)', () => {
  it('shows five key figures, each linked to a chapter that shows the same published number', async () => {
    const { page } = await openPage(browser, site.origin, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/sv/`);
    const cards = await page.locator('.key-figure').evaluateAll((items) =>
      items.map((item) => ({
        figure: item.querySelector('.key-figure__number')!.getAttribute('data-figure')!,
        text: item.querySelector('.key-figure__number')!.textContent!,
        href: item.querySelector('a.key-figure__link')!.getAttribute('href')!,
        source: item.querySelector('.key-figure__source')!.textContent!,
      })),
    );
    expect(cards.map((c) => c.figure)).toEqual(['base_rate_job', 'change_effect_job', 'job_rate_belief_5', 'orientation_relative', 'step_effect_job']);
    expect(normaliseSpace(cards.map((c) => c.text).join(' | '))).toBe('6 % | −1,3 p.e. | 26,8 % | +32 % | +1,3 p.e.');
    for (const card of cards) {
      const section = published.figures[card.figure as keyof typeof published.figures].section;
      expect(card.source, card.figure).toContain(section);
      expect(card.href, card.figure).toMatch(/^\/sv\/[a-z-]+\/$/);
      const response = await page.goto(site.origin + card.href);
      if (response?.status() !== 200) throw new Error(`${card.figure} links to ${card.href}, which is ${response?.status()}`);
      expect(await page.locator(`main [data-figure="${card.figure}"]`).count(), `${card.href} shows ${card.figure}`).toBeGreaterThan(0);
      await page.goto(`${site.origin}/sv/`);
    }
  });
});

describe('method page (Metod och data)', () => {
  it('lists every calibration target with the value computed on the sample, every codebook column and every assumed value', async () => {
    const { page } = await openPage(browser, site.origin, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/sv/metod-och-data/`);
    const report = calibrationReport(parseSample(readFileSync('data/sample.csv', 'utf8')));
    const rows = await page.locator('table[data-table="calibration"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ key: tr.getAttribute('data-key'), ok: tr.getAttribute('data-ok'), achieved: tr.querySelectorAll('td')[3]!.textContent })),
    );
    expect(rows.map((r) => r.key)).toEqual(report.map((r) => r.key));
    expect(rows.map((r) => r.ok)).toEqual(report.map((r) => String(r.ok)));
    // The achieved 2SLS effect is the one computed on the committed sample, formatted the Swedish way.
    const step = report.find((r) => r.key === 'step_effect_job')!;
    expect(normaliseSpace(rows.find((r) => r.key === 'step_effect_job')!.achieved ?? '')).toBe(
      normaliseSpace(`${new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(step.achieved)} p.e.`),
    );
    expect(await page.locator('table[data-table="codebook"] tbody tr').count()).toBe(codebook.columns.length);
    const assumedRows = await page.locator('table[data-table="assumed"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-assumed-row')));
    expect(assumedRows).toEqual(Object.keys(assumed.values));
    const text = normaliseSpace((await page.locator('main').textContent()) ?? '');
    expect(text).toContain('Tabell 4: texten och tabellen säger olika');
    expect(text).toContain(`seed ${JSON.parse(readFileSync('data/sample-meta.json', 'utf8')).seedSearch.kept}`);
    // Downloads work.
    for (const href of await page.locator('.download-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect((await page.request.get(site.origin + href)).status(), href).toBe(200);
    }
  });
});

describe('print', () => {
  it('prints each page with its figures and text but no navigation, controls or downloads', async () => {
    const { page } = await openPage(browser, site.origin);
    for (const path of MINE) {
      await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.site-footer', '.pager', '.chapter__toc', '.figure__controls', '.downloads', 'bip-figure button', '.key-figure__link']) {
        for (const element of await page.locator(selector).all()) expect(await element.isVisible(), `${path} ${selector}`).toBe(false);
      }
      expect(await page.locator('main h1').isVisible(), path).toBe(true);
      for (const chart of await page.locator('bip-figure .figure__chart--wide').all()) expect(await chart.isVisible(), path).toBe(true);
      for (const table of await page.locator('bip-figure table.data').all()) expect(await table.isVisible(), `${path} figure table`).toBe(true);
      expect(await axeViolations(page), `${path} print`).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
      expect(await axeViolations(page), `${path} screen`).toEqual([]);
    }
  });

  it('keeps controls usable on screen (the menu opens by keyboard on a phone)', async () => {
    const { page } = await openPage(browser, site.origin, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await page.goto(`${site.origin}/sv/om-bip/`);
    expect(await page.locator('.site-nav--wide').isVisible()).toBe(false);
    const summary = page.locator('.site-menu summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const link = page.locator('.site-menu a[href="/sv/metod-och-data/"]');
    expect(await link.isVisible()).toBe(true);
    expect(await page.locator('.site-menu a[aria-current="page"]').getAttribute('href')).toBe('/sv/om-bip/');
  });
});
