import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { FIGURES } from '../../lib/figures/figures';
import { keyFigure, keyFigureModel } from '../../lib/figures/key-figures';
import { defaultView } from '../../lib/figures/figure-model';
import { previewCardSvg, type PreviewFigure } from '../../lib/figures/link-preview-card';
import { renderChartSvg } from '../../lib/ssr/render-chart-svg';
import { figureContext } from '../../i18n/figure-context';
import { LOCALES } from '../../i18n/languages';
import { strings } from '../../i18n/strings';
import { previewImagePath, previewPages, PREVIEW_FOLDER, type PreviewPage } from '../../site/link-previews';

/**
 * Every page's link preview (og:image) as a 1200 × 630 PNG, rendered at build time: the card's SVG
 * (src/lib/figures/link-preview-card.ts) through sharp (librsvg). /forhandsvisning/sv/effekten.png is
 * the preview of /sv/effekten/.
 */
export const getStaticPaths = (async () => {
  const pages = await previewPages();
  return pages.map((page) => ({ params: { page: previewImagePath(page.path).slice(PREVIEW_FOLDER.length, -'.png'.length) }, props: { page } }));
}) satisfies GetStaticPaths;

// The chart is drawn at this width and scaled up about 1.4 times, so that its labels read in a thumbnail.
const CHART_WIDTH = 460;

/** The page's figure for the card: a report figure's default, published view, or a key figure (its large number). */
function previewFigure(page: PreviewPage): PreviewFigure | undefined {
  const context = figureContext(page.lang);
  let model;
  if (page.figure) {
    const spec = FIGURES[page.figure];
    if (!spec) throw new Error(`${page.path}: no figure "${page.figure}"`);
    model = spec.build(defaultView(spec.controls), null, context);
  } else if (page.keyFigure) model = keyFigureModel(keyFigure(page.keyFigure), context);
  else return undefined;
  return { model, chartSvg: renderChartSvg(model.plot(CHART_WIDTH)), kindLabel: context.strings.kinds[model.kind] };
}

export const GET: APIRoute = async ({ props, site }) => {
  const page = (props as { page: PreviewPage }).page;
  const t = strings(page.lang);
  const url = new URL(page.path, site ?? 'http://localhost');
  const figure = previewFigure(page);
  const svg = previewCardSvg({
    lang: LOCALES[page.lang],
    title: page.title,
    // A chapter's card names its figure; a figure's own page (its title is the caption) says its takeaway.
    description: figure && figure.model.caption !== page.title ? figure.model.caption : page.description,
    siteName: t.site.title,
    tagline: t.site.tagline,
    address: `${url.host}${url.pathname}`,
    figure,
  });
  // zlib's default level: ~20 ms a card; level 9 takes three times as long for 5 % smaller files.
  const png = await sharp(Buffer.from(svg), { density: 72 }).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
