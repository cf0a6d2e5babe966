import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from '../../../src/lib/format/parse-locale-number';

const sv = (text: string) => parseLocaleNumber(text, 'sv-SE');

describe('parseLocaleNumber', () => {
  it('reads a Swedish decimal comma and a decimal point alike', () => {
    expect(sv('2,5')).toMatchObject({ ok: true, value: 2.5 });
    expect(sv('2.5')).toMatchObject({ ok: true, value: 2.5 });
    expect(sv(',5')).toMatchObject({ ok: true, value: 0.5 });
    expect(sv('13')).toMatchObject({ ok: true, value: 13 });
  });

  it('ignores spaces and the no-break spaces Intl puts between digit groups', () => {
    expect(sv('13 500')).toMatchObject({ ok: true, value: 13500 });
    expect(sv('13\u00a0500')).toMatchObject({ ok: true, value: 13500 });
    expect(sv('1\u202f000,25')).toMatchObject({ ok: true, value: 1000.25 });
    expect(sv('  7 ')).toMatchObject({ ok: true, value: 7 });
  });

  it('takes a hyphen or the Unicode minus sign, and a trailing percent sign', () => {
    expect(sv('-1,3')).toMatchObject({ ok: true, value: -1.3 });
    expect(sv('\u22121,3')).toMatchObject({ ok: true, value: -1.3 });
    expect(sv('6 %')).toMatchObject({ ok: true, value: 6 });
    expect(sv('-0')).toMatchObject({ ok: true, value: 0 });
  });

  it('reads a locale grouping character as grouping only in whole groups of three', () => {
    expect(parseLocaleNumber('1.300', 'da-DK')).toMatchObject({ ok: true, value: 1300 });
    expect(parseLocaleNumber('1.300,5', 'da-DK')).toMatchObject({ ok: true, value: 1300.5 });
    expect(parseLocaleNumber('2.5', 'da-DK')).toMatchObject({ ok: true, value: 2.5 });
    expect(parseLocaleNumber('1,000.5', 'en-GB')).toMatchObject({ ok: true, value: 1000.5 });
  });

  it('says "empty" for nothing typed and "not-a-number" for anything else that is not a plain number', () => {
    expect(sv('')).toEqual({ ok: false, problem: 'empty' });
    expect(sv('  ')).toEqual({ ok: false, problem: 'empty' });
    expect(sv('-')).toEqual({ ok: false, problem: 'empty' });
    for (const text of ['abc', '1,2,3', '1,2.3', '1e3', '0x10', 'Infinity', '2,5 kr', '--1', '1-2']) {
      expect(sv(text), text).toEqual({ ok: false, problem: 'not-a-number' });
    }
  });
});

describe('parseLocaleNumber in a count field (issue: "1.000" persons became 1)', () => {
  const count = (text: string, locale: string) => parseLocaleNumber(text, locale, { whole: true });

  it.each(['sv-SE', 'da-DK', 'en-GB'])('reads ".", ",", spaces and no-break spaces between groups of three as thousands in %s', (locale) => {
    for (const [text, value] of [['1.000', 1000], ['1,000', 1000], ['10.000', 10000], ['1 000', 1000], ['1\u00a0000', 1000], ["1'000", 1000], ['1.000.000', 1000000], ['13500', 13500]] as const) {
      expect(count(text, locale), `${text} in ${locale}`).toMatchObject({ ok: true, value });
    }
  });

  it('keeps other separators as decimals (so the whole-number check refuses them) and refuses a percent sign', () => {
    expect(count('1.5', 'sv-SE')).toMatchObject({ ok: true, value: 1.5, decimals: 1 });
    expect(count('1,50', 'da-DK')).toMatchObject({ ok: true, value: 1.5, decimals: 2 });
    expect(count('1.000,5', 'da-DK')).toMatchObject({ ok: true, value: 1000.5 });
    expect(count('5%', 'sv-SE')).toEqual({ ok: false, problem: 'percent-not-allowed' });
    expect(parseLocaleNumber('5 %', 'sv-SE')).toMatchObject({ ok: true, value: 5 });
  });

  it('says how many decimals were typed, so a field can refuse more precision than it keeps', () => {
    expect(parseLocaleNumber('0,0004', 'sv-SE')).toMatchObject({ value: 0.0004, decimals: 4 });
    expect(parseLocaleNumber('0.12345', 'en-GB')).toMatchObject({ value: 0.12345, decimals: 5 });
    expect(parseLocaleNumber('12', 'en-GB')).toMatchObject({ decimals: 0 });
  });
});
