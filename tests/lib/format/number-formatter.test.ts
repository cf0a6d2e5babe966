import { describe, expect, it } from 'vitest';
import { numberFormatter } from '../../../src/lib/format/number-formatter';

// Intl separates number and % (and thousands) with no-break spaces in Swedish; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('numberFormatter', () => {
  const sv = numberFormatter('sv-SE');
  const en = numberFormatter('en-GB');

  it('writes percentages the Swedish way, with as many decimals as the value has', () => {
    expect(plain(sv.percent(26.8))).toBe('26,8 %');
    expect(plain(sv.percent(6))).toBe('6 %');
    expect(plain(sv.percent(7, 1))).toBe('7,0 %');
  });

  it('writes the same values the English way for an English locale', () => {
    expect(en.percent(26.8)).toBe('26.8%');
    expect(en.count(13500)).toBe('13,500');
  });

  it('shows signs on effects with a real minus sign', () => {
    expect(sv.signed(-1.3)).toBe('\u22121,3');
    expect(sv.signed(3.3)).toBe('+3,3');
    expect(sv.signed(0)).toBe('0');
  });

  it('writes signed percentages through Intl: a no-break space before % in sv and da, none in English', () => {
    const da = numberFormatter('da-DK');
    expect(sv.signedPercent(32)).toBe('+32\u00a0%');
    expect(da.signedPercent(32)).toBe('+32\u00a0%');
    expect(en.signedPercent(32)).toBe('+32%');
    expect(sv.signedPercent(-22)).toBe('\u221222\u00a0%');
    expect(en.signedPercent(1.25, 1)).toBe('+1.3%');
    expect(en.percent(25, 0)).toBe('25%');
  });

  it('groups thousands in counts', () => {
    expect(plain(sv.count(13500))).toBe('13 500');
    expect(plain(sv.count(4000))).toBe('4 000');
  });

  it('rounds to the requested decimals', () => {
    expect(sv.decimal(1.26, 1)).toBe('1,3');
    expect(plain(sv.percent(5.349, 1))).toBe('5,3 %');
  });
});

describe('numberFormatter.percentRange', () => {
  const sv = numberFormatter('sv-SE');
  it('writes an interval of percentages with one decimal by default', () => {
    expect(plain(sv.percentRange(4.84, 5.61))).toBe('4,8 % – 5,6 %');
    expect(plain(sv.percentRange(4.84, 5.61, 0))).toBe('5 % – 6 %');
  });
  it('gives an empty string when an end is missing (published figures have no interval)', () => {
    expect(sv.percentRange(null, 5)).toBe('');
    expect(sv.percentRange(4, undefined)).toBe('');
  });
});
