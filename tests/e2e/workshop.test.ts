// Workshop mode in Chromium: a whole guess-then-reveal flow by keyboard alone, the group-code round
// trip with three participants, the presenter view's navigation, and the site loading with the network
// cut after a first visit. axe in every state; no request leaves the origin; no console errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import published from '../../data/published.json';
import { numberFormatter } from '../../src/lib/format/number-formatter';
import { PRESENTER_STEPS } from '../../src/lib/workshop/presenter-steps';
import { axeViolations, expectClean, normaliseSpace, openPage, OUT_DIR, tableRows as rows, tabTo as tabToWithin, textOf as text, type PageLog } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';

const QUIZ = '/sv/workshop/gissa/';
const ROOM = '/sv/workshop/grupp/';
const PRESENTER = '/sv/workshop/presentera/';
const format = numberFormatter('sv-SE');
const fig = (id: keyof typeof published.figures) => published.figures[id].value;
const TOTAL = PRESENTER_STEPS.length;

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

const isFocused = (page: Page, selector: string) => page.locator(selector).evaluate((e) => e === document.activeElement);
/** Presses Tab until the element has focus (keyboard only), in at most 80 presses; fails if it never does. */
const tabTo = (page: Page, selector: string) => tabToWithin(page, selector, 80);

/**
 * A page whose own scripts never load: what a reader without JavaScript gets. (Disabling JavaScript
 * outright would also stop axe, which runs in the page.)
 */
async function withoutScripts(): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await openPage(browser, site.origin);
  await page.route('**/*.js', (route) => route.abort());
  return { context, page };
}

/** Fills one participant's guesses (not the keyboard test) and returns their group code. */
async function participantCode(guesses: Record<string, number>): Promise<{ code: string; context: BrowserContext; log: PageLog }> {
  const { context, page, log } = await openPage(browser, site.origin);
  await page.goto(site.origin + QUIZ);
  for (const [id, value] of Object.entries(guesses)) await page.fill(`#g-${id}`, String(value));
  const code = await text(page, '[data-role="code"]');
  expect(code).toMatch(/^1[0-9A-Z]{3}(-[0-9A-Z]{1,4}){4}$/);
  return { code, context, log };
}

describe('guess first, then see', () => {
  it('reads without JavaScript: every question, the published answers in <details>, axe clean', async () => {
    const { page } = await withoutScripts();
    await page.goto(site.origin + QUIZ);
    expect(await page.locator('.ws-question').count()).toBe(4);
    expect(await page.locator('[data-role="js-note"]').isVisible()).toBe(true);
    expect(await page.locator('[data-role="guess"]').first().isVisible()).toBe(false);
    await page.locator('details.ws-answer summary').first().click();
    const cells = await rows(page, '.ws-question[data-question="belief"] .ws-bars__table');
    expect(cells.map((r) => r[1])).toEqual([1, 2, 3, 4, 5].map((b) => normaliseSpace(format.decimal(fig(`job_rate_belief_${b}` as 'job_rate_belief_1'), 1))));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('runs a whole guess-then-reveal flow by keyboard alone, typing and using the slider', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(site.origin + QUIZ);
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, '#g-belief_1');
    await page.keyboard.type('2');
    await tabTo(page, '#g-belief_2');
    await page.keyboard.type('5');
    // The slider for "Varierar": Home to 0, then eight steps right.
    await tabTo(page, 'input[data-role="range"][data-item="belief_3"]');
    await page.keyboard.press('Home');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    expect(await page.inputValue('#g-belief_3')).toBe('8');
    await tabTo(page, '#g-belief_4');
    await page.keyboard.type('tolv');
    // A typed non-number is named and not counted.
    expect(await page.locator('#g-belief_4-error').isVisible()).toBe(true);
    expect(await page.getAttribute('#g-belief_4', 'aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('12');
    expect(await page.locator('#g-belief_4-error').isVisible()).toBe(false);
    await tabTo(page, '#g-belief_5');
    await page.keyboard.type('40');

    const stored = await page.evaluate(() => localStorage.getItem('bip-explorer:workshop:guesses:v1'));
    expect(JSON.parse(stored!)).toEqual({ belief_1: 2, belief_2: 5, belief_3: 8, belief_4: 12, belief_5: 40 });
    expect(await text(page, '[data-role="code"]')).toMatch(/^1[0-9A-Z]{3}-/);

    await tabTo(page, '.ws-question[data-question="belief"] [data-role="reveal"]');
    await page.keyboard.press('Enter');
    // Focus moves to the result, which lists guess, published figure and how far off each guess was.
    expect(await isFocused(page, '#q-belief-result')).toBe(true);
    const cells = await rows(page, '.ws-question[data-question="belief"] [data-role="result"] table');
    expect(cells.map((r) => r[1])).toEqual(['2', '5', '8', '12', '40']);
    expect(cells.map((r) => r[2])).toEqual(['1,1', '2,6', '5,1', '10,4', '26,8']);
    expect(cells.map((r) => r[3])).toEqual(['+0,9 (nära)', '+2,4 (för högt)', '+2,9 (för högt)', '+1,6 (nära)', '+13,2 (för högt)']);
    expect(await text(page, '.ws-question[data-question="belief"] .ws-result__summary')).toBe('Du låg nära på 2 av 5 rader.');
    expect(await text(page, '.ws-question[data-question="belief"] [data-role="result"] .ws-discuss')).toContain('Att diskutera');
    expect(await page.locator('#g-belief_1').isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // The same by keyboard for the caseworker-change drop (of 1000): the published answer is 4.7 % → 47.
    await tabTo(page, '#g-after_one_change');
    await page.keyboard.type('30');
    await tabTo(page, '.ws-question[data-question="change_drop"] [data-role="reveal"]');
    await page.keyboard.press('Space');
    const drop = await rows(page, '.ws-question[data-question="change_drop"] [data-role="result"] table');
    expect(drop).toEqual([['Efter ett byte', '30', String(fig('change_rate_after_job') * 10), '−17 (för lågt)']]);

    // A reload keeps the guesses and the revealed answers (localStorage), and nothing left the browser.
    await page.reload();
    expect(await page.locator('.ws-question[data-question="belief"] [data-role="result"]').isVisible()).toBe(true);
    expect(await page.inputValue('#g-belief_5')).toBe('40');
    expectClean(log);
  });
});

describe('group mode without a server', () => {
  it('takes three participants\' codes, ignores malformed ones with a clear message, and shows median and spread vs the truth', async () => {
    const participants = [
      { belief_1: 5, belief_5: 20, share_changed: 30, after_one_change: 50, low: 40, high: 60 },
      { belief_1: 10, belief_5: 50, share_changed: 60, after_one_change: 55, low: 50, high: 90 },
      { belief_1: 2, belief_5: 35, share_changed: 25, after_one_change: 20, low: 45, high: 80 },
    ];
    const codes: string[] = [];
    for (const guesses of participants) {
      const { code, context, log } = await participantCode(guesses);
      codes.push(code);
      expectClean(log);
      await context.close();
    }
    expect(new Set(codes).size).toBe(3);

    const { page, log } = await openPage(browser, site.origin);
    await page.goto(site.origin + ROOM);
    expect(await axeViolations(page)).toEqual([]);
    const [first, second, third] = codes as [string, string, string];
    const typo = first.slice(0, 6) + (first[6] === 'A' ? 'B' : 'A') + first.slice(7);
    await page.fill('#ws-room-codes', [first, 'hej hej', second.toLowerCase(), typo, '', third, first].join('\n'));
    await page.click('[data-role="add"]');
    expect(await text(page, '[data-role="count"]')).toBe('3 deltagare i rummet.');
    expect(await text(page, '[data-role="status"]')).toBe('3 kod(er) lades till.');
    const problems = await page.$$eval('[data-role="problem-list"] li', (lis) => lis.map((li) => [li.getAttribute('data-problem'), li.textContent ?? '']));
    expect(problems.map((p) => p[0])).toEqual(['wrong_length', 'checksum', 'duplicate']);
    expect(normaliseSpace(problems[0]?.[1] ?? '')).toBe('Rad 2 (”hej hej”): koden har fel längd – en kod har 18 tecken. Kontrollera att inget tecken fallit bort. Raden ignorerades.');
    expect(problems[1]?.[1]).toContain('felskrivet');
    expect(await axeViolations(page)).toEqual([]);

    // Medians of (5, 10, 2), (20, 50, 35), (30, 60, 25) … against the published figures.
    const belief = await rows(page, '.ws-room__question[data-question="belief"] table');
    expect(belief[0]?.slice(0, 7)).toEqual(['Nej', '5 (+3,9)', '3,5–7,5', '2–10', '1,1', '3', '3']);
    expect(belief[4]?.slice(0, 7)).toEqual(['Ja', '35 (+8,2)', '27,5–42,5', '20–50', '26,8', '3', '2']);
    expect(belief[1]?.slice(1, 6)).toEqual(['–', '–', '–', '2,6', '0']);
    const share = await rows(page, '.ws-room__question[data-question="change_share"] table');
    expect(share[0]?.slice(0, 5)).toEqual(['Minst ett byte', '30 (−10)', '27,5–45', '25–60', '40']);
    const orientation = await rows(page, '.ws-room__question[data-question="orientation"] table');
    expect(orientation.map((r) => r.slice(0, 5))).toEqual([
      ['Låg jobbfokusering', '45 (−8)', '42,5–47,5', '40–50', '53'],
      ['Hög jobbfokusering', '80 (+10)', '70–85', '60–90', '70'],
    ]);
    // Kept in this browser only, so the presenter view on the same laptop shows the room on reveal slides.
    await page.reload();
    expect(await text(page, '[data-role="count"]')).toBe('3 deltagare i rummet.');
    const revealIndex = PRESENTER_STEPS.findIndex((s) => s.id === 'belief_reveal') + 1;
    await page.goto(`${site.origin}${PRESENTER}#steg-${revealIndex}`);
    const room = page.locator(`#steg-${revealIndex} [data-role="room"]`);
    expect(await room.isVisible()).toBe(true);
    expect(normaliseSpace((await room.locator('h3').textContent()) ?? '')).toBe('Rummets median (3 deltagare)');
    expect((await rows(page, `#steg-${revealIndex} [data-role="room"] table`))[4]).toEqual(['Ja', '35 (+8,2)', '27,5–42,5', '26,8']);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(site.origin + ROOM);
    await page.click('[data-role="clear"]');
    expect(await text(page, '[data-role="count"]')).toBe('Inga koder ännu.');
    expectClean(log);
  });

  it('adds a code that arrives as a link, and reads a malformed link as a message, not a crash', async () => {
    const { code, context: participant } = await participantCode({ belief_1: 7 });
    await participant.close();
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}${ROOM}?kod=${encodeURIComponent(code)}&kod=XYZ`);
    expect(await text(page, '[data-role="count"]')).toBe('1 deltagare i rummet.');
    expect(await page.locator('[data-role="problem-list"] li').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(log);
  });
});

describe('presenter view', () => {
  it('navigates by arrows, space, PageUp/PageDown, Home and End with a progress indicator', async () => {
    const { page, log } = await openPage(browser, site.origin, { viewport: { width: 1920, height: 1080 } });
    await page.goto(site.origin + PRESENTER);
    const progress = () => text(page, '[data-role="progress"]');
    const visible = () => page.$$eval('.slide', (slides) => slides.filter((s) => !(s as HTMLElement).hidden).map((s) => s.getAttribute('data-index')));
    expect(await progress()).toBe(`1 / ${TOTAL}`);
    expect(await visible()).toEqual(['1']);
    expect(await axeViolations(page)).toEqual([]);
    for (const [key, expected] of [['ArrowRight', 2], ['Space', 3], ['PageDown', 4], ['ArrowDown', 5], ['PageUp', 4], ['ArrowLeft', 3], ['ArrowUp', 2], ['End', TOTAL], ['ArrowRight', TOTAL], ['Home', 1], ['ArrowLeft', 1]] as const) {
      await page.keyboard.press(key);
      expect(await progress(), key).toBe(`${expected} / ${TOTAL}`);
      expect(await visible()).toEqual([String(expected)]);
    }
    expect(await page.locator('[data-role="prev"]').isDisabled()).toBe(true);
    // The buttons do the same; the step is kept in the address.
    await page.click('[data-role="next"]');
    await page.click('[data-role="next"]');
    expect(await progress()).toBe(`3 / ${TOTAL}`);
    expect(new URL(page.url()).hash).toBe('#steg-3');
    expect(await text(page, '[data-role="announce"]')).toContain('Bild 3 av');
    // Step 3 reveals the belief rates from published.json.
    const bars = await rows(page, '#steg-3 .ws-bars__table');
    expect(bars.map((r) => r[1])).toEqual(['1,1', '2,6', '5,1', '10,4', '26,8']);

    // Facilitator notes: N and the button toggle them.
    const notes = page.locator('#steg-3 .slide__notes');
    expect(await notes.isVisible()).toBe(false);
    await page.keyboard.press('n');
    expect(await notes.isVisible()).toBe(true);
    expect(await page.getAttribute('[data-role="notes"]', 'aria-expanded')).toBe('true');
    expect(normaliseSpace((await notes.textContent()) ?? '')).toMatch(/\d+ min/);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-role="notes"]');
    expect(await notes.isVisible()).toBe(false);

    // Full screen through the Fullscreen API, from the button.
    await page.click('[data-role="fullscreen"]');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await expect.poll(() => text(page, '[data-role="fullscreen"]')).toBe('Lämna helskärm');
    await page.keyboard.press('ArrowRight');
    expect(await progress()).toBe(`4 / ${TOTAL}`);
    await page.click('[data-role="fullscreen"]');
    await page.waitForFunction(() => document.fullscreenElement === null);

    await page.goto(`${site.origin}${PRESENTER}#steg-5`);
    expect(await progress()).toBe(`5 / ${TOTAL}`);

    // Bars are drawn to scale: on the terciles slide, 53 and 70 of 1000 give bars in that ratio.
    const terciles = PRESENTER_STEPS.findIndex((s) => s.id === 'orientation_reveal') + 1;
    await page.goto(`${site.origin}${PRESENTER}#steg-${terciles}`);
    const widths = await page.$$eval(`#steg-${terciles} .ws-bar`, (bars) => bars.map((b) => b.getBoundingClientRect().width));
    expect(widths).toHaveLength(2);
    expect(widths[0]! / widths[1]!).toBeCloseTo(fig('orientation_rate_low') / fig('orientation_rate_high'), 2);
    expectClean(log);
  });

  it('reads without JavaScript as every slide in order with its script', async () => {
    const { page } = await withoutScripts();
    await page.goto(site.origin + PRESENTER);
    expect(await page.locator('.slide:visible').count()).toBe(TOTAL);
    expect(await page.locator('.slide__notes:visible').count()).toBe(TOTAL);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('handout', () => {
  it('prints to A4: questions on page 1, published key figures and discussion on page 2', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/sv/workshop/handout/`);
    expect(await axeViolations(page)).toEqual([]);
    const figures = await rows(page, '.handout__figures');
    expect(figures.find((r) => r[0]?.includes('Nej'))?.[1]).toBe('1,1 %');
    expect(figures.find((r) => r[0]?.includes('minst en gång'))?.[1]).toBe('40 %');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    // Count the PDF's pages from its page objects.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(2);
    expectClean(log);
  });
});

describe('offline after one visit', () => {
  it('loads pages and runs the workshop with the network cut', async () => {
    const sw = readFileSync(`${OUT_DIR}/sw.js`, 'utf8');
    expect(sw).toMatch(/const CACHE = 'bip-explorer-[0-9a-f]{16}'/);
    for (const url of ['/sv/workshop/gissa/', '/sv/workshop/presentera/', '/sv/workshop/handout/', '/data/sample.csv']) expect(sw).toContain(`"${url}"`);

    const { context, page, log } = await openPage(browser, site.origin);
    // Automated browsers skip the service worker (so other tests see fresh files); this test opts in.
    await context.addInitScript({ content: "Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });" });
    await page.goto(site.origin + '/sv/workshop/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });

    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('h1').first().textContent()).toContain('Workshop');
    for (const path of ['/sv/', '/sv/handlaggarens-tro/', PRESENTER, `${ROOM}?kod=junk`]) {
      const response = await page.goto(site.origin + path);
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator('h1').count(), path).toBeGreaterThan(0);
    }
    // The workshop still works: guess, reveal, navigate slides.
    await page.goto(site.origin + QUIZ);
    await page.fill('#g-share_changed', '55');
    await page.click('.ws-question[data-question="change_share"] [data-role="reveal"]');
    expect((await rows(page, '.ws-question[data-question="change_share"] [data-role="result"] table'))[0]?.slice(1, 3)).toEqual(['55', '40']);
    await page.goto(site.origin + PRESENTER);
    await page.keyboard.press('End');
    expect(await text(page, '[data-role="progress"]')).toBe(`${TOTAL} / ${TOTAL}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(log.offOrigin).toEqual([]);
  });
});
