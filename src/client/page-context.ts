import type { FigureContext } from '../lib/figures/figure-model';

/** The page's language context, embedded by the layout as JSON so client code carries no text of its own. */
export function pageContext(): FigureContext & { sampleUrl: string } {
  const element = document.getElementById('bip-context');
  if (!element?.textContent) throw new Error('page context missing');
  return JSON.parse(element.textContent) as FigureContext & { sampleUrl: string };
}
