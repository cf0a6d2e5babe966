import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from '../../../src/lib/format/parse-locale-number';

const sv = (text: string) => parseLocaleNumber(text, 'sv-SE');

describe('parseLocaleNumber', () => {
  it('reads a Swedish decimal comma and a decimal point alike', () => {
    expect(sv('2,5')).toEqual({ ok: true, value: 2.5 });
    expect(sv('2.5')).toEqual({ ok: true, value: 2.5 });
    expect(sv(',5')).toEqual({ ok: true, value: 0.5 });
    expect(sv('13')).toEqual({ ok: true, value: 13 });
  });

  it('ignores spaces and the no-break spaces Intl puts between digit groups', () => {
    expect(sv('13 500')).toEqual({ ok: true, value: 13500 });
    expect(sv('13\u00a0500')).toEqual({ ok: true, value: 13500 });
    expect(sv('1\u202f000,25')).toEqual({ ok: true, value: 1000.25 });
    expect(sv('  7 ')).toEqual({ ok: true, value: 7 });
  });

  it('takes a hyphen or the Unicode minus sign, and a trailing percent sign', () => {
    expect(sv('-1,3')).toEqual({ ok: true, value: -1.3 });
    expect(sv('\u22121,3')).toEqual({ ok: true, value: -1.3 });
    expect(sv('6 %')).toEqual({ ok: true, value: 6 });
    expect(sv('-0')).toEqual({ ok: true, value: 0 });
  });

  it('reads a locale grouping character as grouping only in whole groups of three', () => {
    expect(parseLocaleNumber('1.300', 'da-DK')).toEqual({ ok: true, value: 1300 });
    expect(parseLocaleNumber('1.300,5', 'da-DK')).toEqual({ ok: true, value: 1300.5 });
    expect(parseLocaleNumber('2.5', 'da-DK')).toEqual({ ok: true, value: 2.5 });
    expect(parseLocaleNumber('1,000.5', 'en-GB')).toEqual({ ok: true, value: 1000.5 });
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
