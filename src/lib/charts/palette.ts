/**
 * The site's colours, from the Okabe–Ito colour-blind-safe set, darkened where needed so every mark
 * has at least 3:1 contrast against the white page (WCAG 1.4.11). One meaning per colour, site-wide.
 */
export const PALETTE = {
  /** Figures published in the report. */
  published: '#0072B2',
  /** Figures computed on the synthetic sample. */
  sample: '#B84A00',
  /** Assumed values. */
  assumed: '#6B6B6B',
  /** Ink for text and rules drawn on charts. */
  ink: '#1f2328',
  /** Ordered groups (e.g. job-orientation terciles), low → high. */
  groups: ['#0072B2', '#009E73', '#B84A00', '#CC79A7', '#7A6A00'],
} as const;

/** Which kind of number a figure shows; decides its colour and its source line. */
export type FigureSource = 'published' | 'sample';
