// Live regions and focus in the tools: a calculator's status says a settled result once (not on every
// keystroke, never a stale one, not twice for one radio change), status regions stay in the
// accessibility tree while empty, and pressing a lab run button by keyboard never drops focus to <body>.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { normaliseSpace, openPage, textOf } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';

const CALCULATORS = '/sv/kalkylatorer/';
const LAB_PAGE = '/sv/labb/';
const STEP = 'bip-calculator[data-tool="steg"]';
const LAB = 'bip-lab';
/** Longer than the status's debounce (500 ms), so every announcement due has been made. */
const SETTLE_MS = 1500;

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

/** Starts recording every text the element at `selector` shows (one entry per change), in the page. */
async function recordTexts(page: Page, selector: string): Promise<void> {
  await page.evaluate((s) => {
    const element = document.querySelector(s)!;
    const seen: string[] = [];
    (window as unknown as { announced: string[] }).announced = seen;
    new MutationObserver(() => {
      const text = element.textContent ?? '';
      if (seen[seen.length - 1] !== text) seen.push(text);
    }).observe(element, { childList: true, characterData: true, subtree: true });
  }, selector);
}

async function recorded(page: Page): Promise<string[]> {
  return (await page.evaluate(() => (window as unknown as { announced: string[] }).announced)).map(normaliseSpace);
}

/** What document.activeElement is: its data-role, or its tag name when it has none. */
function activeRole(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-role') ?? document.activeElement?.tagName.toLowerCase() ?? 'none');
}

describe('calculator status', () => {
  it('is rendered and not display:none before its first message', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + CALCULATORS);
    for (const selector of [`${STEP} [data-role="status"]`, `${STEP} [data-role="copy-status"]`]) {
      const { display, text, role } = await page.locator(selector).evaluate((element) => ({
        display: getComputedStyle(element).display,
        text: element.textContent ?? '',
        role: element.getAttribute('role'),
      }));
      expect({ selector, text, role }).toEqual({ selector, text: '', role: 'status' });
      expect(display, selector).not.toBe('none');
    }
  });

  it('announces typing "12,5" once, after the reader pauses, with the final result', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + CALCULATORS);
    const status = `${STEP} [data-role="status"]`;
    await page.locator('#steg-baseline').fill('');
    await page.waitForTimeout(SETTLE_MS);
    await recordTexts(page, status);
    await page.locator('#steg-baseline').pressSequentially('12,5', { delay: 80 });
    await page.waitForTimeout(SETTLE_MS);
    const seen = await recorded(page);
    expect(seen).toHaveLength(1);
    // Not stale: the announcement is the result now on the page, for 12,5 %.
    const summary = await textOf(page, `${STEP} [data-role="summary"]`);
    expect(seen[0]).toBe(summary);
    expect(summary).toContain('12,5 %');
  });

  it('announces a radio change once', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + CALCULATORS);
    await recordTexts(page, `${STEP} [data-role="status"]`);
    await page.locator(STEP).getByLabel('Jobb eller utbildning inom ett år').check();
    await page.waitForTimeout(SETTLE_MS);
    const seen = await recorded(page);
    expect(seen).toEqual([await textOf(page, `${STEP} [data-role="summary"]`)]);
    // The same choice again says nothing new.
    await page.locator(STEP).getByLabel('Jobb eller utbildning inom ett år').check();
    await page.locator(STEP).getByLabel('Jobb eller utbildning inom ett år').dispatchEvent('change');
    await page.waitForTimeout(SETTLE_MS);
    expect(await recorded(page)).toHaveLength(1);
  });
});

describe('lab status and focus', () => {
  it('keeps the status region rendered before its first message', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + LAB_PAGE);
    const display = await page.locator(`${LAB} [data-role="status"]`).evaluate((element) => getComputedStyle(element).display);
    expect(display).not.toBe('none');
  });

  it('keeps focus on a control when the run button pressed by keyboard disables itself, and after the run', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + LAB_PAGE);
    // Record where focus is at the moment the run starts (the run may be over before the test can look).
    await page.evaluate((s) => {
      const lab = document.querySelector(s)!;
      const during: string[] = [];
      (window as unknown as { during: string[] }).during = during;
      new MutationObserver(() => {
        if (lab.hasAttribute('data-running')) during.push(document.activeElement?.getAttribute('data-role') ?? document.activeElement?.tagName.toLowerCase() ?? 'none');
      }).observe(lab, { attributes: true, attributeFilter: ['data-running'] });
    }, LAB);
    await page.locator(`${LAB} [data-role="run"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('data-state') === 'done' && !document.querySelector(s)?.hasAttribute('data-running'), LAB, { timeout: 30_000 });
    const during = await page.evaluate(() => (window as unknown as { during: string[] }).during);
    expect(during[0]).toBe('cancel');
    expect(await activeRole(page)).toBe('run');
  });

  it('keeps focus through a keyboard run that is cancelled by keyboard', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.goto(site.origin + LAB_PAGE);
    await page.locator('#labb-runs').fill('1000');
    await page.locator(`${LAB} [data-role="run-repeat"]`).focus();
    await page.keyboard.press('Space');
    expect(await activeRole(page)).toBe('cancel');
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => !document.querySelector(s)?.hasAttribute('data-running'), LAB);
    expect(await activeRole(page)).toBe('run-repeat');
    expect(await textOf(page, `${LAB} [data-role="status"]`)).toMatch(/^Körningarna avbröts/);
  });
});
