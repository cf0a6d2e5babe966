// Build-time list of every page's link preview: what its card says (title, description, and the report
// figure it shows, if any), where the PNG is, and the image's alt text. PageHead names the image in
// og:image; src/pages/forhandsvisning/[...page].png.ts renders one PNG per entry. A page missing here
// gets its language's start card, and tests/e2e/link-previews.test.ts fails (the alt does not name it).
import { chaptersOf } from './chapters';
import { DEFAULT_LANGUAGE, isLang, LANGUAGE_NAMES, LANGUAGES, type Lang } from '../i18n/languages';
import { strings, type Strings } from '../i18n/strings';
import { figureContext } from '../i18n/figure-context';
import { FIGURES } from '../lib/figures/figures';
import { KEY_FIGURES, keyFigureText } from '../lib/figures/key-figures';
import { defaultView } from '../lib/figures/figure-model';
import { fillTemplate } from '../lib/format/fill-template';

/** One page's link preview. */
export interface PreviewPage {
  /** The page's path ("/sv/effekten/"). */
  path: string;
  lang: Lang;
  /** The page's own title (without the site's name) and description, as the card prints them. */
  title: string;
  description: string;
  /** The report figure the card shows (a chapter's first, or an embed page's own). */
  figure?: string;
  /** The start page's key figure the card shows (its embed page), as its large number. */
  keyFigure?: string;
}

/** The folder of the preview PNGs: one folder, so that a cache or a host rule can leave them all out. */
export const PREVIEW_FOLDER = '/forhandsvisning/';

/** The preview image of a page path: "/sv/effekten/" → "/forhandsvisning/sv/effekten.png", "/" → ".../index.png". */
export function previewImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `${PREVIEW_FOLDER}${trimmed || 'index'}.png`;
}

/** The start page's title: the report's first chapter and its headline ("Huvudpunkter: Handläggaren påverkar …"). */
export function startPageTitle(t: Strings): string {
  return `${t.report.start.eyebrow}: ${t.report.start.title}`;
}

/** A page's title with the chapter it is part of, for a page below the chapter's own ("Talarvy – Workshop"). */
export function titleInChapter(title: string, chapter: string | undefined): string {
  return chapter && chapter !== title ? `${title} – ${chapter}` : title;
}

/** The short name of the chapter a page lies below (/sv/workshop/talarvy/ → "Workshop"); none for a chapter's own page. */
export async function parentChapter(pathname: string): Promise<string | undefined> {
  const [lang, slug, ...below] = pathname.split('/').filter(Boolean);
  if (!isLang(lang) || !slug || below.length === 0) return undefined;
  return (await chaptersOf(lang)).find((c) => c.data.slug === slug)?.data.navTitle;
}

/** The document title: the page's title and the site's name, once (a title that already names the site stands alone). */
export function documentTitle(t: Strings, title: string): string {
  return title.includes(t.site.title) ? title : `${title} – ${t.site.title}`;
}

/** The first report figure a chapter's text shows (`<Figure id="…"`), if any. */
function firstFigure(body: string | undefined): string | undefined {
  return /<Figure\s+id=["']([^"']+)["']/.exec(body ?? '')?.[1];
}

async function pagesOf(lang: Lang): Promise<PreviewPage[]> {
  const t = strings(lang);
  const w = t.workshop;
  const page = (path: string, title: string, description: string, figure?: string): PreviewPage => ({ path: `/${lang}/${path}`, lang, title, description, figure });
  const all = await chaptersOf(lang);
  const chapters = all.map((c) => page(`${c.data.slug}/`, c.data.title, c.data.summary, firstFigure(c.body)));
  // The workshop's own pages are named with the chapter, as their document titles are.
  const workshop = (title: string) => titleInChapter(title, all.find((c) => c.data.slug === 'workshop')?.data.navTitle);
  const context = figureContext(lang);
  const figures = Object.entries(FIGURES).map(([id, spec]) => {
    const model = spec.build(defaultView(spec.controls), null, context);
    return page(`inbaddning/figur/${id}/`, model.caption, model.takeaway, id);
  });
  // The same title and description as src/pages/[lang]/inbaddning/nyckeltal/[id].astro gives its pages.
  const keyFigures = KEY_FIGURES.map((definition) => {
    const { title, number, sentence } = keyFigureText(definition, context);
    return { ...page(`inbaddning/nyckeltal/${definition.id}/`, title, `${number} ${sentence}`), keyFigure: definition.id };
  });
  // The same titles as src/pages/[lang]/inbaddning/[tool].astro gives its pages.
  const c = t.calculators;
  const tools = [
    page('inbaddning/steg/', c.step.title, c.step.intro),
    page('inbaddning/byten/', c.change.title, c.change.intro),
    page('inbaddning/fokus/', c.orientation.title, c.orientation.intro),
    page('inbaddning/labb/', t.lab.title, t.lab.intro),
  ];
  return [
    page('', startPageTitle(t), t.site.start_lead),
    ...chapters,
    page('ordlista/', t.report.glossary.title, t.report.glossary.summary),
    page('workshop/gissa/', workshop(w.quiz.title), w.quiz.lead),
    page('workshop/grupp/', workshop(w.group.title), w.group.lead),
    page('workshop/handout/', workshop(w.handout.title), w.handout.lead),
    page('workshop/presentera/', workshop(w.presenter.title), w.presenter.lead),
    page('workshop/talarvy/', workshop(w.speaker.title), w.speaker.lead),
    ...figures,
    ...keyFigures,
    ...tools,
  ];
}

let all: Promise<PreviewPage[]> | undefined;

/** Every page's preview: each language's pages, the language chooser at / and the offline page. */
export function previewPages(): Promise<PreviewPage[]> {
  all ??= (async () => {
    const t = strings(DEFAULT_LANGUAGE);
    const own = (await Promise.all(LANGUAGES.map(pagesOf))).flat();
    return [
      // The chooser lists the editions by their own names.
      { path: '/', lang: DEFAULT_LANGUAGE, title: t.root.title, description: `${LANGUAGES.map((l) => LANGUAGE_NAMES[l]).join(' · ')}. ${t.root.lead}` },
      { path: '/offline/', lang: DEFAULT_LANGUAGE, title: t.offline.title, description: t.offline.text },
      ...own,
    ];
  })();
  return all;
}

/** What PageHead writes for a page: the image's path, its alt text and its language. */
export async function previewFor(pathname: string): Promise<{ image: string; alt: string; lang: Lang }> {
  const pages = await previewPages();
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const found = pages.find((p) => p.path === path);
  // An unlisted page still gets a preview (its language's start card) rather than a failed build.
  const entry = found ?? pages.find((p) => p.path === `/${path.split('/')[1]}/`) ?? pages[0]!;
  const t = strings(entry.lang);
  const alt = fillTemplate(entry.figure ? t.site.preview_alt_figure : t.site.preview_alt, { title: entry.title, site: t.site.title });
  return { image: previewImagePath(entry.path), alt, lang: entry.lang };
}
