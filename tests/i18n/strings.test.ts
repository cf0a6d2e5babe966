import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LOCALES, LANGUAGE_NAMES } from '../../src/i18n/languages';
import { strings } from '../../src/i18n/strings';

/** Every key path of a nested strings object, e.g. "figure.loading". */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

type Json = Record<string, unknown>;

/** The Swedish area files (src/i18n/sv/*.json), read from disk so a newly added file is checked too. */
const SV_DIR = join(__dirname, '../../src/i18n/sv');
const areaFiles: { file: string; json: Json }[] = readdirSync(SV_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ file, json: JSON.parse(readFileSync(join(SV_DIR, file), 'utf8')) as Json }));

/** Top-level keys that src/i18n/strings.ts deliberately merges one level deep across area files. */
const MERGED = ['figures', 'controls'];

/** "key → files that define it", keeping only keys defined by more than one file. */
function collisions(objects: { file: string; json: Json }[]): Record<string, string[]> {
  const owners: Record<string, string[]> = {};
  for (const { file, json } of objects) for (const key of Object.keys(json)) (owners[key] ??= []).push(file);
  return Object.fromEntries(Object.entries(owners).filter(([, files]) => files.length > 1));
}

describe('UI strings', () => {
  it('finds the Swedish area files', () => {
    expect(areaFiles.map((a) => a.file)).toContain('site.json');
    expect(areaFiles.length).toBeGreaterThan(1);
  });

  it('merge area files whose top-level keys do not collide (except the deliberately merged ones)', () => {
    const clashes = collisions(areaFiles);
    for (const key of MERGED) delete clashes[key];
    // A clash here means a later `...spread` in strings.ts silently replaces an earlier area's strings.
    expect(clashes).toEqual({});
  });

  for (const merged of MERGED) {
    it(`merge the nested keys of "${merged}" without collisions`, () => {
      const parts = areaFiles
        .filter(({ json }) => typeof json[merged] === 'object' && json[merged] !== null)
        .map(({ file, json }) => ({ file, json: json[merged] as Json }));
      expect(parts.length, `area files with "${merged}"`).toBeGreaterThan(1);
      expect(collisions(parts)).toEqual({});
    });
  }

  it('contain every string of every Swedish area file unchanged (each file is registered and nothing is overwritten)', () => {
    const merged = keyPaths(strings('sv'));
    const sv = strings('sv') as unknown as Json;
    for (const { file, json } of areaFiles) {
      for (const path of keyPaths(json)) {
        expect(merged, `${file}: ${path}`).toContain(path);
        const value = path.split('.').reduce<unknown>((obj, key) => (obj as Json)[key], sv);
        const own = path.split('.').reduce<unknown>((obj, key) => (obj as Json)[key], json);
        expect(value, `${file}: ${path}`).toEqual(own);
      }
    }
  });

  // With only Swedish this compares Swedish with itself; it bites as soon as a second language is
  // added to LANGUAGES (src/i18n/languages.ts) and its strings miss or add a key.
  it('exist for every language with exactly the keys of the Swedish reference', () => {
    const reference = keyPaths(strings('sv')).sort();
    for (const lang of LANGUAGES) {
      expect(keyPaths(strings(lang)).sort(), lang).toEqual(reference);
      expect(LOCALES[lang]).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
      expect(LANGUAGE_NAMES[lang]).not.toBe('');
    }
  });

  it('name the five answers of the belief scale in every language', () => {
    for (const lang of LANGUAGES) expect(strings(lang).belief_levels).toHaveLength(5);
  });
});
