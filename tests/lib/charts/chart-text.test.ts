import { describe, expect, it } from 'vitest';
import { bandStep, fitLabel, leadingNumber, percentTick, textWidth, wrapLabel } from '../../../src/lib/charts/chart-text';

describe('wrapLabel', () => {
  it('breaks a label that is too wide at the space that evens out its two lines, in any language', () => {
    expect(wrapLabel('Efter ét skift', 50, 12)).toBe('Efter\nét skift');
    expect(wrapLabel('After one change', 50, 12)).toBe('After one\nchange');
    expect(wrapLabel('Job or education', 50, 12)).toBe('Job or\neducation');
    expect(wrapLabel('It varies', 40, 12)).toBe('It\nvaries');
  });

  it('leaves a label that fits, a label without spaces and no-break spaces alone', () => {
    expect(wrapLabel('It varies', 200, 12)).toBe('It varies');
    expect(wrapLabel('Gennemsnit', 20, 12)).toBe('Gennemsnit');
    expect(wrapLabel('+32\u00a0%', 5, 12)).toBe('+32\u00a0%');
  });
});

describe('fitLabel and leadingNumber', () => {
  it('takes the whole text, then its first line, then its number, whichever first fits', () => {
    const text = '+2,6 pct.-point\n= 2 × 1,3';
    const candidates = [text, text.split('\n')[0]!, leadingNumber(text)];
    expect(fitLabel(candidates, 200, 12)).toBe(text);
    expect(fitLabel(['+2,6 pct.-point = 2 × 1,3', ...candidates.slice(1)], textWidth('+2,6 pct.-point', 12) + 1, 12)).toBe('+2,6 pct.-point');
    expect(fitLabel(candidates, 30, 12)).toBe('+2,6');
  });

  it('reads the number a label starts with, without its unit', () => {
    expect(leadingNumber('+1,3 p.e.')).toBe('+1,3');
    expect(leadingNumber('−1.6 pp')).toBe('−1.6');
    expect(leadingNumber('6\u00a0%')).toBe('6');
    expect(leadingNumber('Alla')).toBe('Alla');
  });
});

describe('bandStep and percentTick', () => {
  it('spaces bands as Plot does with equal inner and outer padding', () => {
    // d3.scaleBand: step = range / (n − inner + 2 × outer) = range / (n + padding).
    expect(bandStep(210, 2, 0.1)).toBeCloseTo(100);
  });

  it('writes percent ticks the locale’s way', () => {
    expect(percentTick('en-GB')(25)).toBe('25%');
    expect(percentTick('sv-SE')(25)).toBe('25\u00a0%');
    expect(percentTick('da-DK')(2.5)).toBe('2,5\u00a0%');
  });
});
