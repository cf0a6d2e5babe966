import type { FigureContext } from '../lib/figures/figure-model';
import { LOCALES, type Lang } from './languages';
import { strings } from './strings';

/** The language context a figure is built in: locale for Intl plus the UI strings. */
export function figureContext(lang: Lang): FigureContext {
  return { locale: LOCALES[lang], strings: strings(lang) };
}
