import type * as Plot from '@observablehq/plot';
import { escapeHtml } from '../format/escape-html';
import { numberFormatter } from '../format/number-formatter';

// Every chart can be walked mark by mark (src/client/chart-explorer.ts): each explorable mark carries
// what it shows as data attributes, written by Plot's render hook both in the build's SVG (linkedom)
// and in the browser's re-render, from the same chart spec. The explorer reads only these attributes.

/** What one explorable mark says: its label and value as the chart shows them, its interval, its kind. */
export interface ExploreText {
  /** "Jobb, Efter ett byte: 4,7 %". */
  text: string;
  /** The 95% interval as text ("4,2 % – 5,3 %"), or ''. */
  interval: string;
  /** Which kind of number: 'published', 'sample', 'assumed' or 'typed'. */
  kind: string;
}

/** The attribute names the explorer reads. */
export const EXPLORE_ATTRIBUTES = { text: 'data-explore', interval: 'data-explore-interval', kind: 'data-explore-kind' } as const;

/** A mark's label and value joined the way every chart joins them ("Panel, label: value"). */
export function exploreLabel(parts: readonly (string | null | undefined)[], value: string): string {
  const label = parts.filter((p): p is string => Boolean(p)).map((p) => p.replace(/\s*\n\s*/g, ' ')).join(', ');
  return `${label}: ${value.replace(/\s*\n\s*/g, ' ')}`;
}

/** An interval in percent as text for the locale, or '' when either end is missing. */
export function exploreInterval(locale: string, low: number | null | undefined, high: number | null | undefined, decimals = 1): string {
  return numberFormatter(locale).percentRange(low, high, decimals);
}

/**
 * A Plot render transform that writes each datum's explore text on the element Plot draws for it (one
 * element per index, in index order, for bars, rects, dots, rules and texts).
 */
export function exploreRender<T>(data: readonly T[], describe: (datum: T) => ExploreText): Plot.RenderFunction {
  return function render(index, scales, values, dimensions, context, next) {
    const g = next?.(index, scales, values, dimensions, context) ?? null;
    if (!g) return g;
    const elements = [...g.childNodes].filter((n): n is SVGElement => n.nodeType === 1);
    index.forEach((i, k) => {
      const element = elements[k];
      const datum = data[i];
      if (!element || datum === undefined) return;
      const { text, interval, kind } = describe(datum);
      element.setAttribute(EXPLORE_ATTRIBUTES.text, text);
      if (interval) element.setAttribute(EXPLORE_ATTRIBUTES.interval, interval);
      element.setAttribute(EXPLORE_ATTRIBUTES.kind, kind);
    });
    return g;
  };
}

/** Options of an invisible mark laid over the visible ones: it takes taps and carries the explore text. */
export const EXPLORE_HIT = { fill: 'transparent', stroke: 'none', ariaHidden: 'true', className: 'chart-explore-hit' } as const;

/**
 * A mark's explore text as SVG attributes (escaped, with a leading space), for charts written by hand as
 * SVG strings (the lab's), which cannot use Plot's render hook.
 */
export function exploreAttributes({ text, interval, kind }: ExploreText): string {
  const attribute = (name: string, value: string) => ` ${name}="${escapeHtml(value)}"`;
  return (
    attribute(EXPLORE_ATTRIBUTES.text, text) +
    (interval ? attribute(EXPLORE_ATTRIBUTES.interval, interval) : '') +
    attribute(EXPLORE_ATTRIBUTES.kind, kind)
  );
}

/** The hand-written charts' invisible hit marks in one group over the visible ones: they take taps and carry the explore text. */
export function exploreHitGroup(marks: readonly string[]): string {
  return marks.length === 0 ? '' : `<g class="${EXPLORE_HIT.className}" fill="${EXPLORE_HIT.fill}">${marks.join('')}</g>`;
}
