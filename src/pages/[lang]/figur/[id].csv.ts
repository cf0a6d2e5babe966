import type { APIRoute } from 'astro';
import { FIGURES } from '../../../lib/figures/figures';
import { defaultView } from '../../../lib/figures/figure-model';
import { figureContext } from '../../../i18n/figure-context';
import { LANGUAGES, type Lang } from '../../../i18n/languages';

/** The data of each figure's default view as CSV (kind, approx and source on every row), so downloads work without JavaScript. */
export function getStaticPaths() {
  return LANGUAGES.flatMap((lang) => Object.keys(FIGURES).map((id) => ({ params: { lang, id } })));
}

export const GET: APIRoute = ({ params }) => {
  const spec = FIGURES[params.id!]!;
  const model = spec.build(defaultView(spec.controls), null, figureContext(params.lang as Lang));
  return new Response(model.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
