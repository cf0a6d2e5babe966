// Charts explorable by keyboard and touch (src/client/chart-explorer.ts), and reflow at 320 px: a chart
// takes focus, arrow keys, Home and End walk its marks, each step shows a tooltip and announces the
// value, its interval and its kind; Esc hides it; a tap does the same; no page scrolls sideways at 320 px.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, expectClean, openPage, tabTo, waitForFigure } from './harness';
import { builtPages } from './built-pages';
import { useSiteAndBrowser, type Site } from './use-site';
import { roomOf } from './workshop-helpers';

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

describe('the lab’s charts are explorable too', () => {
  it('walks the estimates of the build’s chart and of a run’s, the bars of repeated runs and the points of a sweep', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/en/labb/?labb.persons=600&labb.caseworkers=40`);
    await page.waitForFunction(() => document.querySelector('bip-lab')?.getAttribute('data-chart') === 'client');
    const single = 'bip-lab [data-role="body"] [data-role="chart"] svg';
    await page.waitForSelector(`${single}[data-explorer]`);
    await tabTo(page, single);
    await page.keyboard.press('ArrowRight');
    let seen = await explored(page);
    expect(seen.tooltip).toMatch(/^Naive slope: [+−-]\d+\.\d\d, 95% interval [−-]?\d+\.\d\d – [−-]?\d+\.\d\d\. Sample \(synthetic\)$/);
    expect(seen.announced).toBe(seen.tooltip);
    await page.keyboard.press('End');
    expect((await explored(page)).tooltip).toMatch(/^2SLS with instrument: /);

    await page.locator('#labb-runs').fill('6');
    await page.locator('bip-lab [data-role="run-repeat"]').click();
    await page.waitForFunction(() => document.querySelector('bip-lab')?.getAttribute('data-repeat') === 'done', undefined, { timeout: 60_000 });
    const histogram = 'bip-lab [data-role="repeat-chart"] svg';
    await page.waitForSelector(`${histogram}[data-explorer]`);
    await page.focus(histogram);
    await page.keyboard.press('Home');
    seen = await explored(page);
    expect(seen.tooltip).toMatch(/^Naive slope \(mean [+−-]\d+\.\d\d\), [−-]?\d+(\.\d+)? – [−-]?\d+(\.\d+)?: \d+ of 6\. Sample \(synthetic\)$/);
    const counts = await page.$$eval(`${histogram} [data-explore]`, (marks) => marks.map((m) => m.getAttribute('data-explore')!));
    // Each estimator's bars count all its runs.
    const naive = counts.filter((t) => t.startsWith('Naive')).reduce((sum, t) => sum + Number(t.match(/: (\d+) of 6$/)![1]), 0);
    expect(naive).toBe(6);

    await page.locator('#labb-sweep_points').fill('3');
    await page.locator('#labb-sweep_runs').fill('2');
    await page.locator('bip-lab [data-role="run-sweep"]').click();
    await page.waitForFunction(() => document.querySelector('bip-lab')?.getAttribute('data-sweep') === 'done', undefined, { timeout: 60_000 });
    const sweep = 'bip-lab [data-role="sweep-bias-chart"] svg';
    await page.waitForSelector(`${sweep}[data-explorer]`);
    await page.focus(sweep);
    await page.keyboard.press('ArrowRight');
    expect((await explored(page)).tooltip).toMatch(/^Naive slope, .+ [−-]?\d+(\.\d+)?: [−-]?\d+\.\d\d percentage points\. Sample \(synthetic\)$/);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(log);
  });
});

// Every page at 320 px reads without sideways scrolling (WCAG 1.4.10): every page the build wrote, in
// every language, and the workshop's pages in the states a session puts them in.
/** How far the page is wider than the screen: '' when it is not, else its width and the widest element. */
function tooWide(page: Page, label: string): Promise<string> {
  return page.evaluate((label) => {
    const width = document.documentElement.scrollWidth;
    if (width <= innerWidth) return '';
    const widest = [...document.querySelectorAll('body *')].reduce<Element | null>((w, e) => (!w || e.getBoundingClientRect().right > w.getBoundingClientRect().right ? e : w), null);
    return `${label}: ${width}px (<${widest?.tagName.toLowerCase()} class="${widest?.getAttribute('class') ?? ''}">)`;
  }, label);
}

describe('reflow at 320 px', () => {
  const pages = builtPages();

  it('finds the pages to check: every language’s edition of each page', () => {
    for (const lang of ['sv', 'da', 'en']) {
      for (const path of ['', 'labb/', 'workshop/grupp/', 'workshop/handout/', 'workshop/presentera/', 'inbaddning/labb/']) expect(pages).toContain(`/${lang}/${path}`);
    }
  });

  it('shows no built page wider than the screen', async () => {
    const { page } = await openPage(browser, site.origin, { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${site.origin}${path}`);
      wide.push(await tooWide(page, path));
    }
    expect(wide.filter(Boolean)).toEqual([]);
  });

  it.each(['sv', 'da', 'en'])('%s: keeps the workshop within the screen as a session fills it', async (lang) => {
    const { page } = await openPage(browser, site.origin, { viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    // The group room with a dozen codes, then with the hand counts open, then after a rejected code.
    await page.goto(`${site.origin}/${lang}/workshop/grupp/`);
    await page.fill('#ws-room-codes', roomOf(12).join('\n'));
    await page.click('[data-role="add"]');
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-role="count"]')?.textContent ?? ''));
    wide.push(await tooWide(page, 'group room with codes'));
    await page.click('.ws-hands > summary');
    await page.fill('input[data-role="hand"][data-item="belief_1"][data-range="0"]', '12');
    wide.push(await tooWide(page, 'hand counts open'));
    await page.fill('#ws-room-codes', 'ABCD-EFGH-1234');
    await page.click('[data-role="add"]');
    await page.waitForSelector('[data-role="problems"]:not([hidden])');
    wide.push(await tooWide(page, 'rejected code'));
    // The guessing page with guesses and a question revealed.
    await page.goto(`${site.origin}/${lang}/workshop/gissa/`);
    await page.fill('#g-after_one_change', '45');
    await page.click('.ws-question[data-question="change_drop"] [data-role="reveal"]');
    await page.waitForSelector('.ws-question[data-question="change_drop"] [data-role="result"]:not([hidden])');
    wide.push(await tooWide(page, 'guess revealed'));
    // The presenter in mid-deck, and the handout.
    await page.goto(`${site.origin}/${lang}/workshop/presentera/#steg-3`);
    wide.push(await tooWide(page, 'presenter'));
    await page.goto(`${site.origin}/${lang}/workshop/handout/`);
    wide.push(await tooWide(page, 'handout'));
    expect(wide.filter(Boolean)).toEqual([]);
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
