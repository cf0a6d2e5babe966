import type { APIRoute } from 'astro';
import { figureExportMetadata } from '../../../lib/figures/figure-export';
import { defaultFigureExport, figureFilePaths } from './_figure-pages';

/** The metadata beside each figure's default-view CSV: title, source, kind, units, licence, address, version, columns. */
export const getStaticPaths = figureFilePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { id, model, info, context } = await defaultFigureExport(params, site);
  return new Response(`${JSON.stringify(figureExportMetadata(id, model, info, context), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
