import type { FigureContext } from '../lib/figures/figure-model';
import type { Strings } from '../i18n/strings';

type PageContext = FigureContext<Strings> & { sampleUrl: string; notices?: Strings['notices'] };
let parsed: PageContext | undefined;

/**
 * The page's language context: locale and sample URL from the head (`#bip-context`), and the UI strings
 * of the role files the page's widgets use, shipped by each widget (`script[data-bip-strings]`, see
 * src/components/ClientStrings.astro) so client code carries no text of its own. Parsed once per page.
 */
export function pageContext(): PageContext {
  if (parsed) return parsed;
  const element = document.getElementById('bip-context');
  if (!element?.textContent) throw new Error('page context missing');
  const base = JSON.parse(element.textContent) as Omit<PageContext, 'strings'>;
  const strings = Object.assign({}, ...[...document.querySelectorAll('script[data-bip-strings]')].map((s) => JSON.parse(s.textContent ?? '{}')));
  parsed = { ...base, strings } as PageContext;
  return parsed;
}

/**
 * The page context, or null where a page has none or a broken one: for the helpers every page loads
 * (the chart explorer, the site notice), which must never break a page.
 */
export function optionalPageContext(): PageContext | null {
  try {
    return pageContext();
  } catch {
    return null;
  }
}
