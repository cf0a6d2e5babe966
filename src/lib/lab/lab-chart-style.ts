import { PALETTE } from '../charts/palette';

/**
 * How the lab draws its three belief estimators in every chart of repeated runs: a colour from the
 * site's colour-blind-safe palette, and a marker and a dash of its own, so they differ without colour too.
 */
export const ESTIMATOR_STYLE = {
  naive: { colour: PALETTE.groups[2], marker: 'circle', dash: '' },
  ols: { colour: PALETTE.groups[4], marker: 'square', dash: '6,3' },
  iv: { colour: PALETTE.groups[0], marker: 'triangle', dash: '2,3' },
} as const;

/** The font every hand-written lab chart uses (the page's system font stack). */
export function chartFont(narrow: boolean): string {
  return `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="${narrow ? 12 : 13}"`;
}

/** A marker of a kind at (x, y) as an SVG element. */
export function markerSvg(kind: 'circle' | 'square' | 'triangle', x: number, y: number, colour: string, size = 5): string {
  const px = x.toFixed(1);
  const py = y.toFixed(1);
  if (kind === 'circle') return `<circle cx="${px}" cy="${py}" r="${size}" fill="${colour}" stroke="#ffffff" stroke-width="1.5"/>`;
  if (kind === 'square') {
    const s = size * 0.9;
    return `<rect x="${(x - s).toFixed(1)}" y="${(y - s).toFixed(1)}" width="${(2 * s).toFixed(1)}" height="${(2 * s).toFixed(1)}" fill="${colour}" stroke="#ffffff" stroke-width="1.5"/>`;
  }
  const s = size * 1.2;
  return `<path d="M${px},${(y - s).toFixed(1)}L${(x + s).toFixed(1)},${(y + s * 0.8).toFixed(1)}L${(x - s).toFixed(1)},${(y + s * 0.8).toFixed(1)}Z" fill="${colour}" stroke="#ffffff" stroke-width="1.5"/>`;
}
