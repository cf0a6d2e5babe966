// Screenshots of built pages for looking at them: tsx scripts/screenshot.ts /sv/handlaggarens-tro/ [width] [--no-js] [--query=…] [--click=label]
import { launchBrowser, openPage, serveSite } from '../tests/e2e/harness';

const [path = '/sv/', widthArg = '1280', ...flags] = process.argv.slice(2);
const width = Number(widthArg);
const noJs = flags.includes('--no-js');
const query = flags.find((f) => f.startsWith('--query='))?.slice(8) ?? '';
const at = flags.find((f) => f.startsWith('--at='))?.slice(5);
const clicks = flags.filter((f) => f.startsWith('--click=')).map((f) => f.slice(8));
const site = await serveSite();
const browser = await launchBrowser();
try {
  const { page } = await openPage(browser, site.origin, { viewport: { width, height: 900 }, javaScriptEnabled: !noJs });
  await page.goto(`${site.origin}${path}${query ? `?${query}` : ''}`, { waitUntil: 'networkidle' });
  for (const label of clicks) {
    await page.getByLabel(label).first().check();
    await page.waitForTimeout(600);
  }
  await page.waitForTimeout(400);
  const name = `screenshots/${path.replace(/\//g, '_')}${width}${noJs ? '-nojs' : ''}${query ? `-${query.replace(/[^a-z0-9]+/gi, '_')}` : ''}${clicks.length ? '-clicked' : ''}${at ? `-${at.replace(/[^a-z0-9]+/gi, '_')}` : ''}.png`;
  if (at) {
    const element = page.locator(at).first();
    await element.scrollIntoViewIfNeeded();
    await element.screenshot({ path: name });
  } else {
    await page.screenshot({ path: name, fullPage: true });
  }
  console.log(name);
} finally {
  await browser.close();
  await site.stop();
}
