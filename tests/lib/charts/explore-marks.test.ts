import { describe, expect, it } from 'vitest';
import { caseworkerChangeChart } from '../../../src/lib/charts/caseworker-change-chart';
import { jobRateByBeliefChart } from '../../../src/lib/charts/job-rate-by-belief-chart';
import { exploreLabel } from '../../../src/lib/charts/explore-marks';
import { renderChartSvg } from '../../../src/lib/ssr/render-chart-svg';

const explored = (svg: string) => [...svg.matchAll(/data-explore="([^"]*)"/g)].map((m) => m[1]);

describe('explore marks', () => {
  it('joins a mark’s label parts and value on one line', () => {
    expect(exploreLabel(['Job', null, 'After\none change'], '4.7%')).toBe('Job, After one change: 4.7%');
  });

  it('writes each bar’s label, value, interval and kind on the build-time SVG, in bar order', () => {
    const svg = renderChartSvg(
      jobRateByBeliefChart(
        [
          { label: 'No', rate: 1.1, low: 0.8, high: 1.5, text: '1.1%' },
          { label: 'Yes', rate: 8.3, low: 7.6, high: 9, text: '8.3%' },
        ],
        { width: 680, source: 'sample', xLabel: 'x', yLabel: 'y', ariaDescription: 'd', locale: 'en-GB' },
      ),
    );
    expect(explored(svg)).toEqual(['No: 1.1%', 'Yes: 8.3%']);
    expect(svg).toContain('data-explore-interval="0.8% – 1.5%"');
    expect(svg).toContain('data-explore-kind="sample"');
  });

  it('names the panel of a faceted chart and formats its ticks for the locale', () => {
    const svg = renderChartSvg(
      caseworkerChangeChart(
        [
          { panel: 'Job', label: 'Average', rate: 6, text: '6%', reference: true },
          { panel: 'Job', label: 'After one change', rate: 4.7, text: '4.7%' },
          { panel: 'Job or education', label: 'Average', rate: 10, text: '10%', reference: true },
          { panel: 'Job or education', label: 'After one change', rate: 8.4, text: '8.4%' },
        ],
        { width: 272, source: 'published', yLabel: 'y', xLabel: null, ariaDescription: 'd', locale: 'en-GB' },
      ),
    );
    expect(explored(svg)).toEqual(['Job, Average: 6%', 'Job, After one change: 4.7%', 'Job or education, Average: 10%', 'Job or education, After one change: 8.4%']);
    expect(svg).toMatch(/>10%</);
    expect(svg).not.toMatch(/\d %/);
  });
});
