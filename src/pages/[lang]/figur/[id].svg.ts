import type { APIRoute } from 'astro';
import { FIGURES } from '../../../lib/figures/figures';
import { defaultView } from '../../../lib/figures/figure-model';
import { renderChartSvg } from '../../../lib/ssr/render-chart-svg';
import { figureContext } from '../../../i18n/figure-context';
import { LANGUAGES, type Lang } from '../../../i18n/languages';

/** Each figure's default view as a standalone SVG file (the same chart as on the page). */
export function getStaticPaths() {
  return LANGUAGES.flatMap((lang) => Object.keys(FIGURES).map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = ({ params }) => {
  const spec = FIGURES[params.id!]!;
  const model = spec.build(defaultView(spec.controls), null, figureContext(params.lang as Lang));
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${renderChartSvg(model.plot(680))}`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
