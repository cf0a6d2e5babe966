import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LOCALES, LANGUAGE_NAMES } from '../../src/i18n/languages';
import { STRING_AREAS, strings, stringsOfAreas } from '../../src/i18n/strings';

type Json = Record<string, unknown>;

/** Every leaf of a nested strings object as [path, value], arrays by index ("belief_levels.0"). */
export function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
}

/** The {placeholders} of a string, sorted. */
const placeholders = (text: unknown) => (typeof text === 'string' ? [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : []);

/** The role files of one language, read from disk so a file added or lost in any language is seen. */
function areaFiles(lang: string): Record<string, Json> {
  const dir = join(__dirname, '../../src/i18n', lang);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json]),
  );
}

/** Everything that differs between a language's role files and Swedish's: files, keys, placeholders, emptiness. */
export function parityProblems(reference: Record<string, Json>, other: Record<string, Json>): string[] {
  const problems: string[] = [];
  const files = new Set([...Object.keys(reference), ...Object.keys(other)]);
  for (const file of files) {
    if (!reference[file] || !other[file]) {
      problems.push(`${file}.json exists in only one language`);
      continue;
    }
    const ours = new Map(leaves(other[file]));
    const theirs = new Map(leaves(reference[file]));
    for (const [path, value] of theirs) {
      if (!ours.has(path)) problems.push(`${file}: ${path} missing`);
      else if (placeholders(value).join() !== placeholders(ours.get(path)).join()) problems.push(`${file}: ${path} placeholders differ`);
      else if (value !== '' && ours.get(path) === '') problems.push(`${file}: ${path} empty`);
    }
    for (const path of ours.keys()) if (!theirs.has(path)) problems.push(`${file}: ${path} not in Swedish`);
  }
  return problems;
}

const SV = areaFiles('sv');

describe('UI strings', () => {
  it('are one file per role, the same files in every language', () => {
    expect(Object.keys(SV).sort()).toEqual([...STRING_AREAS].sort());
    for (const lang of LANGUAGES) expect(Object.keys(areaFiles(lang)).sort(), lang).toEqual([...STRING_AREAS].sort());
  });

  it('keep their top-level keys apart across role files (a clash would let one file overwrite another)', () => {
    const owners: Record<string, string[]> = {};
    for (const [file, json] of Object.entries(SV)) for (const key of Object.keys(json)) (owners[key] ??= []).push(file);
    expect(Object.entries(owners).filter(([, files]) => files.length > 1)).toEqual([]);
  });

  it('reach strings(lang) unchanged from every role file of every language', () => {
    for (const lang of LANGUAGES) {
      const merged = strings(lang) as unknown as Json;
      for (const json of Object.values(areaFiles(lang))) for (const key of Object.keys(json)) expect(merged[key], `${lang}: ${key}`).toEqual(json[key]);
    }
  });

  it('have in every language exactly the keys, placeholders and non-empty values of the Swedish reference', () => {
    for (const lang of LANGUAGES) expect(parityProblems(SV, areaFiles(lang)), lang).toEqual([]);
  });

  it('parity check fails on a removed key, an added key, a lost placeholder and a lost file', () => {
    const da = structuredClone(areaFiles('da'));
    delete (da.site!.site as Json).skip;
    (da.figures!.figure as Json).extra = 'x';
    (da.site!.units as Json).pp = 'procentpoint';
    delete da.lab;
    expect(parityProblems(SV, da)).toEqual(
      expect.arrayContaining(['site: site.skip missing', 'figures: figure.extra not in Swedish', 'site: units.pp placeholders differ', 'lab.json exists in only one language']),
    );
  });

  it('have a locale and a name for every language, and the five answers of the scale', () => {
    for (const lang of LANGUAGES) {
      expect(LOCALES[lang]).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
      expect(LANGUAGE_NAMES[lang]).not.toBe('');
      expect(strings(lang).belief_levels).toHaveLength(5);
    }
  });

  it('give a page only the role files it asks for', () => {
    const part = stringsOfAreas('en', ['lab']) as Json;
    expect(Object.keys(part)).toEqual(Object.keys(SV.lab!));
    expect(part.lab).toEqual(strings('en').lab);
  });

  it('translate the survey question in every language but Swedish, whose wording is the quoted original', () => {
    expect(strings('sv').question.translation).toBe('');
    for (const lang of LANGUAGES.filter((l) => l !== 'sv')) expect(strings(lang).question.translation.length, lang).toBeGreaterThan(20);
  });
});
