import { describe, expect, it } from 'vitest';
import assumed from '../../data/assumed.json';
import codebook from '../../data/codebook.json';
import { LANGUAGES } from '../../src/i18n/languages';

/** Paths of the texts in a data file that are given in Swedish but not in every site language. */
export function untranslated(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.sv === 'string' ? LANGUAGES.filter((lang) => typeof record[lang] !== 'string' || record[lang] === '').map((lang) => `${path}.${lang}`) : [];
  return [...own, ...Object.entries(record).flatMap(([key, inner]) => untranslated(inner, `${path}.${key}`))];
}

describe('texts in the data files', () => {
  it('exist in every language wherever Swedish has them (codebook, assumed values)', () => {
    expect(untranslated(codebook, 'codebook')).toEqual([]);
    expect(untranslated(assumed, 'assumed')).toEqual([]);
  });

  it('fail the check when a language is missing', () => {
    expect(untranslated({ a: { sv: 'x' } })).toEqual(LANGUAGES.filter((lang) => lang !== 'sv').map((lang) => `.a.${lang}`));
    expect(untranslated({ a: { sv: 'x', da: 'y', en: '' } })).toEqual(['.a.en']);
  });
});
