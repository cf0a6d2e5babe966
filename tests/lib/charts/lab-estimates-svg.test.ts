import { describe, expect, it } from 'vitest';
import { labEstimatesSvg } from '../../../src/lib/charts/lab-estimates-svg';

const rows = [
  { label: 'Naiv', value: 4.7, low: 4.1, high: 5.3, text: '+4,70' },
  { label: '2SLS <IV> & co', value: 1.2, low: 0.5, high: 1.9, text: '+1,20' },
];
const options = { truth: 1.3, truthLabel: 'Sanning +1,30', xLabel: 'Effekt', ariaDescription: 'Två "skattningar"', formatTick: (v: number, d: number) => v.toFixed(d) };

describe('labEstimatesSvg', () => {
  it('is one accessible image whose marks are hidden, with the labels escaped', () => {
    const svg = labEstimatesSvg(rows, { ...options, width: 680 });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Två &quot;skattningar&quot;"')).toBe(true);
    expect(svg).toContain('<g aria-hidden="true">');
    expect(svg).toContain('2SLS &lt;IV&gt; &amp; co');
    expect(svg).not.toContain('<IV>');
  });

  it('draws a dot and an interval per estimator, the truth dashed, and ticks on nice steps including 0', () => {
    const svg = labEstimatesSvg(rows, { ...options, width: 680 });
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);
    expect(svg).toContain('>Sanning +1,30<');
    const ticks = [...svg.matchAll(/text-anchor="middle" fill="#1f2328">(-?[\d.]+)</g)].map((m) => Number(m[1]));
    expect(ticks).toContain(0);
    const steps = new Set(ticks.slice(1).map((t, i) => Math.round((t - ticks[i]!) * 1e9) / 1e9));
    expect(steps.size).toBe(1);
  });

  const ticksOf = (svg: string) => [...svg.matchAll(/text-anchor="middle" fill="#1f2328">(-?[\d.]+)</g)].map((m) => m[1]);

  it('ticks at d3’s steps for about seven ticks when wide and four when narrow, with the decimals the step needs', () => {
    expect(ticksOf(labEstimatesSvg(rows, { ...options, width: 680 }))).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(ticksOf(labEstimatesSvg(rows, { ...options, width: 340 }))).toEqual(['0', '2', '4']);
    const small = [{ label: 'Naiv', value: 0.3, low: 0.2, high: 0.4, text: '+0,30' }];
    expect(ticksOf(labEstimatesSvg(small, { ...options, truth: 0.1, width: 680 }))).toEqual(['0.00', '0.05', '0.10', '0.15', '0.20', '0.25', '0.30', '0.35', '0.40']);
  });

  it('puts the labels above the rows when narrow', () => {
    const wide = labEstimatesSvg(rows, { ...options, width: 680 });
    const narrow = labEstimatesSvg(rows, { ...options, width: 340 });
    expect(wide).toContain('text-anchor="end"');
    expect(narrow).not.toContain('text-anchor="end"');
  });
});
