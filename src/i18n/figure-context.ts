import type { FigureContext } from '../lib/figures/figure-model';
import { LOCALES, type Lang } from './languages';
import { strings, type Strings } from './strings';

/** The language context a figure is built in: locale for Intl plus the UI strings. */
export function figureContext(lang: Lang): FigureContext<Strings> {
  return { locale: LOCALES[lang], strings: strings(lang) };
}
