// Every figure in data/published.json is shown on the site, formatted the Swedish way and labelled as
// published (an element with data-figure="<id>"), on each page where it belongs: the chapter that
// covers its section of the report, the start page for the key numbers, and the method page's table
// of all published figures. A number missing from any of those pages fails its page's test.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import published from '../../data/published.json';
import type { PublishedSection } from '../../src/lib/data/published';
import { numberFormatter } from '../../src/lib/format/number-formatter';
import { normaliseSpace } from './harness';
import { useSite, type Site } from './use-site';

type Id = keyof typeof published.figures;
type Figure = { value: number; unit: string; section: string };
const figures = published.figures as Record<Id, Figure>;
const ids = Object.keys(figures) as Id[];
const format = numberFormatter('sv-SE');

/** The chapter that explains each section of the source report. */
const PAGE_OF_SECTION: Record<PublishedSection, string> = {
  Introduktion: '/sv/om-bip/',
  'Byte av handläggare': '/sv/byte-av-handlaggare/',
  'Tabell 1': '/sv/byte-av-handlaggare/',
  'Figur 2': '/sv/handlaggarens-tro/',
  'Tabell 2': '/sv/handlaggarens-tro/',
  'Figur 3': '/sv/jobbfokusering/',
  'Figur 4': '/sv/jobbfokusering/',
  'Tabell 4': '/sv/effekten/',
};
/** The key numbers of the start page (Huvudpunkter). */
const START_PAGE: Id[] = [
  'base_rate_job', 'base_rate_job_or_edu', 'change_effect_job', 'change_relative_job', 'change_rate_after_job',
  'job_rate_belief_1', 'job_rate_belief_5', 'orientation_relative', 'orientation_rate_low', 'orientation_rate_high',
  'step_effect_job', 'step_effect_job_or_edu', 'persons',
];
const METHOD_PAGE = '/sv/metod-och-data/';

/** Page → the figures it must show. */
function expectedByPage(): Map<string, Id[]> {
  const map = new Map<string, Id[]>();
  const add = (page: string, id: Id) => map.set(page, [...(map.get(page) ?? []), id]);
  for (const id of ids) {
    // A section without a page is reported by the 'maps every section…' test below.
    const page = PAGE_OF_SECTION[figures[id].section as PublishedSection] as string | undefined;
    if (page) add(page, id);
    add(METHOD_PAGE, id);
  }
  for (const id of START_PAGE) add('/sv/', id);
  return map;
}

/** Ways the Swedish edition may write a figure: "26,8 %", "1,3" (with "procentenheter" or "p.e."), "4 000", "−1,5". */
function swedishForms(figure: Figure): string[] {
  const v = figure.value;
  const abs = Math.abs(v);
  switch (figure.unit) {
    case 'percent':
    case 'relative_percent':
      // 7 may be written "7 %" or, next to 5,3 %, "7,0 %".
      return [...new Set([format.percent(abs), format.percent(abs, 1)])].map(normaliseSpace);
    case 'pp':
      return [`${format.decimal(abs)} procentenheter`, `${format.decimal(abs)} p.e.`].map(normaliseSpace);
    case 'count':
      return [normaliseSpace(format.count(v))];
    case 'scale_position':
      return [normaliseSpace(format.decimal(v))];
    default:
      return [String(v)];
  }
}

/** The figures of `wanted` that the HTML does not show as a labelled published number in Swedish form. */
export function missingFigures(html: string, wanted: Id[]): string[] {
  const { document } = parseHTML(html);
  const main = document.querySelector('main') ?? document;
  return wanted.filter((id) => {
    const forms = swedishForms(figures[id]);
    const elements = [...main.querySelectorAll('[data-figure]')].filter((e) => (e.getAttribute('data-figure') ?? '').split(/\s+/).includes(id));
    return !elements.some((e) => {
      const text = normaliseSpace(e.textContent ?? '');
      return forms.some((form) => text.includes(form));
    });
  }).map((id) => `${id} (${swedishForms(figures[id]).join(' | ')})`);
}

let site: Site;
const html = new Map<string, { status: number; text: string }>();
useSite((served) => (site = served));
beforeAll(async () => {
  for (const page of new Set([...expectedByPage().keys(), ...Object.values(PAGE_OF_SECTION)])) {
    const response = await fetch(site.origin + page);
    html.set(page, { status: response.status, text: await response.text() });
  }
});

describe('published numbers on the built pages', () => {
  it('maps every section used in data/published.json to a chapter that exists in the build', () => {
    const used = [...new Set(ids.map((id) => figures[id].section))];
    expect(used.length).toBeGreaterThan(0);
    const unmapped = used.filter((section) => !Object.hasOwn(PAGE_OF_SECTION, section));
    expect(unmapped, 'sections without a page in PAGE_OF_SECTION').toEqual([]);
    for (const page of new Set(Object.values(PAGE_OF_SECTION))) {
      expect(html.get(page)?.status, `${page} exists in the build`).toBe(200);
      expect(html.get(page)?.text, page).toMatch(/<h1[\s>]/);
    }
  });

  it('notices a missing number: the check fails when one labelled figure is removed', () => {
    const page = html.get('/sv/om-bip/')!;
    expect(missingFigures(page.text, ['jobcentres'])).toEqual([]);
    const { document } = parseHTML(page.text);
    for (const e of document.querySelectorAll('[data-figure="jobcentres"]')) e.remove();
    expect(missingFigures(document.toString(), ['jobcentres'])).toHaveLength(1);
    // A number written the English way ("4,000") does not count either.
    const english = parseHTML(page.text).document;
    for (const e of english.querySelectorAll('[data-figure="persons"]')) e.textContent = 'cirka 4,000';
    expect(missingFigures(english.toString(), ['persons'])).toHaveLength(1);
  });

  for (const [page, wanted] of expectedByPage()) {
    it(`${page} shows its ${wanted.length} published figures`, () => {
      const response = html.get(page)!;
      expect(response.status, `${page} exists`).toBe(200);
      expect(missingFigures(response.text, wanted)).toEqual([]);
    });
  }
});
