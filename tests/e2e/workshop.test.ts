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
import { decodeQr, fakeCamera } from './workshop-helpers';
import { compactGroupCode, encodeGroupCode } from '../../src/lib/workshop/group-code';
import { qrSvg } from '../../src/lib/workshop/qr-svg';

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
  expect(code).toMatch(/^2[0-9A-Z]{3}(-[0-9A-Z]{1,4}){5}$/);
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
    expect(await text(page, '[data-role="code"]')).toMatch(/^2[0-9A-Z]{3}-/);

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

describe('guess first, for real', () => {
  it('asks for a guess before it reveals, and marks an answer seen without one as "no guess"', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(site.origin + QUIZ);
    const section = page.locator('.ws-question[data-question="change_share"]');
    await section.locator('[data-role="reveal"]').click();
    expect(await section.locator('[data-role="result"]').isVisible()).toBe(false);
    expect(await section.locator('[data-role="nudge"]').isVisible()).toBe(true);
    expect(await text(page, '.ws-code [data-role="status"]')).toContain('Gissa först');
    expect(await isFocused(page, '#g-share_changed')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await section.locator('[data-role="reveal-anyway"]').click();
    expect(await section.locator('[data-role="result"]').isVisible()).toBe(true);
    expect(await text(page, '.ws-question[data-question="change_share"] .ws-result__summary')).toBe('Du gissade inte på den här frågan – här är rapportens svar.');
    expect((await rows(page, '.ws-question[data-question="change_share"] [data-role="result"] table'))[0]?.[1]).toBe('ingen gissning');
    expect(await section.locator('[data-role="nudge"]').isVisible()).toBe(false);
    // With a guess, "close" is defined under the summary.
    await page.fill('#g-after_one_change', '45');
    await page.click('.ws-question[data-question="change_drop"] [data-role="reveal"]');
    expect(await text(page, '.ws-question[data-question="change_drop"] .ws-result__summary')).toBe('Du låg nära på 1 av 1 rad.');
    expect(await text(page, '.ws-question[data-question="change_drop"] .ws-result__close')).toContain('högst en femtedel');
    expectClean(log);
  });

  it('shows the participant\'s code as a QR code that decodes to the code itself', async () => {
    const { page, log } = await openPage(browser, site.origin, { viewport: { width: 390, height: 844 } });
    await page.goto(site.origin + QUIZ);
    await page.fill('#g-belief_1', '3');
    await page.fill('#g-high', '85');
    const code = await text(page, '[data-role="code"]');
    const qr = page.locator('[data-role="code-qr"] .ws-qr');
    await qr.scrollIntoViewIfNeeded();
    expect(await decodeQr(page, qr)).toBe(code.replace(/-/g, ''));
    expect(await qr.getAttribute('aria-label')).toBe('QR-kod med din kod till utbildaren');
    // A new guess, a new code and a new QR code, from the same participant.
    await page.fill('#g-low', '40');
    const later = await text(page, '[data-role="code"]');
    expect(later.slice(0, 6)).toBe(code.slice(0, 6));
    expect(await decodeQr(page, qr)).toBe(later.replace(/-/g, ''));
    expect(await axeViolations(page)).toEqual([]);
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
    expect(await text(page, '[data-role="status"]')).toBe('3 nya deltagare. 1 kod fanns redan i rummet och räknas bara en gång. 2 rader kunde inte läsas, se nedan.');
    const problems = await page.$$eval('[data-role="problem-list"] li', (lis) => lis.map((li) => [li.getAttribute('data-problem'), li.textContent ?? '']));
    expect(problems.map((p) => p[0])).toEqual(['wrong_length', 'checksum']);
    expect(normaliseSpace(problems[0]?.[1] ?? '')).toBe('Rad 2 (”hej hej”): koden har fel längd – en kod har 22 tecken. Kontrollera att inget tecken fallit bort. Raden ignorerades.');
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
    const chart = page.locator(`#steg-${revealIndex} [data-role="room"] .ws-strip`);
    expect(await chart.getAttribute('data-participants')).toBe('3');
    // Ja: the published 26,8 beside the room's median 35 (all three answered); one dot per participant.
    // Tvivlar: nobody answered it, so no median, and the count says so.
    const strip = await rows(page, `#steg-${revealIndex} [data-role="room"] table`);
    expect(strip[4]).toEqual(['Ja', '', '26,8', '35']);
    expect(strip[1]).toEqual(['Tvivlar', '', '2,6', '– 0 svar']);
    expect(await page.locator(`#steg-${revealIndex} tr[data-item="belief_5"] .ws-strip__dot`).count()).toBe(3);
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

describe('presenter view without JavaScript', () => {
  it('reads as every slide in order with its script', async () => {
    const { page } = await withoutScripts();
    await page.goto(site.origin + PRESENTER);
    expect(await page.locator('.slide:visible').count()).toBe(TOTAL);
    expect(await page.locator('.slide__notes:visible').count()).toBe(TOTAL);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('handout', () => {
  it('prints to two A4 pages: date, QR code and address, the questions; then every answer in the questions\' units, key figures, discussion', async () => {
    const { context, page, log } = await openPage(browser, site.origin);
    await context.addInitScript({ content: 'window.__printed = 0; window.print = () => { window.__printed++; };' });
    await page.goto(`${site.origin}/sv/workshop/handout/`);
    expect(await axeViolations(page)).toEqual([]);
    // The full key, in the units page 1 asks in (of 100, of 1 000), from published.json.
    const key = await rows(page, '.handout__key');
    const values = key.map((r) => r.at(-2));
    expect(values).toEqual([
      ...[1, 2, 3, 4, 5].map((b) => `${format.decimal(fig(`job_rate_belief_${b}` as 'job_rate_belief_1'), 1)} av 100`),
      `${fig('change_share')} av 100`,
      `${fig('change_rate_after_job') * 10} av 1 000`,
      `${fig('orientation_rate_low') * 10} av 1 000`,
      `${fig('orientation_rate_high') * 10} av 1 000`,
    ].map(normaliseSpace));
    const asked = await page.$$eval('.handout__guesses thead th:nth-child(2)', (ths) => ths.map((th) => th.textContent ?? ''));
    expect(asked.map(normaliseSpace)).toEqual(['Min gissning (av 100)', 'Min gissning (av 100)', 'Min gissning (av 1 000)', 'Min gissning (av 1 000)']);
    expect((await rows(page, '.handout__figures')).map((r) => r[1])).toEqual(['6 %', '−1,3 p.e.', '+1,3 p.e.', '+3,3 p.e.']);
    // The address on both pages, today's date, and a print button.
    expect(await text(page, '.handout .ws-join__url')).toBe('127.0.0.1:4321/sv/workshop/gissa');
    expect(await text(page, '.handout__footer-url')).toBe('Gissningssidan: 127.0.0.1:4321/sv/workshop/gissa');
    const today = new Intl.DateTimeFormat('sv', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    expect(await text(page, '[data-role="today"]')).toBe(today);
    await page.click('[data-role="print"]');
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    // Count the PDF's pages from its page objects.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(2);
    expectClean(log);
  });

  it('prints to two pages in Danish and English too', async () => {
    const { page } = await openPage(browser, site.origin);
    for (const lang of ['da', 'en']) {
      await page.goto(`${site.origin}/${lang}/workshop/handout/`);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, lang).toBe(2);
    }
  });
});

describe('offline after one visit', () => {
  it('says when the offline copy is complete, then loads pages, the speaker view and the camera collector with the network cut', async () => {
    const sw = readFileSync(`${OUT_DIR}/sw.js`, 'utf8');
    expect(sw).toMatch(/const CACHE = 'bip-explorer-[0-9a-f]{16}'/);
    for (const url of ['/sv/workshop/gissa/', '/sv/workshop/presentera/', '/sv/workshop/talarvy/', '/sv/workshop/grupp/', '/sv/workshop/handout/', '/data/sample.csv']) expect(sw).toContain(`"${url}"`);
    // The camera's decoder is a chunk of its own, loaded on first use: it must be precached too.
    expect(sw).toMatch(/"\/_astro\/jsQR\.[\w-]+\.js"/);

    const { context, page, log } = await openPage(browser, site.origin);
    // Automated browsers skip the service worker (so other tests see fresh files); this test opts in.
    await context.addInitScript({ content: "Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });" });
    const code = encodeGroupCode({ belief_1: 6, belief_5: 40 }, 'QQQQ');
    await fakeCamera(context, [null, qrSvg(compactGroupCode(code), { label: 'test' })]);
    await page.goto(site.origin + '/sv/workshop/');
    // Before the worker is ready the check says the copy is not there yet or being saved; then it is complete.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
    await expect.poll(() => text(page, '[data-role="offline-text"]'), { timeout: 10_000 }).toMatch(/^Klar för rummet: offlinekopian är komplett\. Alla \d+ filer/);
    expect(await page.locator('.ws-offline').getAttribute('data-state')).toBe('complete');
    expect(await axeViolations(page)).toEqual([]);
    // A file gone from the cache: the check names it; once it is back, the copy is complete again.
    const cacheOp = (op: 'delete' | 'add') =>
      page.evaluate(async (op) => {
        const cache = await caches.open((await caches.keys()).find((key) => key.startsWith('bip-explorer-'))!);
        if (op === 'delete') await cache.delete('/sv/workshop/talarvy/');
        else await cache.add('/sv/workshop/talarvy/');
      }, op);
    await cacheOp('delete');
    await page.click('[data-role="recheck"]');
    await expect.poll(() => text(page, '[data-role="offline-text"]')).toMatch(/^Offlinekopian är inte komplett: 1 av \d+ filer saknas\./);
    expect(await page.locator('.ws-offline__missing li').allTextContents()).toEqual(['/sv/workshop/talarvy/']);
    expect(await axeViolations(page)).toEqual([]);
    await cacheOp('add');
    await page.click('[data-role="recheck"]');
    await expect.poll(() => text(page, '[data-role="offline-text"]')).toMatch(/^Klar för rummet/);

    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('h1').first().textContent()).toContain('Workshop');
    await expect.poll(() => text(page, '[data-role="offline-text"]'), { timeout: 10_000 }).toMatch(/^Klar för rummet/);
    for (const path of ['/sv/', '/sv/handlaggarens-tro/', PRESENTER, '/sv/workshop/talarvy/', `${ROOM}?kod=junk`]) {
      const response = await page.goto(site.origin + path);
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator('h1').count(), path).toBeGreaterThan(0);
    }
    // The workshop still works: guess, reveal, navigate slides.
    await page.goto(site.origin + QUIZ);
    await page.fill('#g-share_changed', '55');
    await page.click('.ws-question[data-question="change_share"] [data-role="reveal"]');
    expect((await rows(page, '.ws-question[data-question="change_share"] [data-role="result"] table'))[0]?.slice(1, 3)).toEqual(['55', '40']);
    // The presenter and its speaker view, in step, offline.
    await page.goto(site.origin + PRESENTER);
    const speaker = await context.newPage();
    await speaker.goto(`${site.origin}/sv/workshop/talarvy/`);
    await expect.poll(() => text(speaker, '[data-role="connection"]')).toContain('Följer presentationsvyn');
    await page.keyboard.press('End');
    expect(await text(page, '[data-role="progress"]')).toBe(`${TOTAL} / ${TOTAL}`);
    await expect.poll(() => text(speaker, '[data-role="now-progress"]')).toBe(`${TOTAL} / ${TOTAL}`);
    await speaker.click('[data-role="prev"]');
    await expect.poll(() => text(page, '[data-role="progress"]')).toBe(`${TOTAL - 1} / ${TOTAL}`);
    expect(await axeViolations(page)).toEqual([]);
    // The camera collector: its decoder loads from the cache and counts the participant.
    await speaker.goto(site.origin + ROOM);
    await speaker.click('[data-role="scan-start"]');
    await expect.poll(() => text(speaker, '[data-role="count"]'), { timeout: 10_000 }).toBe('1 deltagare i rummet.');
    expect(log.offOrigin).toEqual([]);
  });
});
