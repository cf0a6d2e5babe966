import { describe, expect, it } from 'vitest';
import { beliefDistributionFigure } from '../../../src/lib/figures/belief-distribution-figure';
import { figureContext } from '../../../src/i18n/figure-context';
import { tinySample } from '../../fixtures/tiny-sample';

const context = figureContext('sv');
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('beliefDistributionFigure', () => {
  it('keeps Nej and Tvivlar together in the published view, with the report hedges', () => {
    const model = beliefDistributionFigure.build({ source: 'published', outcome: 'job_52w' }, null, context);
    expect(model.table.rows.map((row) => row[0])).toEqual(['Nej eller Tvivlar', 'Varierar', 'Goda chanser', 'Ja']);
    expect(model.table.rows.map((row) => plain(row[1]!))).toEqual(['knappt 50 %', 'cirka 25 %', 'cirka 20 %', '6 %']);
    expect(plain(model.note)).toContain('2 %');
    expect(model.note).toContain('antagen');
    // The Goda chanser row is assumed, the others published, in the CSV too.
    const kinds = model.csv.trim().split('\n').slice(1).map((line) => line.split(',').find((cell) => /^(published|assumed|sample)$/.test(cell)));
    expect(kinds).toEqual(['published', 'published', 'assumed', 'published']);
    // The source line, which every export and link preview prints, says which bar is assumed.
    expect(model.sourceLine).toMatch(/Figur 2 .*Delvis antagen: andelen ”Goda chanser” \(grå stapel\)/);
  });

  it('shows all five answers with shares of the answered rows in the sample view, "vet inte" left out', () => {
    const sample = tinySample([{ belief: 1 }, { belief: 1 }, { belief: 2 }, { belief: 5 }, { belief: null }]);
    const model = beliefDistributionFigure.build({ source: 'sample', outcome: 'job_52w' }, sample, context);
    expect(model.table.rows.map((row) => plain(row[1]!))).toEqual(['50,0 %', '25,0 %', '0,0 %', '0,0 %', '25,0 %']);
    expect(plain(model.note)).toContain('20,0 %'); // 1 of 5 answers was "vet inte"
    expect(model.sourceLine).toContain('antagen');
  });
});
