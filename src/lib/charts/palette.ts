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
  /** Categories told apart by colour and marker (the lab's estimators); see GROUP_RAMPS for ordered groups. */
  groups: ['#0072B2', '#009E73', '#B84A00', '#CC79A7', '#7A6A00'],
} as const;

/**
 * Colours for 3, 4 or 5 ordered groups (job orientation, low → high): dark blue, blue, plum, orange,
 * dark brown. Neighbours differ in lightness as well as hue, so they stay apart under deuteranopia,
 * protanopia and tritanopia (simulated CIELAB ΔE ≥ 17 between any two of a set), and every colour has
 * at least 3:1 contrast against white and against its own 18% band (WCAG 1.4.11).
 */
export const GROUP_RAMPS: Readonly<Record<3 | 4 | 5, readonly string[]>> = {
  3: ['#08306B', '#6D4C7D', '#C86400'],
  4: ['#08306B', '#3A7DC0', '#C86400', '#7F2704'],
  5: ['#08306B', '#3A7DC0', '#6D4C7D', '#C86400', '#7F2704'],
};

/** Which kind of number a figure shows; decides its colour and its source line. */
export type FigureSource = 'published' | 'sample';
