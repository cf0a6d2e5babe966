// The room counts people and loses nothing (issue #12, item 8): codes carry a participant id, so two
// people with the same guesses are two and one person's later code replaces the earlier one; a code made
// in one language edition is read in another; tabs share the room live (and the presenter follows);
// codes from a link are added once, after a confirmation when there are many, and the address is
// cleaned; a huge paste gets a short, bounded answer.
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { encodeGroupCode, participantIdFromBytes } from '../../src/lib/workshop/group-code';
import { PRESENTER_STEPS } from '../../src/lib/workshop/presenter-steps';
import { axeViolations, expectClean, openPage, textOf as text, type PageLog } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

/** Participant number i's id: distinct for i < 2^20. */
const id = (i: number) => participantIdFromBytes([(i >> 12) & 0xff, (i >> 4) & 0xff, (i & 0xf) << 4]);
const codeOf = (i: number, belief1 = 5) => encodeGroupCode({ belief_1: belief1 }, id(i));
const count = (page: Page) => text(page, '[data-role="count"]');
const storedRoom = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('bip-explorer:workshop:room:v2') ?? '[]') as string[]);

/** Fills guesses on a guessing page (any language) and returns the code it shows. */
async function guessAndCode(page: Page, origin: string, lang: string, guesses: Record<string, number>): Promise<string> {
  await page.goto(`${origin}/${lang}/workshop/gissa/`);
  for (const [item, value] of Object.entries(guesses)) await page.fill(`#g-${item}`, String(value));
  return text(page, '[data-role="code"]');
}

async function paste(page: Page, codes: string): Promise<void> {
  await page.fill('#ws-room-codes', codes);
  await page.click('[data-role="add"]');
}

describe('the room counts people', () => {
  it('counts two people with the same guesses twice, and a participant\'s later code once, replacing the first', async () => {
    const same = { belief_1: 5, belief_5: 30 };
    const one: { context: BrowserContext; page: Page; log: PageLog } = await openPage(browser, site.origin);
    const two = await openPage(browser, site.origin);
    const codeA = await guessAndCode(one.page, site.origin, 'sv', same);
    const codeB = await guessAndCode(two.page, site.origin, 'sv', same);
    expect(codeA).not.toBe(codeB);
    // Participant A guesses on, after question 1: a new code from the same participant.
    await one.page.fill('#g-share_changed', '35');
    const codeA2 = await text(one.page, '[data-role="code"]');
    expect(codeA2).not.toBe(codeA);
    expect(codeA2.slice(0, 6)).toBe(codeA.slice(0, 6));

    const { page, log } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/sv/workshop/grupp/`);
    await paste(page, `${codeA}\n${codeB}`);
    expect(await count(page)).toBe('2 deltagare i rummet.');
    await paste(page, codeA2);
    expect(await count(page)).toBe('2 deltagare i rummet.');
    expect(await text(page, '[data-role="status"]')).toBe('1 deltagare skickade en ny kod, som ersatte den förra.');
    expect(await storedRoom(page)).toEqual([codeA2, codeB]);
    // The share question now has one answer (A's later code), belief_1 two.
    const n = await page.$$eval('.ws-room__question td[data-role="n"]', (cells) => cells.map((c) => c.textContent));
    expect(n.slice(0, 1)).toEqual(['2']);
    expect(await page.locator('.ws-room__question[data-question="change_share"] td[data-role="n"]').textContent()).toBe('1');
    expect(await axeViolations(page)).toEqual([]);
    for (const l of [one.log, two.log, log]) expectClean(l);
  });

  it('reads a code made on the Danish page on the English one (codes are language-neutral)', async () => {
    const { page, log } = await openPage(browser, site.origin);
    const code = await guessAndCode(page, site.origin, 'da', { belief_2: 4, high: 80 });
    await page.goto(`${site.origin}/en/workshop/grupp/`);
    await paste(page, code);
    expect(await count(page)).toBe('1 participant in the room.');
    expect(await text(page, '[data-role="status"]')).toBe('1 new participant.');
    expectClean(log);
  });
});

describe('the room loses nothing', () => {
  it('shares the room live between tabs: codes added in one tab appear in the other, and neither overwrites the other', async () => {
    const { context, page: first, log } = await openPage(browser, site.origin);
    const [c0, c1, c2, c3] = [0, 1, 2, 3].map((i) => codeOf(i, 10 + i)) as [string, string, string, string];
    await first.goto(`${site.origin}/sv/workshop/grupp/?kod=${c0}`);
    const second = await context.newPage();
    await second.goto(`${site.origin}/sv/workshop/grupp/?kod=${c1}&kod=${c2}`);
    await paste(first, c3);
    expect(await count(first)).toBe('4 deltagare i rummet.');
    await expect.poll(() => count(second)).toBe('4 deltagare i rummet.');
    expect(await storedRoom(second)).toEqual([c0, c1, c2, c3]);
    // Emptying the room in one tab empties it in the other.
    await second.click('[data-role="clear"]');
    await expect.poll(() => count(first)).toBe('Inga koder ännu.');
    expectClean(log);
  });

  it('shows codes collected after the presenter was opened, as they arrive', async () => {
    const { context, page: presenter, log } = await openPage(browser, site.origin, { viewport: { width: 1920, height: 1080 } });
    const reveal = PRESENTER_STEPS.findIndex((s) => s.id === 'belief_reveal') + 1;
    await presenter.goto(`${site.origin}/sv/workshop/presentera/#steg-${reveal}`);
    const strip = () => presenter.locator(`#steg-${reveal} [data-role="room"] .ws-strip`).getAttribute('data-participants');
    expect(await strip()).toBe('0');
    const collector = await context.newPage();
    await collector.goto(`${site.origin}/sv/workshop/grupp/`);
    await paste(collector, `${codeOf(7, 4)}\n${codeOf(8, 6)}`);
    await expect.poll(strip).toBe('2');
    expect(await presenter.locator(`#steg-${reveal} tr[data-item="belief_1"] .ws-strip__dot`).count()).toBe(2);
    await paste(collector, codeOf(9, 8));
    await expect.poll(strip).toBe('3');
    expect(await presenter.locator(`#steg-${reveal} .ws-strip__legend`).textContent()).toContain('3 deltagare');
    expectClean(log);
  });

  it('adds the codes of a link once, and the address no longer carries them', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/sv/workshop/grupp/?kod=${codeOf(20)}&kod=${codeOf(21)}#x`);
    expect(await count(page)).toBe('2 deltagare i rummet.');
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('#x');
    await page.click('[data-role="clear"]');
    await page.reload();
    expect(await count(page)).toBe('Inga koder ännu.');
    expectClean(log);
  });

  it('asks before adding a link with 300 codes, says how many, and adds nothing when the trainer declines', async () => {
    const { page, log } = await openPage(browser, site.origin);
    // 300 codes make a 9 KB address (the preview server, like many, refuses much longer ones).
    const query = Array.from({ length: 300 }, (_, i) => `kod=${codeOf(100 + i)}`).join('&');
    await page.goto(`${site.origin}/sv/workshop/grupp/?${query}`);
    const confirm = page.locator('[data-role="link-confirm"]');
    expect(await confirm.isVisible()).toBe(true);
    expect(await text(page, '[data-role="link-question"]')).toBe('Länken innehåller 300 koder. Vill du lägga till dem i rummet?');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('link-question');
    expect(await count(page)).toBe('Inga koder ännu.');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-role="link-skip"]');
    expect(await confirm.isVisible()).toBe(false);
    expect(await text(page, '[data-role="status"]')).toBe('Koderna i länken lades inte till.');
    expect(new URL(page.url()).search).toBe('');
    await page.reload();
    expect(await confirm.isVisible()).toBe(false);
    expect(await count(page)).toBe('Inga koder ännu.');

    // Accepted: added once, and the address is cleaned.
    await page.goto(`${site.origin}/sv/workshop/grupp/?${query}`);
    await page.click('[data-role="link-add"]');
    expect(await count(page)).toBe('300 deltagare i rummet.');
    expect(await text(page, '[data-role="status"]')).toBe('300 nya deltagare.');
    expect(new URL(page.url()).search).toBe('');
    await page.reload();
    expect(await count(page)).toBe('300 deltagare i rummet.');
    expectClean(log);
  });

  it('answers a paste of 130 000 lines quickly with a short message, and no error', async () => {
    const { page, log } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/sv/workshop/grupp/`);
    const ms = await page.evaluate(() => {
      const textarea = document.querySelector<HTMLTextAreaElement>('#ws-room-codes')!;
      textarea.value = Array.from({ length: 130_000 }, (_, i) => `rad ${i}`).join('\n');
      const started = performance.now();
      document.querySelector<HTMLButtonElement>('[data-role="add"]')!.click();
      return performance.now() - started;
    });
    expect(ms).toBeLessThan(1500);
    expect(await text(page, '[data-role="status"]')).toBe('1 000 rader kunde inte läsas, se nedan. 129 000 rader till lästes inte: högst 1 000 rader läses åt gången.');
    expect(await page.locator('[data-role="problem-list"] li').count()).toBe(21);
    expect(await text(page, '[data-role="problem-list"] li[data-problem="more"]')).toBe('… och 980 rader till som inte kunde läsas.');
    expectClean(log);
  });
});

describe('the room on a phone', () => {
  it('breaks lines between words only, never inside one ("Tviv/lar"), in every language', async () => {
    const { page, log } = await openPage(browser, site.origin, { viewport: { width: 360, height: 740 } });
    for (const lang of ['sv', 'da', 'en']) {
      await page.goto(`${site.origin}/${lang}/workshop/grupp/`);
      await paste(page, [1, 2, 3].map((i) => codeOf(300 + i, 10 * i)).join('\n'));
      const broken = await page.evaluate(() => {
        const found: string[] = [];
        const root = document.querySelector('.ws-room')!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (parent.closest('.visually-hidden, [hidden], textarea') || parent.getClientRects().length === 0) continue;
          const text = node.textContent ?? '';
          for (const match of text.matchAll(/[^\s–-]+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (tops.size > 1) found.push(match[0]);
          }
        }
        return found;
      });
      expect(broken, lang).toEqual([]);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth)).toBe(true);
      await page.click('[data-role="clear"]');
    }
    expectClean(log);
  });
});

describe('counting hands', () => {
  it('takes hand counts per range as guesses at the range\'s middle, beside the codes, on the group page and the slides', async () => {
    const { context, page, log } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/sv/workshop/grupp/`);
    await paste(page, codeOf(400, 10));
    await page.click('.ws-hands > summary');
    // Nej: 3 hands for 0–4, 1 for 5–9.
    await page.fill('input[data-role="hand"][data-item="belief_1"][data-range="0"]', '3');
    await page.fill('input[data-role="hand"][data-item="belief_1"][data-range="1"]', '1');
    expect(await text(page, '[data-role="hands-count"]')).toBe('4 personer räknade med händer.');
    expect(await text(page, '[data-role="count"]')).toBe('1 deltagare i rummet.');
    // Nej: 2, 2, 2, 7 and the code's 10 → median 2.
    const nej = (await page.$$eval('.ws-room__question[data-question="belief"] tbody tr:first-child td', (tds) => tds.map((td) => td.textContent ?? '')))[0];
    expect(nej?.replace(/\s+/g, ' ')).toBe('2 (+0,9)');
    expect(await page.getAttribute('input[data-role="hand"][data-item="belief_1"][data-range="0"]', 'aria-labelledby')).toBe('hands-belief_1 hands-belief-r0');
    expect(await axeViolations(page)).toEqual([]);

    const presenter = await context.newPage();
    const reveal = PRESENTER_STEPS.findIndex((s) => s.id === 'belief_reveal') + 1;
    await presenter.goto(`${site.origin}/sv/workshop/presentera/#steg-${reveal}`);
    expect(await presenter.locator(`#steg-${reveal} .ws-strip`).getAttribute('data-participants')).toBe('5');
    expect(await presenter.locator(`#steg-${reveal} tr[data-item="belief_1"] .ws-strip__dot`).count()).toBe(5);
    // A change on the group page reaches the open presenter; a reload keeps the counts; emptying the room clears them.
    await page.fill('input[data-role="hand"][data-item="belief_1"][data-range="1"]', '3');
    await expect.poll(() => presenter.locator(`#steg-${reveal} .ws-strip`).getAttribute('data-participants')).toBe('7');
    await page.reload();
    expect(await page.inputValue('input[data-role="hand"][data-item="belief_1"][data-range="1"]')).toBe('3');
    await page.click('[data-role="clear"]');
    expect(await page.locator('[data-role="hands-count"]').isVisible()).toBe(false);
    await expect.poll(() => presenter.locator(`#steg-${reveal} .ws-strip`).getAttribute('data-participants')).toBe('0');
    expectClean(log);
  });
});
