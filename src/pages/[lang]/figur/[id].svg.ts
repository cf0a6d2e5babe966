import type { APIRoute } from 'astro';
import { figureExportSvg } from '../../../lib/figures/figure-export';
import { renderChartSvg } from '../../../lib/ssr/render-chart-svg';
import { defaultFigureExport, figureFilePaths } from './_figure-pages';

/** Each figure's default view as a standalone, self-describing SVG file (title, takeaway, source, address, version). */
export const getStaticPaths = figureFilePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { model, info, context } = await defaultFigureExport(params, site);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${figureExportSvg(model, renderChartSvg(model.plot(680)), info, context)}`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
