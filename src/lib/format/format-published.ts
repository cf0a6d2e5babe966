import type { PublishedFigure } from '../data/published';
import { fillTemplate } from './fill-template';
import type { NumberFormatter } from './number-formatter';

/** The strings a published value needs: the unit templates and the report's hedges. */
export interface PublishedFormatStrings {
  units: { pp: string; pp_short: string };
  approx: Record<'about' | 'more_than' | 'just_under' | 'roughly', string>;
}

/** How to show a published value in a sentence or a key figure. */
export interface PublishedFormatOptions {
  /** Show a + or − sign (effects). */
  signed?: boolean;
  /** Drop the sign of a negative value when the sentence already says "lowers". */
  absolute?: boolean;
  /** Leave out the report's hedge ("cirka") when the sentence carries it. */
  bare?: boolean;
  /** "p.e." instead of "procentenheter" (key figures, tables). */
  short?: boolean;
  decimals?: number;
}

/** A published figure formatted for its locale and unit ("26,8 %", "1,3 procentenheter", "cirka 4 000"). */
export function formatPublished(
  figure: PublishedFigure,
  format: NumberFormatter,
  strings: PublishedFormatStrings,
  options: PublishedFormatOptions = {},
): string {
  const { signed = false, absolute = false, bare = false, short = false, decimals } = options;
  const value = absolute ? Math.abs(figure.value) : figure.value;
  const number = (v: number) => (signed ? format.signed(v, decimals) : format.decimal(v, decimals));
  let text: string;
  switch (figure.unit) {
    case 'percent':
    case 'relative_percent':
      // Through Intl, so each locale spaces "%" its own way (sv/da "+32 %" with a no-break space, en "+32%").
      text = signed ? format.signedPercent(value, decimals) : format.percent(value, decimals);
      break;
    case 'pp':
      text = fillTemplate(short ? strings.units.pp_short : strings.units.pp, { value: number(value) });
      break;
    case 'count':
      text = format.count(value);
      break;
    case 'year':
      text = String(value);
      break;
    default:
      text = number(value);
  }
  if (figure.approx && !bare) text = fillTemplate(strings.approx[figure.approx], { value: text });
  return text;
}
