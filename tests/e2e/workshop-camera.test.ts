// Collecting the room's guesses through the laptop's camera, tested without a camera: the page's
// getUserMedia is replaced by a MediaStream drawn on a canvas, which shows the participants' QR codes one
// after another (issue #12, item 4). The collector must count three participants, once each, say why a QR
// code that is not a code was not counted, and keep everything in the browser.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { compactGroupCode, encodeGroupCode } from '../../src/lib/workshop/group-code';
import { qrSvg } from '../../src/lib/workshop/qr-svg';
import { axeViolations, expectClean, openPage, textOf as text } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';
import { fakeCamera } from './workshop-helpers';

let browser: Browser;
let site: Site;
useSiteAndBrowser((started) => ({ site, browser } = started));

const ROOM = '/sv/workshop/grupp/';
const codes = {
  a: encodeGroupCode({ belief_1: 4, belief_5: 30, share_changed: 35 }, 'AAAA'),
  b: encodeGroupCode({ belief_1: 4, belief_5: 30, share_changed: 35 }, 'BBBB'),
  c: encodeGroupCode({ belief_1: 12, low: 45, high: 90 }, 'CCCC'),
};

const qr = (text: string) => qrSvg(text, { label: 'test' });

describe('the camera collector', () => {
  it('counts three participants from QR codes shown one after another, each once, and says why a QR code that is not a code is not counted', async () => {
    const { context, page, log } = await openPage(browser, site.origin);
    // Nothing yet, A, A again, B (same guesses as A, another person), a QR code with a web address, an empty picture, C, then A again.
    await fakeCamera(context, [null, qr(compactGroupCode(codes.a)), qr(compactGroupCode(codes.a)), qr(compactGroupCode(codes.b)), qr('https://example.org/'), null, qr(compactGroupCode(codes.c)), qr(compactGroupCode(codes.a))]);
    await page.goto(site.origin + ROOM);
    await page.click('[data-role="scan-start"]');
    await expect.poll(() => page.locator('[data-role="scan-view"]').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('scan-stop');
    await expect.poll(() => text(page, '[data-role="count"]'), { timeout: 15_000 }).toBe('3 deltagare i rummet.');
    await page.waitForTimeout(1500);
    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    expect(said).toEqual([
      'Kameran är på. Håll upp en QR-kod i taget.',
      'Ny deltagare – 1 i rummet.',
      'Ny deltagare – 2 i rummet.',
      'QR-koden räknades inte: koden innehåller tecken som inte kan förekomma i en kod (bara siffror och bokstäver, utom I, L, O och U).',
      'Ny deltagare – 3 i rummet.',
      'Den koden är redan räknad.',
    ]);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('bip-explorer:workshop:room:v2') ?? '[]'))).toEqual([codes.a, codes.b, codes.c]);
    expect(await axeViolations(page)).toEqual([]);
    // Stopping releases the camera.
    await page.click('[data-role="scan-stop"]');
    expect(await text(page, '[data-role="scan-status"]')).toBe('Kameran är avstängd.');
    expect(await page.locator('[data-role="scan-view"]').isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.querySelector('video') as HTMLVideoElement).srcObject)).toBeNull();
    expectClean(log);
  });

  it('collects 25 participants in well under a minute, each phone held up for under a second', async () => {
    const { context, page, log } = await openPage(browser, site.origin);
    const room = Array.from({ length: 25 }, (_, i) => encodeGroupCode({ belief_1: i, belief_5: 20 + i }, `${'0123456789ABCDEFGHJKMNPQRSTVWXYZ'[i]}AAA`));
    await fakeCamera(context, [null, ...room.map((code) => qr(compactGroupCode(code)))], 700);
    await page.goto(site.origin + ROOM);
    const started = Date.now();
    await page.click('[data-role="scan-start"]');
    await expect.poll(() => text(page, '[data-role="count"]'), { timeout: 40_000, interval: 250 }).toBe('25 deltagare i rummet.');
    const seconds = (Date.now() - started) / 1000;
    console.log(`25 participants collected in ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(30);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('bip-explorer:workshop:room:v2') ?? '[]'))).toEqual(room);
    expectClean(log);
  });

  it('replaces a participant\'s earlier code when they show a later one', async () => {
    const { context, page, log } = await openPage(browser, site.origin);
    const later = encodeGroupCode({ belief_1: 4, belief_5: 30, share_changed: 35, after_one_change: 40 }, 'AAAA');
    await fakeCamera(context, [qr(compactGroupCode(codes.a)), null, qr(compactGroupCode(later))]);
    await page.goto(site.origin + ROOM);
    await page.click('[data-role="scan-start"]');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __said: string[] }).__said.at(-1)), { timeout: 10_000 }).toBe(
      'En deltagare visade en ny kod, som ersatte den förra – 1 i rummet.',
    );
    expect(await text(page, '[data-role="count"]')).toBe('1 deltagare i rummet.');
    expectClean(log);
  });

  it('says so when the camera may not be used, and the paste field still works', async () => {
    const { context, page, log } = await openPage(browser, site.origin);
    await context.addInitScript(() => {
      MediaDevices.prototype.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.goto(site.origin + ROOM);
    await page.click('[data-role="scan-start"]');
    await expect.poll(() => text(page, '[data-role="scan-status"]')).toBe('Kameran fick inte startas. Tillåt kameran i webbläsarens inställningar, eller klistra in koderna.');
    expect(await page.locator('[data-role="scan-view"]').isVisible()).toBe(false);
    await page.fill('#ws-room-codes', codes.c);
    await page.click('[data-role="add"]');
    expect(await text(page, '[data-role="count"]')).toBe('1 deltagare i rummet.');
    expectClean(log);
  });
});
