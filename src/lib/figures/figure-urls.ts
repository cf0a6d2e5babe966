// The addresses of a figure's view. The view's query comes from src/lib/state (writeFigureView), which
// src/lib/figures may not import: callers pass it in, written as `?a=b` or ''.

/** Where a figure is: the origin, its chapter's path and its language. */
export interface FigurePlace {
  origin: string;
  /** The chapter page's path ("/sv/handlaggarens-tro/"). */
  page: string;
  lang: string;
}

/** The anchor of a figure on its page. */
export function figureAnchor(id: string): string {
  return `figur-${id}`;
}

/** The link to a view: the chapter page, the figure's parameters and its anchor, so it opens on the figure as shown. */
export function figureViewUrl(place: FigurePlace, id: string, query: string): string {
  return `${place.origin}${place.page}${query}#${figureAnchor(id)}`;
}

/** The view alone on a page for an iframe. */
export function figureEmbedUrl(place: FigurePlace, id: string, query: string): string {
  return `${place.origin}/${place.lang}/inbaddning/figur/${id}/${query}`;
}

/** The anchor of a key figure on the start page. */
export function keyFigureAnchor(id: string): string {
  return `nyckeltal-${id}`;
}

/** The link to a key figure: the start page of its language, at the key figure. */
export function keyFigureUrl(place: Pick<FigurePlace, 'origin' | 'lang'>, id: string): string {
  return `${place.origin}/${place.lang}/#${keyFigureAnchor(id)}`;
}

/** A key figure alone on a page for an iframe. */
export function keyFigureEmbedUrl(place: Pick<FigurePlace, 'origin' | 'lang'>, id: string): string {
  return `${place.origin}/${place.lang}/inbaddning/nyckeltal/${id}/`;
}

/** Where a key figure's files are (relative to the site): its CSV, metadata and SVG card. */
export function keyFigureFiles(lang: string, id: string): { csv: string; json: string; svg: string } {
  const base = `/${lang}/nyckeltal/${id}`;
  return { csv: `${base}.csv`, json: `${base}.json`, svg: `${base}.svg` };
}
