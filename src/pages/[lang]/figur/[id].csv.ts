import type { APIRoute } from 'astro';
import { defaultFigureExport, figureFilePaths } from './_figure-pages';

/** The data of each figure's default view as CSV (kind, approx and source on every row), so downloads work without JavaScript. */
export const getStaticPaths = figureFilePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { model } = await defaultFigureExport(params, site);
  return new Response(model.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
