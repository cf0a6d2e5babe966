// Helpers shared by the workshop's browser tests: reading a QR code off the screen, and a room of
// participants' codes.
import jsQR from 'jsqr';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { encodeGroupCode, participantIdFromBytes } from '../../src/lib/workshop/group-code';

/** Decodes the QR code shown in `locator` from a screenshot of the page (real pixels, read with jsQR). */
export async function decodeQr(page: Page, locator: Locator): Promise<string | null> {
  const png = (await locator.screenshot()).toString('base64');
  const { width, height, data } = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return { width: canvas.width, height: canvas.height, data: [...context.getImageData(0, 0, canvas.width, canvas.height).data] };
  }, png);
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data ?? null;
}

/** A room of n participants with spread guesses (seeded, so the same every run). */
export function roomOf(n: number): string[] {
  let seed = 11;
  const r = (lo: number, hi: number) => lo + Math.round(((seed = (seed * 16807) % 2147483647) / 2147483647) * (hi - lo));
  return Array.from({ length: n }, (_, i) =>
    encodeGroupCode(
      { belief_1: r(0, 15), belief_2: r(0, 25), belief_3: r(3, 30), belief_4: r(5, 45), belief_5: r(15, 80), share_changed: r(10, 90), after_one_change: r(10, 60), low: r(20, 80), high: r(40, 120) },
      participantIdFromBytes([i, 7, 0]),
    ),
  );
}

/**
 * A fake camera: getUserMedia returns a canvas's stream, which shows `frames` (QR code SVGs, or null for
 * an empty picture) one after another, each for `holdMs`, then stays on the last. Every text the scan
 * status says is recorded in window.__said.
 */
export async function fakeCamera(context: BrowserContext, frames: (string | null)[], holdMs = 900): Promise<void> {
  await context.addInitScript(
    ({ frames, holdMs }) => {
      const said: string[] = [];
      Object.assign(window, { __said: said, __cameraStopped: false });
      new MutationObserver(() => {
        const status = document.querySelector('[data-role="scan-status"]')?.textContent ?? '';
        if (status && said.at(-1) !== status) said.push(status);
      }).observe(document, { subtree: true, childList: true, characterData: true });
      MediaDevices.prototype.getUserMedia = async function getUserMedia() {
        const canvas = document.createElement('canvas');
        canvas.width = 640;
        canvas.height = 480;
        const context = canvas.getContext('2d')!;
        const images = await Promise.all(
          frames.map(async (svg) => {
            if (svg === null) return null;
            const image = new Image();
            image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
            await image.decode();
            return image;
          }),
        );
        const started = performance.now();
        const draw = () => {
          const i = Math.min(images.length - 1, Math.floor((performance.now() - started) / holdMs));
          context.fillStyle = '#d8d2c8';
          context.fillRect(0, 0, 640, 480);
          const image = images[i];
          if (image) context.drawImage(image, 170, 90, 300, 300);
          requestAnimationFrame(draw);
        };
        draw();
        const stream = canvas.captureStream(15);
        stream.getTracks()[0]!.addEventListener('ended', () => Object.assign(window, { __cameraStopped: true }));
        return stream;
      };
    },
    { frames, holdMs },
  );
}
