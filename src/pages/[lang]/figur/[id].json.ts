import type { APIRoute } from 'astro';
import { FIGURES } from '../../../lib/figures/figures';
import { defaultView } from '../../../lib/figures/figure-model';
import { figureExportMetadata } from '../../../lib/figures/figure-export';
import { figureContext } from '../../../i18n/figure-context';
import { LANGUAGES, type Lang } from '../../../i18n/languages';
import { buildExportInfo, figurePagePath, figurePlace } from './_figure-pages';

/** The metadata beside each figure's default-view CSV: title, source, kind, units, licence, address, version, columns. */
export function getStaticPaths() {
  return LANGUAGES.flatMap((lang) => Object.keys(FIGURES).map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const id = params.id!;
  const spec = FIGURES[id]!;
  const context = figureContext(lang);
  const model = spec.build(defaultView(spec.controls), null, context);
  const info = buildExportInfo(figurePlace(lang, await figurePagePath(lang, id), site), id);
  return new Response(`${JSON.stringify(figureExportMetadata(id, model, info, context), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
