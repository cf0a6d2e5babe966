import type { APIRoute } from 'astro';
import { figureExportSvg } from '../../../lib/figures/figure-export';
import { renderChartSvg } from '../../../lib/ssr/render-chart-svg';
import { keyFigureExport, keyFigurePaths } from './_key-figure-pages';

/** Each key figure as a self-describing card: kind badge, title, the large number, its sentence, source, address, version. */
export const getStaticPaths = keyFigurePaths;

export const GET: APIRoute = ({ params, site }) => {
  const { model, info, context } = keyFigureExport(params, site);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${figureExportSvg(model, renderChartSvg(model.plot(680)), info, context)}`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
