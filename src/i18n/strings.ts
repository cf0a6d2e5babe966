import svCore from './sv/core.json';
import svFiguresExtra from './sv/figures-extra.json';
import svReport from './sv/report.json';
import svWorkshop from './sv/workshop.json';
import svCalculators from './sv/calculators.json';
import svLab from './sv/lab.json';
import type { Lang } from './languages';

// UI strings per language, one JSON file per area of the site under src/i18n/<lang>/. An area adds its
// file here for every language; Swedish is the reference shape (tests/i18n checks the others match).
// `figures` and `controls` are shared by several area files, so they merge one level deep.
const sv = {
  ...svCore,
  ...svFiguresExtra,
  ...svReport,
  ...svWorkshop,
  ...svCalculators,
  ...svLab,
  figures: { ...svCore.figures, ...svFiguresExtra.figures },
  controls: { ...svCore.controls, ...svFiguresExtra.controls },
};

/** The shape of a language's UI strings. */
export type Strings = typeof sv;

const STRINGS: Record<Lang, Strings> = { sv };

/** The UI strings of a language. */
export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
