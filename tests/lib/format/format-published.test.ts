import { describe, expect, it } from 'vitest';
import { formatPublished } from '../../../src/lib/format/format-published';
import { numberFormatter } from '../../../src/lib/format/number-formatter';
import { strings } from '../../../src/i18n/strings';

const format = numberFormatter('sv-SE');
const t = strings('sv');
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatPublished', () => {
  it('formats percentages, effects and counts the Swedish way', () => {
    expect(nb(formatPublished({ value: 26.8, unit: 'percent', section: 'Tabell 2' }, format, t))).toBe('26,8 %');
    expect(nb(formatPublished({ value: -1.3, unit: 'pp', section: 'Tabell 1' }, format, t, { absolute: true }))).toBe('1,3 procentenheter');
    expect(nb(formatPublished({ value: -1.3, unit: 'pp', section: 'Tabell 1' }, format, t, { signed: true, short: true }))).toBe('−1,3 p.e.');
    expect(nb(formatPublished({ value: 32, unit: 'relative_percent', section: 'Figur 4' }, format, t, { signed: true }))).toBe('+32 %');
    expect(nb(formatPublished({ value: 4000, unit: 'count', approx: 'about', section: 'Introduktion' }, format, t))).toBe('cirka 4 000');
    expect(nb(formatPublished({ value: 4000, unit: 'count', approx: 'about', section: 'Introduktion' }, format, t, { bare: true }))).toBe('4 000');
    expect(formatPublished({ value: 2011, unit: 'year', section: 'Introduktion' }, format, t)).toBe('2011');
  });

  it('signs relative percentages the way each locale writes them, with no break before %', () => {
    const figure = { value: 32, unit: 'relative_percent', section: 'Figur 4' } as const;
    expect(formatPublished(figure, numberFormatter('en-GB'), strings('en'), { signed: true })).toBe('+32%');
    expect(formatPublished(figure, numberFormatter('da-DK'), strings('da'), { signed: true })).toBe('+32\u00a0%');
    expect(formatPublished(figure, format, t, { signed: true })).toBe('+32\u00a0%');
  });
});
