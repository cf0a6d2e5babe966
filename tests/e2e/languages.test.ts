// The three editions side by side, read from the built site: the same pages in every language, each
// page in its own language (html lang, hreflang alternates, no Swedish words outside lang="sv"
// passages), the same published figures in each language's number format; and, in Chromium, the root
// chooser and the language picker that keeps the page, the view and the anchor.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import published from '../../data/published.json';
import { LANGUAGES, LOCALES, type Lang } from '../../src/i18n/languages';
import { numberFormatter } from '../../src/lib/format/number-formatter';
import { OUT_DIR, axeViolations, normaliseSpace, openPage, tabTo } from './harness';
import { useSiteAndBrowser, type Site } from './use-site';

/** Every built HTML page under a folder, as paths relative to it ("workshop/gissa/index.html"). */
function htmlUnder(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlUnder(path, root);
    return name.endsWith('.html') ? [relative(root, path)] : [];
  });
}

const pagesOf = (lang: Lang) => htmlUnder(join(OUT_DIR, lang)).sort();
const documentOf = (lang: Lang, page: string) => parseHTML(readFileSync(join(OUT_DIR, lang, page), 'utf8')).document;

/**
 * Swedish words that neither Danish nor English uses (Danish shares "eller", "men", "som" …, so those
 * are not listed), and the letters ä and ö, which Danish writes æ and ø.
 */
export const SWEDISH_ONLY = ['handläggare', 'handläggaren', 'handläggarens', 'och', 'inte', 'jobbfokusering', 'syntetiskt', 'urval', 'urvalet', 'även', 'också', 'inom', 'procentenheter', 'utbildning', 'arbetslösa', 'klienten', 'tror du att'];

/** The Swedish words (and ä/ö words) in a page's visible text outside passages marked lang="sv". */
export function swedishOutsideQuotes(html: string): string[] {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('[lang|="sv"], script, style, template, svg title')) if (el !== document.documentElement) el.remove();
  // Attributes a reader hears or sees: titles, labels and alternative texts.
  const attributes = [...document.querySelectorAll('[title], [aria-label], [alt], [placeholder]')].flatMap((el) =>
    ['title', 'aria-label', 'alt', 'placeholder'].map((name) => el.getAttribute(name) ?? ''),
  );
  // Addresses are not language: a shown link ("…/da/jobbfokusering/#figur-…", in a citation) keeps the shared slug.
  const text = normaliseSpace([document.title, document.body?.textContent ?? '', ...attributes].join(' '))
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .toLowerCase();
  const words = SWEDISH_ONLY.filter((word) => new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}-])`, 'u').test(text));
  const letters = [...new Set(text.match(/[\p{L}-]*[äö][\p{L}-]*/gu) ?? [])];
  return [...words, ...letters];
}

describe('the three editions', () => {
  it('have the same pages in every language, and the data files are still emitted (withastro/astro#14359)', () => {
    const sv = pagesOf('sv');
    expect(sv.length).toBeGreaterThan(15);
    for (const lang of LANGUAGES) expect(pagesOf(lang), lang).toEqual(sv);
    expect(existsSync(join(OUT_DIR, 'data/sample.csv'))).toBe(true);
    expect(existsSync(join(OUT_DIR, 'data/published.json'))).toBe(true);
  });

  it('set html lang and link every page to itself in all languages with hreflang, plus x-default', () => {
    for (const lang of LANGUAGES) {
      for (const page of pagesOf(lang)) {
        const document = documentOf(lang, page);
        expect(document.documentElement.getAttribute('lang'), `${lang}/${page}`).toBe(lang);
        const alternates = Object.fromEntries(
          [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
        );
        const path = `/${page.replace(/index\.html$/, '')}`;
        const expected = Object.fromEntries([...LANGUAGES.map((code) => [code, `/${code}${path}`]), ['x-default', `/sv${path}`]]);
        expect(alternates, `${lang}/${page}`).toEqual(expected);
      }
    }
  });

  it('write Danish and English pages with no Swedish words outside passages marked lang="sv"', () => {
    const problems = LANGUAGES.filter((lang) => lang !== 'sv').flatMap((lang) =>
      pagesOf(lang).flatMap((page) => swedishOutsideQuotes(readFileSync(join(OUT_DIR, lang, page), 'utf8')).map((word) => `${lang}/${page}: ${word}`)),
    );
    expect(problems).toEqual([]);
  });

  it('catch a Swedish word put into a Danish page, but not inside a lang="sv" quote', () => {
    const html = readFileSync(join(OUT_DIR, 'da', 'index.html'), 'utf8');
    expect(swedishOutsideQuotes(html)).toEqual([]);
    expect(swedishOutsideQuotes(html.replace('</main>', '<p>Handläggaren och klienten</p></main>'))).toEqual(
      expect.arrayContaining(['handläggaren', 'och', 'klienten']),
    );
    expect(swedishOutsideQuotes(html.replace('</main>', '<p lang="sv">Handläggaren och klienten</p></main>'))).toEqual([]);
  });

  it('show every published figure on the same pages in every language, each in the format of its language', () => {
    const figuresOn = (lang: Lang) =>
      pagesOf(lang).flatMap((page) =>
        [...documentOf(lang, page).querySelectorAll('main .num[data-figure]')].map((el) => ({
          where: `${page} ${el.getAttribute('data-figure')}`,
          id: el.getAttribute('data-figure')!,
          text: normaliseSpace(el.firstChild?.textContent ?? ''),
        })),
      );
    const sv = figuresOn('sv');
    expect(sv.length).toBeGreaterThan(50);
    for (const lang of LANGUAGES) {
      const shown = figuresOn(lang);
      expect(shown.map((f) => f.where).sort(), lang).toEqual(sv.map((f) => f.where).sort());
      // A percentage with a decimal is written the language's way: "26,8 %" in sv and da, "26.8%" in en.
      const format = numberFormatter(LOCALES[lang]);
      const rate = shown.find((f) => f.id === 'job_rate_belief_5')!;
      expect(rate.text, lang).toContain(normaliseSpace(format.percent(published.figures.job_rate_belief_5.value)));
    }
    expect(normaliseSpace(numberFormatter(LOCALES.en).percent(26.8))).toBe('26.8%');
  });
});

describe('choosing a language in the browser', () => {
  let site: Site;
  let browser: Browser;
  useSiteAndBrowser((started) => ({ site, browser } = started));

  it.each([
    ['da-DK', 'da'],
    ['en-GB', 'en'],
    ['sv-SE', 'sv'],
  ])('sends a reader whose browser prefers %s from the root to /%s/', async (locale, lang) => {
    const { context, page } = await openPage(browser, site.origin, { locale });
    await page.goto(`${site.origin}/`);
    await page.waitForURL(`${site.origin}/${lang}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await context.close();
  });

  it('leaves a reader with another language, or without JavaScript, on the root page with the three editions', async () => {
    for (const options of [{ locale: 'fr-FR' }, { locale: 'da-DK', javaScriptEnabled: false }]) {
      const { context, page } = await openPage(browser, site.origin, options);
      await page.goto(`${site.origin}/`);
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).pathname).toBe('/');
      const links = await page.$$eval('main a[hreflang]', (as) => as.map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]));
      expect(links).toEqual(LANGUAGES.map((lang) => [lang, `/${lang}/`]));
      await context.close();
    }
  });

  it('keeps the chapter, the view and the anchor when the reader switches language, and remembers the choice', async () => {
    const { context, page, log } = await openPage(browser, site.origin, { locale: 'sv-SE' });
    await page.goto(`${site.origin}/sv/handlaggarens-tro/?job-rate-by-belief.source=sample#figur-job-rate-by-belief`);
    await page.locator('bip-figure[data-figure="job-rate-by-belief"] [data-role="kind"][data-kind="sample"]').waitFor();
    await page.getByRole('link', { name: 'Dansk', exact: true }).click();
    await page.waitForURL(`${site.origin}/da/handlaggarens-tro/?job-rate-by-belief.source=sample#figur-job-rate-by-belief`);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    // The view came along: the Danish figure shows the sample, labelled in Danish.
    const kind = page.locator('bip-figure[data-figure="job-rate-by-belief"] [data-role="kind"]');
    await page.locator('bip-figure[data-figure="job-rate-by-belief"] [data-role="kind"][data-kind="sample"]').waitFor();
    expect(normaliseSpace(await kind.innerText())).not.toMatch(/urval/i);
    await page.goto(`${site.origin}/`);
    await page.waitForURL(`${site.origin}/da/`);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });

  // The keyboard journeys of the Swedish edition, in the other two: switch a figure to the sample by
  // Tab and arrow, and change a calculator by typing the language's own number format.
  it.each([
    ['da', '2,5'],
    ['en', '2.5'],
  ])('works by keyboard alone in %s: a figure switched to the sample, a calculator typed in', async (lang, typed) => {
    const { context, page, log } = await openPage(browser, site.origin);
    await page.goto(`${site.origin}/${lang}/handlaggarens-tro/`);
    const figure = 'bip-figure[data-figure="job-rate-by-belief"]';
    await tabTo(page, `${figure} input[value="published"]`);
    await page.keyboard.press('ArrowRight');
    await page.locator(`${figure} [data-role="kind"][data-kind="sample"]`).waitFor();
    expect(new URL(page.url()).searchParams.get('job-rate-by-belief.source')).toBe('sample');
    expect(await axeViolations(page)).toEqual([]);

    // A typed effect per step, in the language's decimal format: the form accepts it and the link keeps it.
    await page.goto(`${site.origin}/${lang}/kalkylatorer/?steg.effect_source=typed`);
    await tabTo(page, 'input[name="steg.effect"]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(typed);
    await expect.poll(() => new URL(page.url()).searchParams.get('steg.effect'), { timeout: 5000 }).toBe('2.5');
    expect(await page.locator('input[name="steg.effect"]').getAttribute('aria-invalid')).not.toBe('true');
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });
});

