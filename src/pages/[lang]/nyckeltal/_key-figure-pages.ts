// Build-time helpers for the key figures' files, panels and embed pages (not a route: Astro skips "_" files).
import { BUILD_INFO } from '../../../site/build-info';
import { isoDate, type FigureExportInfo } from '../../../lib/figures/figure-export';
import { keyFigureUrl } from '../../../lib/figures/figure-urls';
import { KEY_FIGURES, keyFigure, keyFigureModel } from '../../../lib/figures/key-figures';
import { figureContext } from '../../../i18n/figure-context';
import { LANGUAGES, type Lang } from '../../../i18n/languages';
import { SITE_VERSION } from '../figur/_figure-pages';

/** Every key figure in every language: the static paths of its files and its embed page. */
export function keyFigurePaths() {
  return LANGUAGES.flatMap((lang) => KEY_FIGURES.map(({ id }) => ({ params: { lang, id } })));
}

/** What the build says about a key figure: its address on the start page, the version, and the build day as both dates. */
export function keyFigureExportInfo(lang: Lang, id: string, site: URL | undefined): FigureExportInfo {
  const built = isoDate(BUILD_INFO.date);
  return { url: keyFigureUrl({ origin: new URL(site ?? 'http://localhost').origin, lang }, id), version: SITE_VERSION, built, accessed: built };
}

/** A key figure as its download files show it: its model, context and export details. */
export function keyFigureExport(params: Record<string, string | undefined>, site: URL | undefined) {
  const lang = params.lang as Lang;
  const definition = keyFigure(params.id!);
  const context = figureContext(lang);
  return { id: definition.id, model: keyFigureModel(definition, context), context, info: keyFigureExportInfo(lang, definition.id, site) };
}
