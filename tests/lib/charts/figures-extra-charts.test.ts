import { describe, expect, it } from 'vitest';
import { caseworkerChangeChart } from '../../../src/lib/charts/caseworker-change-chart';
import { groupColour, jobOrientationChart } from '../../../src/lib/charts/job-orientation-chart';
import { stepEffectChart } from '../../../src/lib/charts/step-effect-chart';
import { GROUP_RAMPS } from '../../../src/lib/charts/palette';
import { renderChartSvg } from '../../../src/lib/ssr/render-chart-svg';

describe('caseworkerChangeChart', () => {
  it('facets by outcome when bars name two panels, and hides every mark from assistive tech', () => {
    const options = caseworkerChangeChart(
      [
        { panel: 'A', label: 'före', rate: 6, text: '6 %', reference: true },
        { panel: 'A', label: 'efter', rate: 4.7, text: '4,7 %' },
        { panel: 'B', label: 'före', rate: 10, text: '10 %', reference: true },
        { panel: 'B', label: 'efter', rate: 8.4, text: '8,4 %' },
      ],
      { width: 360, source: 'published', yLabel: 'Andel', xLabel: null, ariaDescription: 'beskrivning' },
    );
    expect(options.fx).toBeDefined();
    const svg = renderChartSvg(options);
    expect(svg).toContain('aria-label="beskrivning"');
    // Data marks are hidden from assistive tech (the figure's table and description carry the numbers).
    for (const mark of ['bar', 'text', 'rule']) expect(svg).toMatch(new RegExp(`aria-hidden="true" aria-label="${mark}"`));
  });
});

describe('jobOrientationChart', () => {
  it('maps histogram counts below zero so they never reach the rate area', () => {
    const options = jobOrientationChart(
      [
        { group: 1, label: 'g1', rate: 5, low: 4, high: 6, from: -1, to: 0, text: '5 %' },
        { group: 2, label: 'g2', rate: 7, low: 6, high: 8, from: 0, to: 1, text: '7 %' },
      ],
      [
        { x0: -1, x1: 0, group: 1, count: 100 },
        { x0: 0, x1: 1, group: 2, count: 40 },
      ],
      { width: 680, yLabel: 'y', xLabel: 'x', countLabel: 'n', overall: { rate: 6, text: 'Alla' }, ariaDescription: 'd' },
    );
    const domain = (options.y as { domain: [number, number] }).domain;
    expect(domain[0]).toBeLessThan(0);
    expect(domain[1]).toBeGreaterThanOrEqual(10);
    expect(renderChartSvg(options)).toContain('<svg');
  });

  // The histogram's own axis on the right: d3's ticks (about three) up to d3's nice end of the counts.
  const countTicks = (...counts: number[]): number[] => {
    const options = jobOrientationChart(
      [{ group: 1, label: 'g1', rate: 5, low: 4, high: 6, from: -1, to: 1, text: '5 %' }],
      counts.map((count, i) => ({ x0: -1 + i * 0.1, x1: -0.9 + i * 0.1, group: 1, count })),
      { width: 680, yLabel: 'y', xLabel: 'x', countLabel: 'n', overall: { rate: 6, text: 'Alla' }, ariaDescription: 'd' },
    );
    const axis = /text-anchor="start" aria-hidden="true" aria-label="y-axis tick label">(.*?)<\/g>/.exec(renderChartSvg(options))?.[1] ?? '';
    return [...axis.matchAll(/>(\d+)<\/text>/g)].map((m) => Number(m[1]));
  };

  it('labels the histogram counts on round steps from 0 to a round count at or above the largest', () => {
    expect(countTicks(843, 400)).toEqual([0, 500, 1000]);
    expect(countTicks(100, 40)).toEqual([0, 50, 100]);
    expect(countTicks(40, 12)).toEqual([0, 10, 20, 30, 40]);
  });

  it('labels whole counts only when the histogram is tiny', () => {
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(2, 1)).toEqual([0, 1, 2]);
  });

  it('gives 3, 4 and 5 groups their own ordered ramp, and never one colour to two groups', () => {
    for (const k of [3, 4, 5] as const) {
      const colours = Array.from({ length: k }, (_, i) => groupColour(i + 1, k));
      expect(colours).toEqual(GROUP_RAMPS[k]);
      expect(new Set(colours).size).toBe(k);
    }
  });
});

describe('stepEffectChart', () => {
  const rects = (effectPerStep: number) =>
    renderChartSvg(
      stepEffectChart(
        [0, 1, 2].map((steps) => ({ panel: 'Jobb', steps, label: `${steps}`, base: 6, effect: steps * effectPerStep, text: '' })),
        { width: 680, source: 'published', ariaDescription: 'd' },
      ),
    )
      // The explorer's invisible hit rectangles (one per bar) are not drawn parts.
      .replace(/<g[^>]*chart-explore-hit[\s\S]*?<\/g>/, '')
      .match(/<rect/g)?.length ?? 0;

  it('splits each bar into the base and the part the steps add', () => {
    // 3 base rectangles + 2 effect rectangles (0 steps add nothing, so that bar has no effect part).
    expect(rects(1.3)).toBe(5);
  });

  it('draws only the base rectangles when the steps add nothing', () => {
    expect(rects(0)).toBe(3);
  });
});
