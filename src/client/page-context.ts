import type { FigureContext } from '../lib/figures/figure-model';

type PageContext = FigureContext & { sampleUrl: string };
let parsed: PageContext | undefined;

/**
 * The page's language context, embedded by the layout as JSON so client code carries no text of its own.
 * Parsed once per page: it holds every UI string and is read on each update.
 */
export function pageContext(): PageContext {
  if (parsed) return parsed;
  const element = document.getElementById('bip-context');
  if (!element?.textContent) throw new Error('page context missing');
  parsed = JSON.parse(element.textContent) as PageContext;
  return parsed;
}
