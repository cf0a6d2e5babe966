import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureContext } from '../../../src/i18n/figure-context';
import { FIGURES } from '../../../src/lib/figures/figures';
import { viewSource } from '../../../src/lib/figures/figure-model';
import { renderChartSvg } from '../../../src/lib/ssr/render-chart-svg';
import { loadSampleFile } from '../../../src/site/load-sample-file';
import { compareSnapshot, figureViews, normaliseSvg } from './snapshot-helpers';

// Chart snapshots as Observable Plot's test suite keeps them: every figure × every view × both widths,
// rendered to SVG in Node exactly as the build does (renderChartSvg over linkedom), normalised and
// compared with tests/lib/charts/snapshots/<figure>-<view>-<width>.svg. A missing snapshot is written
// (review and commit it); a changed chart leaves <name>-changed.svg beside the snapshot: open both, and
// if the change is intended, move the changed file over the snapshot.

/** The widths src/components/Figure.astro renders every chart at. */
const WIDTHS = { wide: 680, narrow: 272 } as const;
const SNAPSHOTS = resolve(import.meta.dirname, 'snapshots');
const context = figureContext('sv');

const cases = Object.values(FIGURES).flatMap((spec) =>
  figureViews(spec.controls).flatMap(({ name, view }) =>
    Object.entries(WIDTHS).map(([widthName, width]) => ({ spec, view, width, name: `${spec.id}-${name}-${widthName}` })),
  ),
);

describe('chart snapshots', () => {
  it('covers every figure with its published and sample views', () => {
    const ids = new Set(cases.map((c) => c.spec.id));
    expect([...ids].sort()).toEqual(Object.keys(FIGURES).sort());
    for (const id of ids) {
      const sources = new Set(cases.filter((c) => c.spec.id === id).map((c) => viewSource(c.view)));
      expect(sources.size, id).toBe(FIGURES[id]!.controls.some((c) => c.name === 'source') ? 2 : 1);
    }
  });

  it.each(cases)('$name matches its snapshot', ({ spec, view, width, name }) => {
    const sample = viewSource(view) === 'sample' ? loadSampleFile() : null;
    const svg = normaliseSvg(renderChartSvg(spec.build(view, sample, context).plot(width)));
    const result = compareSnapshot(svg, resolve(SNAPSHOTS, `${name}.svg`));
    if (result.status === 'created') console.warn(`! created snapshot ${result.file}`);
    if (result.status === 'matched' && result.removedChanged) console.warn(`! deleted stale ${result.file.replace(/\.svg$/, '-changed.svg')}`);
    if (result.status === 'changed') {
      expect.fail(`${name}: the chart differs from its snapshot ${result.file}; the new rendering is in ${result.changedFile}`);
    }
  });
});
