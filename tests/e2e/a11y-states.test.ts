// Accessibility beyond the first paint (issue #13, "Done when"): axe with its best-practice rules finds
// nothing on any built page in any language, nor in the states a reader puts the pages in (a figure's
// sample view with its table and share panel open and a mark explored, calculators with a result and a
// rejected input, the lab after its runs, the workshop in session); every element the keyboard reaches
// shows a visible focus indicator; a button that disables itself keeps the focus on the page; and the
// text-spacing override of WCAG 1.4.12 loses no text.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PRESENTER_STEPS } from '../../src/lib/workshop/presenter-steps';
import { axeViolations, expectClean, openPage } from './harness';
import { builtPages } from './built-pages';
import { useSiteAndBrowser, type Site } from './use-site';
import { roomOf } from './workshop-helpers';

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

const LANGS = ['sv', 'da', 'en'] as const;
const pages = builtPages();

/** axe's violations on the page as it is now, each prefixed with the state's name. */
async function axeIn(page: Page, state: string): Promise<string[]> {
  return (await axeViolations(page)).map((v) => `${state}: ${v}`);
}

/** Opens every <details> on the page (tables behind "Visa siffrorna som tabell", share panels, hand counts …). */
function openAllDetails(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

/** The built pages of an edition ('sv', 'da', 'en'), or the pages outside every edition ('' : '/', '/offline/'). */
const pagesOf = (lang: string) => pages.filter((p) => (lang ? p.startsWith(`/${lang}/`) : !LANGS.some((l) => p.startsWith(`/${l}/`))));

// axe with best practices on every built page, without interaction, is tests/e2e/site.test.ts (the same
// rules: harness.ts axeViolations); here the pages in their interactive states.
describe('axe with best practices in every state', () => {
  it.each(LANGS)('%s: every figure in its sample view, with its table and share panel open and a mark explored', async (lang) => {
    const { page, log } = await openPage(browser, site.origin);
    const found: string[] = [];
    for (const path of pagesOf(lang)) {
      await page.goto(`${site.origin}${path}`);
      const ids = await page.$$eval('bip-figure[data-figure]', (figures) => [...new Set(figures.map((f) => f.getAttribute('data-figure')!))]);
      if (ids.length === 0) continue;
      await page.goto(`${site.origin}${path}?${ids.map((id) => `${id}.source=sample`).join('&')}`);
      for (const id of ids) {
        await page.waitForFunction((s) => [...document.querySelectorAll(s)].every((f) => f.getAttribute('data-rendered') === 'client' && !f.querySelector('[aria-busy="true"]')), `bip-figure[data-figure="${id}"]`);
      }
      await openAllDetails(page);
      for (const id of ids) {
        const chart = page.locator(`bip-figure[data-figure="${id}"] svg[data-explorer]:visible`).first();
        await chart.focus();
        await page.keyboard.press('ArrowRight');
        await page.waitForSelector('.chart-tooltip:not([hidden])');
        found.push(...(await axeIn(page, `${path} ${id} sample, table, share, tooltip`)));
      }
    }
    expect(found).toEqual([]);
    expectClean(log);
  }, 180_000);

  it.each(LANGS)('%s: calculators with a result and with a rejected input', async (lang) => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/${lang}/kalkylatorer/`);
    await page.locator('#steg-effect').fill(lang === 'en' ? '2.5' : '2,5');
    await page.waitForFunction(() => document.querySelector('bip-calculator[data-tool="steg"]')?.getAttribute('data-state') === 'computed');
    const found = await axeIn(page, 'result');
    await page.locator('#steg-baseline').fill('150');
    await page.waitForSelector('#steg-baseline[aria-invalid="true"]');
    found.push(...(await axeIn(page, 'rejected input')));
    await openAllDetails(page);
    found.push(...(await axeIn(page, 'everything open')));
    expect(found).toEqual([]);
    expectClean(log);
  });

  it.each(LANGS)('%s: the lab after a run, repeated runs and a sweep', async (lang) => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/${lang}/labb/?labb.persons=600&labb.caseworkers=40`);
    const lab = page.locator('bip-lab');
    await page.waitForFunction(() => document.querySelector('bip-lab')?.getAttribute('data-chart') === 'client');
    const run = async (role: string, done: [string, string]) => {
      await lab.evaluate((e, key) => e.removeAttribute(key), done[0]);
      await page.locator(`bip-lab [data-role="${role}"]`).click();
      await page.waitForFunction(([key, value]) => document.querySelector('bip-lab')?.getAttribute(key) === value, done, { timeout: 60_000 });
    };
    await run('run', ['data-state', 'done']);
    const found = await axeIn(page, 'after a run');
    await page.locator('#labb-runs').fill('4');
    await run('run-repeat', ['data-repeat', 'done']);
    found.push(...(await axeIn(page, 'after repeated runs')));
    await page.locator('#labb-sweep_points').fill('2');
    await page.locator('#labb-sweep_runs').fill('2');
    await run('run-sweep', ['data-sweep', 'done']);
    await openAllDetails(page);
    found.push(...(await axeIn(page, 'after a sweep')));
    expect(found).toEqual([]);
    expectClean(log);
  });

  it.each(LANGS)('%s: the workshop in session: presenter mid-deck, room with codes and a rejected code, guesses revealed', async (lang) => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/${lang}/workshop/presentera/#steg-${Math.ceil(PRESENTER_STEPS.length / 2)}`);
    await page.waitForSelector('.presenter--live');
    const found = await axeIn(page, 'presenter');
    await openAllDetails(page);
    found.push(...(await axeIn(page, 'presenter with its keys open')));
    await page.goto(`${site.origin}/${lang}/workshop/grupp/`);
    await page.fill('#ws-room-codes', roomOf(8).join('\n'));
    await page.click('[data-role="add"]');
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-role="count"]')?.textContent ?? ''));
    await page.fill('#ws-room-codes', 'ABCD-EFGH-1234');
    await page.click('[data-role="add"]');
    await page.waitForSelector('[data-role="problems"]:not([hidden])');
    await openAllDetails(page);
    found.push(...(await axeIn(page, 'room with codes and a rejected code')));
    await page.goto(`${site.origin}/${lang}/workshop/gissa/`);
    await page.fill('#g-after_one_change', '45');
    await page.click('.ws-question[data-question="change_drop"] [data-role="reveal"]');
    await page.waitForSelector('.ws-question[data-question="change_drop"] [data-role="result"]:not([hidden])');
    found.push(...(await axeIn(page, 'guess revealed')));
    expect(found).toEqual([]);
    expectClean(log);
  });
});

/**
 * Tabs through the page once and returns, for each element the keyboard reaches, its description and
 * whether it looks different focused than blurred: a screenshot of its box (with room for an outline
 * outside it) focused, then blurred, compared pixel for pixel (equal PNG bytes are equal pixels).
 */
async function focusIndicators(page: Page, looked = new Set<string>(), presses = 400): Promise<{ reached: number; invisible: string[] }> {
  const invisible: string[] = [];
  const seen = new Set<string>();
  let reached = 0;
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const target = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      if (!e || e === document.body) return null;
      e.dataset.focusProbe ??= String(document.querySelectorAll('[data-focus-probe]').length);
      const r = e.getBoundingClientRect();
      const label = `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.getAttribute('class') ? ` class="${e.getAttribute('class')}"` : ''}> "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
      // How the element looks is given by its tag, classes and role and those of its three nearest
      // ancestors (the menu's links, a figure's radios …): the same look on another page was compared already.
      const look: string[] = [];
      for (let n: Element | null = e, depth = 0; n && depth < 4; n = n.parentElement, depth++) look.push(`${n.tagName}.${n.getAttribute('class') ?? ''}[${n.getAttribute('role') ?? ''}]`);
      return { probe: e.dataset.focusProbe, look: look.join('<'), label, box: { x: r.left, y: r.top, width: r.width, height: r.height }, visible: e.matches(':focus-visible') };
    });
    if (!target) continue;
    // Once focus comes round to an element seen already, the page has been walked.
    if (seen.has(target.probe)) break;
    seen.add(target.probe);
    reached++;
    // Two screenshots per element are most of this test's time (8 min on 2 cores for every element of
    // every page); an element that looks like one compared already on this walk is only counted.
    if (looked.has(target.look)) continue;
    looked.add(target.look);
    const viewport = page.viewportSize()!;
    const pad = 8;
    const x = Math.max(0, target.box.x - pad);
    const y = Math.max(0, target.box.y - pad);
    const clip = { x, y, width: Math.min(viewport.width, target.box.x + target.box.width + pad) - x, height: Math.min(viewport.height, target.box.y + target.box.height + pad) - y };
    if (clip.width <= 0 || clip.height <= 0) {
      invisible.push(`${target.label}: off screen when focused`);
      continue;
    }
    const focused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
    const selector = `[data-focus-probe="${target.probe}"]`;
    await page.evaluate((s) => (document.querySelector(s) as HTMLElement).blur(), selector);
    const blurred = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
    if (focused.equals(blurred)) invisible.push(`${target.label}${target.visible ? '' : ' (not :focus-visible)'}`);
    // Back to the element, as the keyboard left it, so the next Tab goes on from here.
    await page.evaluate((s) => (document.querySelector(s) as HTMLElement).focus({ preventScroll: true }), selector);
  }
  return { reached, invisible };
}

describe('a visible focus indicator', () => {
  it.each([...LANGS, ''])('on every element the keyboard reaches, on every built page of "%s"', async (lang) => {
    const { page, log } = await openPage(browser, site.origin, { viewport: { width: 1280, height: 900 } });
    const found: string[] = [];
    const looked = new Set<string>();
    let reached = 0;
    for (const path of pagesOf(lang)) {
      await page.goto(`${site.origin}${path}`);
      await page.waitForLoadState('networkidle');
      const result = await focusIndicators(page, looked);
      reached += result.reached;
      found.push(...result.invisible.map((e) => `${path} ${e}`));
    }
    expect(reached).toBeGreaterThan(lang ? 300 : 2);
    expect(found).toEqual([]);
    expectClean(log);
  }, 300_000);

  it('on a figure’s table toggle, share panel and sample view, and on the group room’s hand counts', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/sv/handlaggarens-tro/?job-rate-by-belief.source=sample`);
    await page.waitForFunction(() => document.querySelector('bip-figure[data-figure="job-rate-by-belief"]')?.getAttribute('data-rendered') === 'client');
    await openAllDetails(page);
    const figure = await focusIndicators(page);
    await page.goto(`${site.origin}/sv/workshop/grupp/`);
    await openAllDetails(page);
    const room = await focusIndicators(page);
    expect(figure.reached + room.reached).toBeGreaterThan(60);
    expect([...figure.invisible, ...room.invisible]).toEqual([]);
    expectClean(log);
  }, 120_000);
});

describe('focus when a button disables itself', () => {
  it('moves from the presenter’s last “Nästa” to “Föregående” and from the first “Föregående” to “Nästa”, and says which slide it is', async () => {
    const { page, log } = await openPage(browser, site.origin);
    const total = PRESENTER_STEPS.length;
    await page.goto(`${site.origin}/sv/workshop/presentera/#steg-${total - 1}`);
    await page.waitForSelector('.presenter--live');
    await page.focus('[data-role="next"]');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-role="next"]').isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('prev');
    expect(await page.locator('[data-role="announce"]').textContent()).toMatch(new RegExp(`^Bild ${total} av ${total}: `));
    // Home from "Föregående" disables it in turn: focus goes to "Nästa".
    await page.keyboard.press('Home');
    expect(await page.locator('[data-role="prev"]').isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('next');
    expect(await page.locator('[data-role="announce"]').textContent()).toMatch(new RegExp(`^Bild 1 av ${total}: `));
    expectClean(log);
  });

  it('does the same in the speaker view', async () => {
    const { page, log } = await openPage(browser, site.origin);
    const total = PRESENTER_STEPS.length;
    await page.goto(`${site.origin}/sv/workshop/talarvy/#steg-${total - 1}`);
    const view = page.locator('bip-speaker-view');
    await view.locator('[data-role="now-progress"]').filter({ hasText: String(total - 1) }).waitFor();
    await view.locator('[data-role="next"]').focus();
    await page.keyboard.press('Enter');
    await view.locator('[data-role="next"]:disabled').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('prev');
    expectClean(log);
  });
});

// WCAG 1.4.12: with the text-spacing override (line height 1.5, paragraphs 2 em apart, letters 0.12 em,
// words 0.16 em) nothing is cut off or overlaps and no page scrolls sideways on a phone.
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Elements whose content the override pushes out of a box that hides it, and a page wider than the screen. */
function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth) found.push(`page ${document.documentElement.scrollWidth}px wide`);
    for (const e of document.querySelectorAll<HTMLElement>('body *')) {
      if (e.closest('.visually-hidden, [hidden], svg, textarea, select, option') || e.getClientRects().length === 0) continue;
      const style = getComputedStyle(e);
      const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (!hidesX && !hidesY) continue;
      if (!(e.textContent ?? '').trim()) continue;
      const tolerance = Math.max(1, parseFloat(style.fontSize) * 0.2);
      if ((hidesX && e.scrollWidth > e.clientWidth + tolerance) || (hidesY && e.scrollHeight > e.clientHeight + tolerance)) {
        found.push(`<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}"> ${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight}`);
      }
    }
    return found;
  });
}

describe('text spacing (WCAG 1.4.12)', () => {
  it.each(LANGS)('%s: loses no text in the key components at 390 px', async (lang) => {
    const { page, log } = await openPage(browser, site.origin, { viewport: { width: 390, height: 844 } });
    const found: string[] = [];
    const check = async (label: string) => {
      await page.addStyleTag({ content: TEXT_SPACING });
      found.push(...(await clippedText(page)).map((e) => `${label}: ${e}`));
    };
    for (const path of ['', 'handlaggarens-tro/', 'jobbfokusering/', 'kalkylatorer/', 'labb/', 'ordlista/', 'workshop/', 'workshop/gissa/', 'workshop/grupp/', 'workshop/handout/']) {
      await page.goto(`${site.origin}/${lang}/${path}`);
      await page.waitForLoadState('networkidle');
      await openAllDetails(page);
      await check(`/${lang}/${path}`);
    }
    // A figure's sample view with a mark explored.
    await page.goto(`${site.origin}/${lang}/handlaggarens-tro/?job-rate-by-belief.source=sample`);
    await page.waitForFunction(() => document.querySelector('bip-figure[data-figure="job-rate-by-belief"]')?.getAttribute('data-rendered') === 'client');
    await page.addStyleTag({ content: TEXT_SPACING });
    await page.locator('bip-figure[data-figure="job-rate-by-belief"] svg[data-explorer]:visible').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('.chart-tooltip:not([hidden])');
    await check('sample view with a tooltip');
    // The presenter's slides must still fit on a projector's screen.
    await page.setViewportSize({ width: 1280, height: 720 });
    for (let step = 1; step <= PRESENTER_STEPS.length; step++) {
      await page.goto(`${site.origin}/${lang}/workshop/presentera/#steg-${step}`);
      await page.waitForSelector('.presenter--live');
      await check(`presenter slide ${step}`);
    }
    expect(found).toEqual([]);
    expectClean(log);
  }, 180_000);
});
