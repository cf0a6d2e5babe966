// Build-time helpers for a figure's files and pages (not a route: Astro skips files starting with "_").
import { chaptersOf } from '../../../site/chapters';
import { BUILD_INFO } from '../../../site/build-info';
import { FIGURES } from '../../../lib/figures/figures';
import { isoDate, type FigureExportInfo } from '../../../lib/figures/figure-export';
import { figureViewUrl, type FigurePlace } from '../../../lib/figures/figure-urls';
import { defaultView } from '../../../lib/figures/figure-model';
import { figureContext } from '../../../i18n/figure-context';
import { LANGUAGES, type Lang } from '../../../i18n/languages';

/** The site's version as exports and citations write it: package version, plus the commit when known. */
export const SITE_VERSION = `${BUILD_INFO.version}${BUILD_INFO.commit ? `+${BUILD_INFO.commit}` : ''}`;

/** The path of the chapter that shows a figure (the first whose text has `<Figure id="…"`). */
export async function figurePagePath(lang: Lang, id: string): Promise<string> {
  const chapters = await chaptersOf(lang);
  const chapter = chapters.find((c) => new RegExp(`<Figure\\s+id=["']${id}["']`).test(c.body ?? ''));
  if (!chapter) throw new Error(`No chapter in ${lang} shows figure ${id}`);
  return `/${lang}/${chapter.data.slug}/`;
}

/** Where a figure is, as the built site's absolute address (astro.config `site`). */
export function figurePlace(lang: Lang, page: string, site: URL | undefined): FigurePlace {
  return { origin: new URL(site ?? 'http://localhost').origin, page, lang };
}

/** What the build's files say about the default view: its address, the version, and the build day as both dates. */
export function buildExportInfo(place: FigurePlace, id: string): FigureExportInfo {
  if (!FIGURES[id]) throw new Error(`No figure with id "${id}"`);
  const built = isoDate(BUILD_INFO.date);
  // The default view has no parameters: its address is the chapter and the anchor.
  return { url: figureViewUrl(place, id, ''), version: SITE_VERSION, built, accessed: built };
}

/** Every figure in every language: the static paths of the per-figure download files. */
export function figureFilePaths() {
  return LANGUAGES.flatMap((lang) => Object.keys(FIGURES).map((id) => ({ params: { lang, id } })));
}

/** A figure's default view as the download files show it: its model, context and export details. */
export async function defaultFigureExport(params: Record<string, string | undefined>, site: URL | undefined) {
  const lang = params.lang as Lang;
  const id = params.id!;
  const spec = FIGURES[id]!;
  const context = figureContext(lang);
  const model = spec.build(defaultView(spec.controls), null, context);
  const info = buildExportInfo(figurePlace(lang, await figurePagePath(lang, id), site), id);
  return { id, model, context, info };
}
