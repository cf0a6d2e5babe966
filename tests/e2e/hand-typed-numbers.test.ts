// No published number is typed by hand. Every page of the built site (crawled over HTTP from the root)
// is searched: the text of <main>, outside the elements that show numbers from data (labelled <Num>
// spans, charts, figures, calculator results), must not contain the Swedish form of a published
// percentage ("26,8 %", "6 %", "1,3 procentenheter") or a published count written out in words
// ("tio jobbcentren"). Figures and calculators build their text from the UI strings, so the strings
// (src/i18n/sv/*.json) and the reasons in data/assumed.json are searched too.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import published from '../../data/published.json';
import assumed from '../../data/assumed.json';
import { numberFormatter, type NumberFormatter } from '../../src/lib/format/number-formatter';
import { isLang, LANGUAGES, type Lang } from '../../src/i18n/languages';
import { normaliseSpace, sameOriginLinks } from './harness';
import { useSite, type Site } from './use-site';

type Figure = { value: number; unit: string };
const figures = Object.entries(published.figures) as [string, Figure][];

/**
 * Parts of <main> whose numbers come from data, each with the reason it is left out of the search.
 * Everything else in <main> is text written by hand (MDX, layouts, UI strings).
 */
const FROM_DATA: Record<string, string> = {
  '.num': '<Num>, <AssumedNum>, <SampleNum>: a value read from data/*.json or the sample, labelled with its kind',
  svg: 'charts drawn from data at build time',
  'bip-figure': 'figure text is built by src/lib/figures from published.json and the UI strings (searched below)',
  'bip-calculator [data-role="result"]': 'calculator output, computed from the inputs and the published figures',
  'script, style, template': 'not visible text',
};

/** Whole words that write a published count out by hand ("de tio jobbcentren", "de elva indikatorerna"), per language. */
const WORDS: Record<Lang, string[]> = {
  sv: ['tio jobbcent', 'elva indikator', 'var tredje månad', 'knappt hälften', 'cirka en fjärdedel'],
  da: ['ti jobcent', 'elleve indikator', 'hver tredje måned', 'knap halvdelen', 'omkring en fjerdedel', 'cirka en fjerdedel'],
  en: ['ten job cent', 'eleven indicator', 'every three months', 'just under half', 'about a quarter'],
};

/**
 * Pages or strings that may show one of the forms by hand, with the reason. Empty: every published
 * number on the site comes from data/published.json. Add an entry only with a reason a reviewer accepts.
 */
const EXCEPTIONS: { where: string; form: string; reason: string }[] = [];

/** Published percentages and percentage points as a locale writes them: "26,8 %", "7 %" / "7,0 %", "1,3 p.e.". */
function publishedForms(format: NumberFormatter, pp: string[]): string[] {
  const forms = figures.flatMap(([, figure]) => {
    const v = Math.abs(figure.value);
    switch (figure.unit) {
      case 'percent':
      case 'relative_percent':
        return [format.percent(v), format.percent(v, 1)];
      case 'pp':
        return pp.map((unit) => `${format.decimal(v)} ${unit}`);
      default:
        return [];
    }
  });
  return [...new Set(forms.map(normaliseSpace))];
}

const SV_FORMS = publishedForms(numberFormatter('sv-SE'), ['procentenheter', 'p.e.']);
const DA_FORMS = publishedForms(numberFormatter('da-DK'), ['procentpoint', 'pct.-point']);
const EN_FORMS = publishedForms(numberFormatter('en-GB'), ['percentage points', 'pp']);
/** The forms searched for in each language's pages and strings. */
const FORMS: Record<Lang, string[]> = { sv: SV_FORMS, da: DA_FORMS, en: EN_FORMS };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The forms (and words) found in a text. A form must not continue a longer number: "6 %" is not found in
 * "26 %", "0,6 %" or "1 6 %", but is in "+6 %" and "(6 %)".
 */
export function formsIn(text: string, forms: string[], lang: Lang = 'sv'): string[] {
  return foundAt(text, forms, lang).map((hit) => hit.form);
}

/** Each form found, with where it first stands in the space-normalised text. */
function foundAt(text: string, forms: string[], lang: Lang = 'sv'): { form: string; at: number }[] {
  const plain = normaliseSpace(text);
  const lower = plain.toLowerCase();
  const numbers = forms.map((form) => ({ form, at: plain.search(new RegExp(`(?<![\\d,.]|\\d )${escape(form)}`)) }));
  const words = WORDS[lang].map((word) => ({ form: word, at: lower.indexOf(word) }));
  return [...numbers, ...words].filter((hit) => hit.at >= 0);
}

/** The hand-typed published numbers in a page's <main>, each with a little context. */
export function handTypedNumbers(html: string): string[] {
  const { document } = parseHTML(html);
  const main = document.querySelector('main');
  if (!main) return ['the page has no <main>'];
  for (const element of main.querySelectorAll(Object.keys(FROM_DATA).join(', '))) element.remove();
  const text = normaliseSpace(main.textContent ?? '');
  const lang = document.documentElement.getAttribute('lang');
  const language: Lang = isLang(lang) ? lang : 'sv';
  return foundAt(text, FORMS[language], language).map(({ form, at }) => `"${form}" in …${text.slice(Math.max(0, at - 60), at + form.length + 20)}…`);
}

const allowed = (where: string, found: string) => EXCEPTIONS.some((e) => e.where === where && found.includes(e.form));

/** Every string value in a JSON tree, with its key path. */
function stringsOf(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => stringsOf(inner, `${path}.${key}`));
  return [];
}

let site: Site;
const pages = new Map<string, string>();

/** Follows every same-origin link from the root over HTTP and keeps the HTML pages. */
async function crawl(origin: string): Promise<void> {
  const queue = [`${origin}/`];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await fetch(url, { redirect: 'manual' });
    if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('text/html')) continue;
    const html = await response.text();
    pages.set(new URL(url).pathname, html);
    for (const target of sameOriginLinks(html, url, origin)) {
      if (/\.(csv|svg|png|json|txt|xml|webmanifest)$/.test(new URL(target).pathname)) continue;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
}

useSite((served) => (site = served));
beforeAll(async () => {
  await crawl(site.origin);
});

describe('published numbers are never typed by hand', () => {
  it('searches for the Swedish forms of the published percentages', () => {
    expect(SV_FORMS).toEqual(expect.arrayContaining(['26,8 %', '6 %', '6,0 %', '10 %', '40 %', '5,3 %', '7,0 %', '1,3 procentenheter', '1,3 p.e.']));
    // Interval labels and scale bounds are not published figures and stay allowed.
    expect(SV_FORMS).not.toContain('95 %');
    expect(SV_FORMS).not.toContain('100 %');
  });

  it('finds a hand-typed number but not a longer number that ends in the same digits', () => {
    expect(formsIn('skillnaden (6 % mot 10 %)', SV_FORMS)).toEqual(['6 %', '10 %']);
    expect(formsIn('andelen +32 % i rapporten', SV_FORMS)).toEqual(['32 %']);
    expect(formsIn('26 %, 0,6 %, 16,5 % och 95 % intervall', SV_FORMS)).toEqual([]);
    expect(formsIn('1 000 personer, 3 500 svar', SV_FORMS)).toEqual([]);
    expect(formsIn('a rate of 26.8% and 1.3 pp, in ten job centres', EN_FORMS, 'en').sort()).toEqual(['1.3 pp', '26.8%', 'ten job cent']);
    expect(formsIn('26,8 % og 1,3 pct.-point i de ti jobcentre', DA_FORMS, 'da').sort()).toEqual(['1,3 pct.-point', '26,8 %', 'ti jobcent']);
    expect(formsIn('Figur 1 med de elva indikatorerna', SV_FORMS)).toEqual(['elva indikator']);
  });

  it('crawls the built pages', () => {
    expect([...pages.keys()]).toEqual(expect.arrayContaining(['/sv/', '/sv/metod-och-data/', '/sv/om-bip/', '/sv/kalkylatorer/']));
    expect(pages.size).toBeGreaterThan(10);
  });

  it('notices a hand-typed number on a built page: a <Num> replaced by its text, or a typed sentence', () => {
    const html = pages.get('/sv/handlaggarens-tro/')!;
    expect(handTypedNumbers(html)).toEqual([]);
    const { document } = parseHTML(html);
    const num = document.querySelector('main .num[data-figure="job_rate_belief_5"]')!;
    expect(num).not.toBeNull();
    num.replaceWith(document.createTextNode(normaliseSpace(num.firstChild!.textContent ?? '')));
    expect(handTypedNumbers(document.toString())).toEqual([expect.stringContaining('"26,8 %"')]);
    const typed = parseHTML(html).document;
    typed.querySelector('main p')!.insertAdjacentHTML('beforeend', ' Rapporten bygger på de tio jobbcentren.');
    expect(handTypedNumbers(typed.toString())).toEqual([expect.stringContaining('tio jobbcent')]);
  });

  it('has no hand-typed published number in the text of any page', () => {
    const problems = [...pages].flatMap(([path, html]) =>
      handTypedNumbers(html)
        .filter((found) => !allowed(path, found))
        .map((found) => `${path}: ${found}`),
    );
    expect(problems).toEqual([]);
  });

  it.each([...LANGUAGES])('has no hand-typed published number in the %s UI strings (figure and calculator text)', (lang) => {
    const dir = `src/i18n/${lang}`;
    const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
    expect(files).toContain('site.json');
    const problems = files.flatMap((file) =>
      stringsOf(JSON.parse(readFileSync(join(dir, file), 'utf8')), file).flatMap(([path, text]) =>
        formsIn(text, FORMS[lang], lang)
          .filter((found) => !allowed(path, found))
          .map((found) => `${path}: "${found}"`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('has no hand-typed published number in the reasons of data/assumed.json (every language)', () => {
    const problems = Object.entries(assumed.values).flatMap(([id, entry]) =>
      LANGUAGES.flatMap((lang) => formsIn((entry.reason as Record<Lang, string>)[lang], FORMS[lang], lang).map((found) => `${id}.${lang}: "${found}"`)),
    );
    expect(problems).toEqual([]);
  });

  it('lists each exception with a reason', () => {
    for (const exception of EXCEPTIONS) expect(exception.reason.length, exception.where).toBeGreaterThan(20);
    for (const reason of Object.values(FROM_DATA)) expect(reason.length).toBeGreaterThan(10);
  });
});
