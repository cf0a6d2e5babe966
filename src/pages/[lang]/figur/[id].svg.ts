import type { APIRoute } from 'astro';
import { FIGURES } from '../../../lib/figures/figures';
import { defaultView } from '../../../lib/figures/figure-model';
import { figureExportSvg } from '../../../lib/figures/figure-export';
import { renderChartSvg } from '../../../lib/ssr/render-chart-svg';
import { figureContext } from '../../../i18n/figure-context';
import { LANGUAGES, type Lang } from '../../../i18n/languages';
import { buildExportInfo, figurePagePath, figurePlace } from './_figure-pages';

/** Each figure's default view as a standalone, self-describing SVG file (title, takeaway, source, address, version). */
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
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${figureExportSvg(model, renderChartSvg(model.plot(680)), info, context)}`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
