// The workshop in a real room (issue #12): every slide fits every common projector with no scrolling and
// nothing cut off, at sizes readable from the back; ←/→/PageUp/PageDown navigate and single-key
// shortcuts can be switched off; the speaker view follows the presenter and back; the first slide's QR
// code decodes to the guessing page; a keyboard-only run through the whole presenter.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PRESENTER_STEPS } from '../../src/lib/workshop/presenter-steps';
import { LANGUAGES } from '../../src/i18n/languages';
import { axeViolations, expectClean, openPage, tabTo, textOf as text } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';
import { decodeQr, roomOf } from './workshop-helpers';

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

const TOTAL = PRESENTER_STEPS.length;
const presenter = (lang = 'sv') => `${site.origin}/${lang}/workshop/presentera/`;
const progress = (page: Page) => text(page, '[data-role="progress"]');
const SCREENS = [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [3840, 2160],
] as const;

/** What on the slide shown does not fit: the page or the slide scrolls, or an element lies outside the slide. */
function fitProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const slide = document.querySelector<HTMLElement>('.presenter--live .slide:not([hidden])');
    if (!slide) return ['no slide shown'];
    const root = document.scrollingElement!;
    if (root.scrollHeight > innerHeight + 1 || root.scrollWidth > innerWidth + 1) problems.push(`page scrolls: ${root.scrollWidth} × ${root.scrollHeight}`);
    if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1) {
      problems.push(`slide ${slide.dataset.index} overflows: ${slide.scrollWidth} × ${slide.scrollHeight} in ${slide.clientWidth} × ${slide.clientHeight}`);
    }
    const box = slide.getBoundingClientRect();
    const bar = document.querySelector('.presenter__bar')!.getBoundingClientRect();
    if (box.bottom > bar.top + 1) problems.push('slide runs under the bar');
    // The slide's own blocks (title, chart, discussion …) must not run into each other.
    const blocks = [...slide.children].filter((c) => !c.matches('.slide__notes, .slide__count') && c.getClientRects().length > 0);
    for (let i = 1; i < blocks.length; i++) {
      const above = blocks[i - 1]!.getBoundingClientRect();
      const below = blocks[i]!.getBoundingClientRect();
      if (below.top < above.bottom - 1) problems.push(`slide ${slide.dataset.index}: <${blocks[i]!.tagName.toLowerCase()} class="${blocks[i]!.className}"> overlaps the block above it`);
      // (Glyphs may reach a little past a line box; a fifth of a line is not content spilling out.)
      const style = getComputedStyle(blocks[i - 1]!);
      const overflowing = blocks[i - 1]!.scrollHeight > blocks[i - 1]!.clientHeight + Math.max(1, parseFloat(style.fontSize) * 0.2) && style.overflowY === 'visible';
      if (overflowing) problems.push(`slide ${slide.dataset.index}: <${blocks[i - 1]!.tagName.toLowerCase()} class="${blocks[i - 1]!.className}"> spills out of its box`);
    }
    for (const element of slide.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('.visually-hidden, .slide__notes')) continue;
      const r = element.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        problems.push(`slide ${slide.dataset.index}: <${element.tagName.toLowerCase()} class="${element.className}"> lies outside the slide`);
      }
    }
    return problems;
  });
}

/** The smallest font size of any visible text on the slide shown, and of its body text. */
function textSizes(page: Page): Promise<{ smallest: number; body: number }> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.presenter--live .slide:not([hidden])')!;
    let smallest = Infinity;
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent?.trim() || parent.closest('.visually-hidden, .slide__notes, .slide__count') || parent.getClientRects().length === 0) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(parent).fontSize));
    }
    const bodies = [...slide.querySelectorAll<HTMLElement>('.slide__body, .slide__items li, .slide__discussion li, .slide__cue, .ws-strip__table tbody th, .slide__level')];
    const body = Math.min(...bodies.map((b) => parseFloat(getComputedStyle(b).fontSize)));
    return { smallest, body };
  });
}

describe('slides that fit any projector', () => {
  it('fit every slide on 1024 × 768, 1280 × 720, 1366 × 768, 1920 × 1080 and 4K in every language, with no scrolling and nothing cut off', async () => {
    for (const [width, height] of SCREENS) {
      const { context, page, log } = await openPage(browser, site.origin, { viewport: { width, height } });
      for (const lang of LANGUAGES) {
        await page.goto(presenter(lang));
        for (let i = 1; i <= TOTAL; i++) {
          expect(await fitProblems(page), `${lang} ${width}×${height} slide ${i}`).toEqual([]);
          await page.keyboard.press('ArrowRight');
        }
      }
      expectClean(log);
      await context.close();
    }
  });

  it('fit the answer slides with a room of 30 guesses too, on every screen', async () => {
    for (const [width, height] of SCREENS) {
      const { context, page, log } = await openPage(browser, site.origin, { viewport: { width, height } });
      await page.goto(presenter());
      await page.evaluate((codes) => localStorage.setItem('bip-explorer:workshop:room:v2', JSON.stringify(codes)), roomOf(30));
      for (const lang of LANGUAGES) {
        await page.goto(presenter(lang));
        for (let i = 1; i <= TOTAL; i++) {
          if (PRESENTER_STEPS[i - 1]!.kind === 'reveal') {
            expect(await page.locator(`#steg-${i} .ws-strip`).getAttribute('data-participants')).toBe('30');
            expect(await fitProblems(page), `${lang} ${width}×${height} slide ${i} with a room`).toEqual([]);
          }
          await page.keyboard.press('ArrowRight');
        }
      }
      expectClean(log);
      await context.close();
    }
  });

  it('keep body text at 24 px and every label at 20 px or more on 1024 × 768', async () => {
    const { page } = await openPage(browser, site.origin, { viewport: { width: 1024, height: 768 } });
    await page.goto(presenter());
    await page.evaluate((codes) => localStorage.setItem('bip-explorer:workshop:room:v2', JSON.stringify(codes)), roomOf(12));
    await page.reload();
    for (let i = 1; i <= TOTAL; i++) {
      const sizes = await textSizes(page);
      expect(sizes.body, `slide ${i} body`).toBeGreaterThanOrEqual(23.9);
      expect(sizes.smallest, `slide ${i} smallest`).toBeGreaterThanOrEqual(19.9);
      await page.keyboard.press('ArrowRight');
    }
  });

  it('project no script and no keyboard hints', async () => {
    const { page } = await openPage(browser, site.origin, { viewport: { width: 1280, height: 720 } });
    await page.goto(`${presenter()}#steg-3`);
    expect(await page.locator('.slide__notes:visible').count()).toBe(0);
    expect(await page.locator('.presenter__keys-panel:visible').count()).toBe(0);
    const visible = await page.evaluate(() => document.body.innerText);
    expect(visible).not.toContain('Visa siffrorna och låt dem sjunka in');
    expect(visible).not.toContain('Piltangenter');
  });
});

describe('navigation', () => {
  it('changes slides with ←/→ and PageUp/PageDown (what clickers send) and Home/End; Space and ↓ do not', async () => {
    const { page, log } = await openPage(browser, site.origin, { viewport: { width: 1280, height: 720 } });
    await page.goto(presenter());
    const visible = () => page.$$eval('.slide', (slides) => slides.filter((s) => !(s as HTMLElement).hidden).map((s) => s.getAttribute('data-index')));
    expect(await progress(page)).toBe(`1 / ${TOTAL}`);
    for (const [key, expected] of [['ArrowRight', 2], ['PageDown', 3], ['Space', 3], ['ArrowDown', 3], ['PageUp', 2], ['ArrowLeft', 1], ['ArrowLeft', 1], ['End', TOTAL], ['ArrowRight', TOTAL], ['Home', 1]] as const) {
      await page.keyboard.press(key);
      expect(await progress(page), key).toBe(`${expected} / ${TOTAL}`);
      expect(await visible()).toEqual([String(expected)]);
    }
    // The buttons do the same; the step is kept in the address and a reload stays there.
    await page.click('[data-role="next"]');
    await page.click('[data-role="next"]');
    expect(new URL(page.url()).hash).toBe('#steg-3');
    expect(await text(page, '[data-role="announce"]')).toContain('Bild 3 av');
    await page.reload();
    expect(await progress(page)).toBe(`3 / ${TOTAL}`);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(log);
  });

  it('documents the keys, and lets the presenter switch the single-key shortcuts off (kept after a reload)', async () => {
    const { context, page, log } = await openPage(browser, site.origin, { viewport: { width: 1280, height: 720 } });
    await page.goto(presenter());
    await page.click('.presenter__keys > summary');
    const panel = page.locator('.presenter__keys-panel');
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.locator('dt').allTextContents()).toEqual(['→ eller Page Down', '← eller Page Up', 'Home och End', 'N', 'F']);
    expect(await axeViolations(page)).toEqual([]);
    // On: N opens the speaker view.
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('n')]);
    await speaker.waitForLoadState();
    expect(new URL(speaker.url()).pathname).toBe('/sv/workshop/talarvy/');
    await speaker.close();
    // Off: N and F do nothing.
    await page.uncheck('[data-role="shortcuts"]');
    await page.reload();
    expect(await page.isChecked('[data-role="shortcuts"]')).toBe(false);
    let opened = false;
    context.on('page', () => (opened = true));
    await page.keyboard.press('n');
    await page.keyboard.press('f');
    await page.waitForTimeout(300);
    expect(opened).toBe(false);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expectClean(log);
  });
});

describe('the speaker view', () => {
  it('opens from the presenter, follows it, and moves it: current and next slide, script, timings, clock and timer', async () => {
    const { context, page, log } = await openPage(browser, site.origin, { viewport: { width: 1280, height: 720 } });
    await page.goto(presenter());
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.click('[data-role="speaker"]')]);
    await speaker.setViewportSize({ width: 1366, height: 768 });
    await speaker.waitForLoadState();
    await expect.poll(() => text(speaker, '[data-role="connection"]')).toContain('Följer presentationsvyn');
    expect(await text(speaker, '[data-role="now-progress"]')).toBe(`1 / ${TOTAL}`);
    expect(await text(speaker, '[data-role="elapsed"]')).toBe('0:00');
    expect(await text(speaker, '[data-role="clock"]')).toMatch(/^\d{2}:\d{2}$/);

    // The presenter moves: the speaker view follows, and the first move starts the timer.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => text(speaker, '[data-role="now-progress"]')).toBe(`2 / ${TOTAL}`);
    expect(await speaker.locator('[data-role="now"] .slide:visible').getAttribute('data-index')).toBe('2');
    expect(await speaker.locator('[data-role="next-frame"] .slide:visible').getAttribute('data-index')).toBe('3');
    const script = speaker.locator('[data-role="script"]:visible');
    expect(await script.count()).toBe(1);
    expect(await script.textContent()).toContain('Läs frågan högt');
    expect(await script.locator('.speaker__plan').textContent()).toBe(`Planerat: ${PRESENTER_STEPS[1]!.minutes} min, med start efter ${PRESENTER_STEPS[0]!.minutes} min.`);
    expect(await text(speaker, '[data-role="timer-toggle"]')).toBe('Pausa');
    await expect.poll(() => text(speaker, '[data-role="elapsed"]'), { timeout: 3000 }).not.toBe('0:00');
    expect(await text(speaker, '[data-role="pace"]')).toMatch(/före planen|I fas/);

    // The speaker view moves the presenter, by button and by key (a clicker aimed at this window).
    await speaker.click('[data-role="next"]');
    await expect.poll(() => progress(page)).toBe(`3 / ${TOTAL}`);
    await speaker.keyboard.press('PageDown');
    await expect.poll(() => progress(page)).toBe(`4 / ${TOTAL}`);
    await speaker.keyboard.press('ArrowLeft');
    await expect.poll(() => progress(page)).toBe(`3 / ${TOTAL}`);
    expect(await text(speaker, '[data-role="now-progress"]')).toBe(`3 / ${TOTAL}`);
    // Pausing stops the clock; a reload keeps the count.
    await speaker.click('[data-role="timer-toggle"]');
    const paused = await text(speaker, '[data-role="elapsed"]');
    await speaker.waitForTimeout(1200);
    expect(await text(speaker, '[data-role="elapsed"]')).toBe(paused);
    await speaker.reload();
    expect(await text(speaker, '[data-role="elapsed"]')).toBe(paused);
    expect(await text(speaker, '[data-role="timer-toggle"]')).toBe('Fortsätt');
    expect(await axeViolations(speaker)).toEqual([]);

    // The presenter closes: the speaker view says so and browses on its own.
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => text(speaker, '[data-role="connection"]')).toContain('Ingen presentationsvy');
    await speaker.click('[data-role="next"]');
    expect(await text(speaker, '[data-role="now-progress"]')).toBe(`4 / ${TOTAL}`);
    expectClean(log);
  });

  it('reads without a presenter, and without JavaScript as the script of every slide', async () => {
    const { page } = await openPage(browser, site.origin);
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${site.origin}/sv/workshop/talarvy/`);
    expect(await page.locator('[data-role="script"]:visible').count()).toBe(TOTAL);
    expect(await page.locator('.slide-frame:visible').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('joining in seconds', () => {
  it('puts a QR code on the first slide that decodes to the guessing page in the session\'s language, with the short address beside it', async () => {
    const { page, log } = await openPage(browser, site.origin, { viewport: { width: 1280, height: 720 } });
    for (const lang of LANGUAGES) {
      await page.goto(presenter(lang));
      const expected = new URL(`/${lang}/workshop/gissa/`, 'http://127.0.0.1:4321').href;
      expect(await decodeQr(page, page.locator('#steg-1 .ws-qr')), lang).toBe(expected);
      expect(await text(page, '#steg-1 .ws-join__url')).toBe(`127.0.0.1:4321/${lang}/workshop/gissa`);
      const box = (await page.locator('#steg-1 .ws-qr').boundingBox())!;
      expect(box.width).toBeGreaterThan(280);
    }
    expectClean(log);
  });
});

describe('a keyboard-only run', () => {
  it('runs the presenter and the speaker view by keyboard alone', async () => {
    const { context, page, log } = await openPage(browser, site.origin, { viewport: { width: 1024, height: 768 } });
    await page.goto(presenter());
    await tabTo(page, '[data-role="next"]', 20);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await progress(page)).toBe(`3 / ${TOTAL}`);
    // Focus stays on the button, and the arrow keys still work from there.
    await page.keyboard.press('ArrowRight');
    expect(await progress(page)).toBe(`4 / ${TOTAL}`);
    await tabTo(page, '.presenter__keys > summary', 20);
    await page.keyboard.press('Enter');
    expect(await page.locator('.presenter__keys-panel').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('shortcuts');
    await page.keyboard.press('ArrowLeft');
    expect(await progress(page)).toBe(`3 / ${TOTAL}`);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await page.locator('.presenter__keys-panel').isVisible()).toBe(false);
    // The speaker view by its key, then driven from its own keyboard.
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('n')]);
    await speaker.waitForLoadState();
    await expect.poll(() => text(speaker, '[data-role="now-progress"]')).toBe(`3 / ${TOTAL}`);
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => progress(page)).toBe(`4 / ${TOTAL}`);
    await tabTo(speaker, '[data-role="timer-toggle"]', 20);
    const before = await text(speaker, '[data-role="timer-toggle"]');
    await speaker.keyboard.press('Enter');
    expect(await text(speaker, '[data-role="timer-toggle"]')).not.toBe(before);
    await speaker.keyboard.press('End');
    await expect.poll(() => progress(page)).toBe(`${TOTAL} / ${TOTAL}`);
    // Full screen by its key.
    await page.bringToFront();
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    expect(await fitProblems(page)).toEqual([]);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
    expectClean(log);
  });
});
