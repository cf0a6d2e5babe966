import type { APIRoute } from 'astro';
import { figureExportMetadata } from '../../../lib/figures/figure-export';
import { keyFigureExport, keyFigurePaths } from './_key-figure-pages';

/** The metadata beside each key figure's CSV: title, sentence, kind, source, licence, address, version, dates, columns. */
export const getStaticPaths = keyFigurePaths;

export const GET: APIRoute = ({ params, site }) => {
  const { id, model, info, context } = keyFigureExport(params, site);
  const meta = { ...figureExportMetadata(`nyckeltal-${id}`, model, info, context), key_figure: id };
  return new Response(`${JSON.stringify(meta, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
