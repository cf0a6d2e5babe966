// Screenshots of built pages for looking at them, one server and one browser for all of them:
//   tsx scripts/screenshot.ts /sv/handlaggarens-tro/ /da/ [--widths=1280,390] [--height=900] [--no-js] [--query=…] [--click=label] [--at=selector]
// Writes screenshots/<path>_<width>….png (full page unless --at names an element) and prints the names.
import { mkdirSync } from 'node:fs';
import { launchBrowser, openPage, serveSite } from '../tests/e2e/harness';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const paths = args.filter((a) => a.startsWith('/'));
const widths = (flag('widths') ?? args.find((a) => /^\d+$/.test(a)) ?? '1280').split(',').map(Number);
const height = Number(flag('height') ?? 900);
const noJs = args.includes('--no-js');
const query = flag('query') ?? '';
const at = flag('at');
const clicks = args.filter((a) => a.startsWith('--click=')).map((a) => a.slice(8));
mkdirSync('screenshots', { recursive: true });
const site = await serveSite();
const browser = await launchBrowser();
try {
  for (const path of paths.length ? paths : ['/sv/']) {
    for (const width of widths) {
      const { context, page } = await openPage(browser, site.origin, { viewport: { width, height }, javaScriptEnabled: !noJs });
      await page.goto(`${site.origin}${path}${query ? `?${query}` : ''}`, { waitUntil: 'networkidle' });
      for (const label of clicks) {
        await page.getByLabel(label).first().check();
        await page.waitForTimeout(600);
      }
      await page.waitForTimeout(300);
      const name = `screenshots/${path.replace(/\//g, '_')}${width}${noJs ? '-nojs' : ''}${query ? `-${query.replace(/[^a-z0-9]+/gi, '_')}` : ''}${clicks.length ? '-clicked' : ''}${at ? `-${at.replace(/[^a-z0-9]+/gi, '_')}` : ''}.png`;
      if (at) {
        const element = page.locator(at).first();
        await element.scrollIntoViewIfNeeded();
        await element.screenshot({ path: name });
      } else {
        await page.screenshot({ path: name, fullPage: !flag('height') });
      }
      console.log(name);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.stop();
}
