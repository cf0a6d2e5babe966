import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import published from '../../../data/published.json';
import { stepEffectFigure } from '../../../src/lib/figures/step-effect-figure';
import { beliefEffect2sls } from '../../../src/lib/analysis/belief-effect-2sls';
import { parseSample } from '../../../src/lib/data/parse-sample';
import { figureContext } from '../../../src/i18n/figure-context';
import { renderChartSvg } from '../../../src/lib/ssr/render-chart-svg';

const context = figureContext('sv');
const plain = (s: string) => s.replace(/&#160;/g, ' ').replace(/[\u00a0\u202f]/g, ' ');
const f = published.figures;

describe('stepEffectFigure', () => {
  it('adds the Tabell 4 effect once and twice to the published bases', () => {
    const model = stepEffectFigure.build({ source: 'published' }, null, context);
    const rows = model.table.rows.map((r) => r.map(plain));
    expect(rows[0]).toEqual(['Jobb inom ett år', '6 %', '+1,3 p.e.', '+22 %', '7,3 %', '8,6 %']);
    expect(rows[1]).toEqual(['Jobb eller utbildning inom ett år', '10 %', '+3,3 p.e.', '+33 %', '13,3 %', '16,6 %']);
    // The numbers come from published.json, not from the test: the same sums from the file.
    expect(rows[0]![4]).toBe(`${(f.base_rate_job.value + f.step_effect_job.value).toFixed(1).replace('.', ',')} %`);
    expect(model.csv.split('\n')[1]).toBe('job_52w,6,1.3,,,22,7.3,8.6,published,,"Publicerad siffra, Tabell 4 i rapporten från Væksthusets Forskningscenter (2020)."');
    expect(model.sourceLine).toContain('Tabell 4');
  });

  it('shows the doubling in the chart itself', () => {
    const model = stepEffectFigure.build({ source: 'published' }, null, context);
    const svg = plain(renderChartSvg(model.plot(680)));
    expect(svg).toContain('+2,6 p.e.');
    expect(svg).toContain('= 2 × 1,3');
    expect(svg).toContain('+6,6 p.e.');
    expect(plain(model.takeaway)).toContain('dubbelt');
  });

  it('uses the 2SLS estimate of the sample, with its interval, in the sample view', () => {
    const sample = parseSample(readFileSync('data/sample.csv', 'utf8'));
    const model = stepEffectFigure.build({ source: 'sample' }, sample, context);
    const fit = beliefEffect2sls(sample, { outcome: 'job_52w' });
    const line = model.csv.split('\n')[1]!.split(',');
    expect(Number(line[2])).toBeCloseTo(fit.coefficient * 100, 4);
    expect(Number(line[3])).toBeCloseTo(fit.low * 100, 4);
    expect(Number(line[4])).toBeCloseTo(fit.high * 100, 4);
    expect(model.table.head).toContain('95 % intervall för effekten');
    expect(model.kind).toBe('sample');
  });
});
