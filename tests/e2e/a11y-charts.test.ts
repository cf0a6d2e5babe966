// Charts explorable by keyboard and touch (src/client/chart-explorer.ts), and reflow at 320 px: a chart
// takes focus, arrow keys, Home and End walk its marks, each step shows a tooltip and announces the
// value, its interval and its kind; Esc hides it; a tap does the same; no page scrolls sideways at 320 px.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, expectClean, openPage, tabTo, waitForFigure } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

const BELIEF = 'bip-figure[data-figure="job-rate-by-belief"]';

/** The tooltip's and the announcer's text, whitespace collapsed; '' for a hidden tooltip. */
async function explored(page: Page): Promise<{ tooltip: string; announced: string }> {
  // The announcer is filled on the next animation frame (cleared first, so a repeat is announced too).
  await page.waitForTimeout(80);
  return page.evaluate(() => {
    const tooltip = [...document.querySelectorAll<HTMLElement>('.chart-tooltip')].find((t) => !t.hidden);
    const announcer = document.querySelector('[data-role="chart-announcer"]');
    const clean = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    return { tooltip: clean(tooltip?.textContent), announced: clean(announcer?.textContent) };
  });
}

describe('explorable charts', () => {
  it('walks the bars of a chart by keyboard, announcing value and kind, and hides the tooltip on Esc', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/en/handlaggarens-tro/`);
    const chart = `${BELIEF} .figure__chart--wide svg`;
    await page.waitForSelector(`${chart}[data-explorer]`);
    await tabTo(page, chart);
    expect(await page.locator(chart).getAttribute('aria-keyshortcuts')).toContain('ArrowRight');

    await page.keyboard.press('ArrowRight');
    let seen = await explored(page);
    expect(seen.tooltip).toBe('No: 1.1%. Published');
    expect(seen.announced).toBe(seen.tooltip);
    expect(await page.locator(`${chart} .chart-explore-active`).count()).toBe(1);
    // The tooltip stays while the pointer moves onto it (WCAG 1.4.13: hoverable, persistent).
    await page.hover(`${BELIEF} .chart-tooltip`);
    expect((await explored(page)).tooltip).toBe('No: 1.1%. Published');

    await page.keyboard.press('ArrowRight');
    expect((await explored(page)).tooltip).toMatch(/^Doubtful: 2\.6%/);
    await page.keyboard.press('End');
    expect((await explored(page)).tooltip).toMatch(/^Yes: 26\.8%/);
    await page.keyboard.press('Home');
    expect((await explored(page)).tooltip).toMatch(/^No: 1\.1%/);

    await page.keyboard.press('Escape');
    seen = await explored(page);
    expect(seen.tooltip).toBe('');
    expect(await page.locator(`${chart} .chart-explore-active`).count()).toBe(0);
    expect(await page.evaluate((s) => document.activeElement === document.querySelector(s), chart)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(log);
  });

  it('explores the re-rendered chart of the sample view with each bar’s interval', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/en/handlaggarens-tro/?job-rate-by-belief.source=sample`);
    await waitForFigure(page, BELIEF);
    const chart = `${BELIEF} [data-role="chart"] svg`;
    await page.waitForSelector(`${chart}[data-explorer]`);
    await page.focus(chart);
    await page.keyboard.press('ArrowRight');
    const seen = await explored(page);
    expect(seen.tooltip).toMatch(/^No: \d+\.\d%, 95% interval \d+\.\d% – \d+\.\d%\. Sample/);
    expect(seen.announced).toBe(seen.tooltip);
    expectClean(log);
  });

  it('shows a bar’s value on a tap on a phone, and hides it on a tap elsewhere', async () => {
    const { page, log } = await openPage(browser, site.origin, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(`${site.origin}/da/effekten/`);
    const chart = 'bip-figure[data-figure="step-effect"] .figure__chart--narrow svg';
    await page.waitForSelector(`${chart}[data-explorer]`);
    const bar = page.locator(`${chart} [data-explore]`).nth(1);
    await bar.scrollIntoViewIfNeeded();
    await bar.tap();
    const seen = await explored(page);
    expect(seen.tooltip).toMatch(/^Job inden for et år, \+1 trin: 7,3 % \(\+1,3 pct\.-point\)\. Offentliggjort$/);
    expect(seen.announced).toBe(seen.tooltip);
    await page.tap('h1');
    expect((await explored(page)).tooltip).toBe('');
    expectClean(log);
  });
});

// Every page at 320 px reads without sideways scrolling (WCAG 1.4.10). The workshop handout is an A4
// sheet and exempt; the group room's spread table is the workshop's own (src/styles/workshop.css).
const REFLOW_PAGES = ['', 'om-bip/', 'byte-av-handlaggare/', 'handlaggarens-tro/', 'jobbfokusering/', 'effekten/', 'sa-kan-kunskapen-anvandas/', 'metod-och-data/', 'ordlista/', 'kalkylatorer/', 'labb/', 'tillganglighet/', 'workshop/'];

describe('reflow at 320 px', () => {
  it.each(['sv', 'da', 'en'])('%s: no page is wider than the screen', async (lang) => {
    const { page } = await openPage(browser, site.origin, { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of REFLOW_PAGES) {
      await page.goto(`${site.origin}/${lang}/${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`/${lang}/${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
  });

  it('keeps chart text at 12 px or more on a 320 px screen', async () => {
    const { page } = await openPage(browser, site.origin, { viewport: { width: 320, height: 640 } });
    await page.goto(`${site.origin}/en/handlaggarens-tro/`);
    const smallest = await page.evaluate(() => {
      const sizes: number[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>('.figure__chart--narrow svg')) {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        sizes.push(parseFloat(getComputedStyle(svg.querySelector('text')!).fontSize) * scale);
      }
      return Math.min(...sizes);
    });
    expect(smallest).toBeGreaterThanOrEqual(11.9);
  });
});
