import type { APIRoute } from 'astro';
import { keyFigureExport, keyFigurePaths } from './_key-figure-pages';

/** Each key figure's numbers as CSV: one row per published figure it states, with value, unit, kind, hedge, section and source. */
export const getStaticPaths = keyFigurePaths;

export const GET: APIRoute = ({ params, site }) => {
  const { model } = keyFigureExport(params, site);
  return new Response(model.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
