import type { Lang } from './languages';
import { LANGUAGES } from './languages';
import svSite from './sv/site.json';
import svFigures from './sv/figures.json';
import svReport from './sv/report.json';
import svWorkshop from './sv/workshop.json';
import svCalculators from './sv/calculators.json';
import svLab from './sv/lab.json';

// UI strings per language, one JSON file per role under src/i18n/<lang>/: site (chrome, kinds, units,
// the answer scale), figures (figure texts, controls, the leave-one-out explainer), report (chapters'
// widgets, start page, method page), calculators, lab, workshop. Swedish is the reference shape; every
// other language has the same files with the same keys (tests/i18n checks). Files are found by a glob, so
// adding a language is adding its folder and its code in languages.ts.
const sv = { ...svSite, ...svFigures, ...svReport, ...svWorkshop, ...svCalculators, ...svLab };

/** The shape of a language's UI strings. */
export type Strings = typeof sv;

/** The role files every language has, named as in src/i18n/sv/. */
export const STRING_AREAS = ['site', 'figures', 'report', 'workshop', 'calculators', 'lab'] as const;
/** One of the role files. */
export type StringArea = (typeof STRING_AREAS)[number];

/** The top-level keys each role file holds (the same in every language). */
const AREA_KEYS: Record<StringArea, string[]> = {
  site: Object.keys(svSite),
  figures: Object.keys(svFigures),
  report: Object.keys(svReport),
  workshop: Object.keys(svWorkshop),
  calculators: Object.keys(svCalculators),
  lab: Object.keys(svLab),
};

/** The part of a language's strings that the given role files hold (what a page ships to its widgets). */
export function stringsOfAreas(lang: Lang, areas: readonly StringArea[]): Partial<Strings> {
  const all = strings(lang) as Record<string, unknown>;
  return Object.fromEntries(areas.flatMap((area) => AREA_KEYS[area].map((key) => [key, all[key]]))) as Partial<Strings>;
}

const files = import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json', { eager: true });

function load(lang: Lang): Strings {
  if (lang === 'sv') return sv;
  const merged: Record<string, unknown> = {};
  for (const area of STRING_AREAS) {
    const file = files[`./${lang}/${area}.json`];
    if (!file) throw new Error(`Missing UI strings: src/i18n/${lang}/${area}.json`);
    Object.assign(merged, file.default);
  }
  // The shape is checked against Swedish by tests/i18n/strings.test.ts.
  return merged as Strings;
}

const STRINGS = Object.fromEntries(LANGUAGES.map((lang) => [lang, load(lang)])) as Record<Lang, Strings>;

/** The UI strings of a language. */
export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
