import { describe, expect, it } from 'vitest';
import published from '../../../data/published.json';
import { caseworkerChangeFigure } from '../../../src/lib/figures/caseworker-change-figure';
import { figureContext } from '../../../src/i18n/figure-context';
import { renderChartSvg } from '../../../src/lib/ssr/render-chart-svg';
import { tinySample } from '../../fixtures/tiny-sample';

const context = figureContext('sv');
const plain = (s: string) => s.replace(/&#160;/g, ' ').replace(/[\u00a0\u202f]/g, ' ');
const fmt = (v: number) => String(v).replace('.', ',').replace('-', '−');
const f = published.figures;

describe('caseworkerChangeFigure', () => {
  it('shows Tabell 1 for both outcomes from published.json: base, after one change, drop and relative drop', () => {
    const model = caseworkerChangeFigure.build({ source: 'published', change_outcome: 'job_52w' }, null, context);
    expect(model.table.rows.map((r) => r.map(plain))).toEqual([
      ['Jobb inom ett år', `${fmt(f.base_rate_job.value)} %`, `${fmt(f.change_rate_after_job.value)} %`, `${fmt(f.change_effect_job.value)} p.e.`, `${fmt(f.change_relative_job.value)} %`],
      [
        'Jobb eller utbildning inom ett år',
        `${fmt(f.base_rate_job_or_edu.value)} %`,
        `${fmt(f.change_rate_after_job_or_edu.value)} %`,
        `${fmt(f.change_effect_job_or_edu.value)} p.e.`,
        `${fmt(f.change_relative_job_or_edu.value)} %`,
      ],
    ]);
    expect(model.kind).toBe('published');
    expect(model.sourceLine).toContain('Tabell 1');
    expect(plain(model.alt)).toContain('−22 %');
    expect(plain(model.alt)).toContain('−16 %');
    expect(model.csv.split('\n')[1]).toBe('job_52w,6,4.7,-1.3,-22,published,,"Publicerad siffra, Tabell 1 i rapporten från Væksthusets Forskningscenter (2020)."');
  });

  it('draws the drop of each outcome in the SVG, so the chart reads without the table', () => {
    const model = caseworkerChangeFigure.build({ source: 'published', change_outcome: 'job_52w' }, null, context);
    const svg = plain(renderChartSvg(model.plot(680)));
    expect(svg).toContain('−1,3 p.e. (−22 %)');
    expect(svg).toContain('−1,6 p.e. (−16 %)');
    expect(svg).toContain('4,7 %');
    expect(svg).toContain('8,4 %');
  });

  it('computes the rate by number of changes in the sample, pooling 3 or more, for the chosen outcome', () => {
    // 0 changes: 1 of 2 in a job; 1 change: 0 of 1 (1 in education); 4 and 3 changes pool into "3+": 1 of 2.
    const sample = tinySample([
      { caseworker_changes: 0, job_52w: 1 },
      { caseworker_changes: 0 },
      { caseworker_changes: 1, job_or_edu_52w: 1 },
      { caseworker_changes: 3, job_52w: 1 },
      { caseworker_changes: 4 },
    ]);
    const job = caseworkerChangeFigure.build({ source: 'sample', change_outcome: 'job_52w' }, sample, context);
    expect(job.table.rows.map((r) => [r[0], plain(r[1]!), r[3]])).toEqual([
      ['0', '50,0 %', '2'],
      ['1', '0,0 %', '1'],
      ['2', '–', '0'],
      ['3 eller fler', '50,0 %', '2'],
    ]);
    expect(job.kind).toBe('sample');
    // 3 of 5 persons (each row its own person) have at least one change.
    expect(plain(job.takeaway)).toContain('60,0 %');
    const edu = caseworkerChangeFigure.build({ source: 'sample', change_outcome: 'job_or_edu_52w' }, sample, context);
    expect(plain(edu.table.rows[1]![1]!)).toBe('100,0 %');
    expect(edu.csv.split('\n')[4]).toMatch(/^3\+,job_or_edu_52w,50,/);
  });

  it('refuses the sample view without a sample', () => {
    expect(() => caseworkerChangeFigure.build({ source: 'sample' }, null, context)).toThrow();
  });
});
