import { describe, expect, it } from 'vitest';
import { LANGUAGES, LOCALES, LANGUAGE_NAMES } from '../../src/i18n/languages';
import { strings } from '../../src/i18n/strings';

/** Every key path of a nested strings object, e.g. "figure.loading". */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

describe('UI strings', () => {
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
