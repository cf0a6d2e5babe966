import { describe, expect, it } from 'vitest';
import published from '../../../data/published.json';
import { jobRateByBeliefFigure } from '../../../src/lib/figures/job-rate-by-belief-figure';
import { figureContext } from '../../../src/i18n/figure-context';
import { renderChartSvg } from '../../../src/lib/ssr/render-chart-svg';
import { tinySample } from '../../fixtures/tiny-sample';

const context = figureContext('sv');
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('jobRateByBeliefFigure', () => {
  it('shows the five Tabell 2 rates from published.json in the published view', () => {
    const model = jobRateByBeliefFigure.build({ source: 'published', outcome: 'job_52w' }, null, context);
    const expected = [1, 2, 3, 4, 5].map((b) => published.figures[`job_rate_belief_${b}` as 'job_rate_belief_1'].value);
    expect(model.table.rows.map((row) => row[0])).toEqual(['Nej', 'Tvivlar', 'Varierar', 'Goda chanser', 'Ja']);
    expect(model.table.rows.map((row) => plain(row[1]!))).toEqual(expected.map((v) => `${String(v).replace('.', ',')} %`));
    expect(model.kind).toBe('published');
    expect(model.sourceLine).toContain('Tabell 2');
    expect(plain(model.takeaway)).toContain('26,8 %');
    expect(plain(model.takeaway)).toContain('1,1 %');
  });

  it('writes a CSV with raw numbers and a point as decimal separator', () => {
    const model = jobRateByBeliefFigure.build({ source: 'published', outcome: 'job_52w' }, null, context);
    const [header, ...lines] = model.csv.split('\n');
    expect(header).toBe('belief,answer,outcome,rate_percent,low_percent,high_percent,n,kind,approx,source');
    expect(lines[4]).toBe('5,Ja,job_52w,26.8,,,,published,,"Publicerad siffra, Tabell 2 i rapporten från Væksthusets Forskningscenter (2020)."');
  });

  it('keeps the published view on jobs even if the outcome asks for education, since only jobs are published', () => {
    const model = jobRateByBeliefFigure.build({ source: 'published', outcome: 'job_or_edu_52w' }, null, context);
    expect(model.caption).toBe(context.strings.figures['job-rate-by-belief'].caption);
  });

  it('computes rates with intervals from the sample for the chosen outcome', () => {
    // Belief 1: 1 of 4 in a job; belief 5: 2 of 2, and one more in education at belief 1.
    const sample = tinySample([
      { belief: 1, job_52w: 1 },
      { belief: 1, job_or_edu_52w: 1 },
      { belief: 1 },
      { belief: 1 },
      { belief: 5, job_52w: 1 },
      { belief: 5, job_52w: 1 },
      { belief: null, job_52w: 1 },
    ]);
    const jobs = jobRateByBeliefFigure.build({ source: 'sample', outcome: 'job_52w' }, sample, context);
    expect(jobs.kind).toBe('sample');
    expect(jobs.table.head).toHaveLength(4);
    expect(plain(jobs.table.rows[0]![1]!)).toBe('25,0 %');
    expect(jobs.table.rows[1]![1]).toBe('–'); // nobody answered Tvivlar
    expect(plain(jobs.table.rows[4]![1]!)).toBe('100,0 %');
    const education = jobRateByBeliefFigure.build({ source: 'sample', outcome: 'job_or_edu_52w' }, sample, context);
    expect(plain(education.table.rows[0]![1]!)).toBe('50,0 %');
    expect(jobs.sourceLine).toContain('Syntetiskt urval');
  });

  it('refuses the sample view without a sample', () => {
    expect(() => jobRateByBeliefFigure.build({ source: 'sample', outcome: 'job_52w' }, null, context)).toThrow();
  });

  it('renders an SVG that states every rate and carries the finding as its accessible name', () => {
    const model = jobRateByBeliefFigure.build({ source: 'published', outcome: 'job_52w' }, null, context);
    const svg = plain(renderChartSvg(model.plot(640)).replaceAll('&#160;', ' '));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('role="img"');
    for (const rate of ['1,1 %', '2,6 %', '5,1 %', '10,4 %', '26,8 %']) expect(svg).toContain(`>${rate}<`);
    expect(svg).toContain(`aria-label="${plain(model.alt)}"`);
  });
});
