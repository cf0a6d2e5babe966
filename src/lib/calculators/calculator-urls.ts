import { writeState, type FieldValues, type StateSpec } from '../state/url-state';

/** The slug of the page that shows every calculator (the same in every language). */
export const CALCULATORS_PAGE_SLUG = 'kalkylatorer';

/** Where a calculator is: the origin and the language. */
export interface CalculatorPlace {
  origin: string;
  lang: string;
}

/** The anchor of a calculator's section on the calculators page. */
export function calculatorAnchor(tool: string): string {
  return `kalkylator-${tool}`;
}

/** A calculator's own parameters ('?steg.steps=2', or '' at its defaults): no other tool's, no other page's. */
export function calculatorQuery(spec: StateSpec, values: FieldValues): string {
  const query = writeState(new URLSearchParams(), spec, values).toString();
  return query ? `?${query}` : '';
}

/** The link to a calculator as shown: the calculators page with only this calculator's values, at its anchor. */
export function calculatorUrl(place: CalculatorPlace, spec: StateSpec, values: FieldValues): string {
  return `${place.origin}/${place.lang}/${CALCULATORS_PAGE_SLUG}/${calculatorQuery(spec, values)}#${calculatorAnchor(spec.id)}`;
}

/** The calculator alone on a page for an iframe, with the same values. */
export function calculatorEmbedUrl(place: CalculatorPlace, spec: StateSpec, values: FieldValues): string {
  return `${place.origin}/${place.lang}/inbaddning/${spec.id}/${calculatorQuery(spec, values)}`;
}
