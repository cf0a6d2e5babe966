import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { figureContext } from '../../../src/i18n/figure-context';
import { LANGUAGES } from '../../../src/i18n/languages';
import { ANALYSIS_PIPELINES } from '../../../src/lib/analysis/analysis-pipelines';
import { JOB_RATE_BY_BELIEF_PIPELINE } from '../../../src/lib/analysis/job-rate-by-belief';
import { pipelineCode, pipelineStepIds, type Pipeline, type PipelineStep } from '../../../src/lib/analysis/pipeline';
import { FIGURES } from '../../../src/lib/figures/figures';
import { defaultView, viewSource, type FigureHow, type FigureModel } from '../../../src/lib/figures/figure-model';
import { FIGURE_PARTS, figureHtml, figureParts } from '../../../src/lib/figures/figure-html';
import { howCode, howSteps } from '../../../src/lib/figures/figure-how-html';
import { jobRateByBeliefFigure } from '../../../src/lib/figures/job-rate-by-belief-figure';
import { loadSampleFile } from '../../../src/site/load-sample-file';
import { figureViews } from '../charts/snapshot-helpers';
import { tinySample } from '../../fixtures/tiny-sample';

const context = figureContext('sv');
const sample = tinySample([{ belief: 1, job_52w: 1 }, { belief: 1 }, { belief: 5, job_52w: 1 }, { belief: null }]);

/** A hand-made model: the renderer must write exactly what it says. */
const model: FigureModel = {
  caption: 'Andel i jobb <efter svar>',
  takeaway: 'Fler får jobb vid ”Ja”.',
  alt: 'alt',
  table: { head: ['Svar', 'Andel'], rows: [['Nej', '1,1 %'], ['Ja & mer', '26,8 %']] },
  data: { keys: ['answer'], records: [{ answer: 'Nej' }] },
  csv: 'answer\nNej',
  kind: 'published',
  sourceLine: 'Tabell 2 i rapporten.',
  note: '',
  how: null,
  plot: () => ({}),
};

function render(m: FigureModel, id = 'job-rate-by-belief') {
  const spec = FIGURES[id]!;
  const html = figureHtml({
    id,
    controls: spec.controls,
    model: m,
    charts: { wide: '<svg data-width="wide"></svg>', narrow: '<svg data-width="narrow"></svg>' },
    downloads: { csv: `/sv/figur/${id}.csv`, svg: `/sv/figur/${id}.svg`, json: `/sv/figur/${id}.json` },
    context,
  });
  return { html, document: parseHTML(`<!doctype html><html><body>${html}</body></html>`).document };
}

const text = (element: Element | null) => element?.textContent ?? '';

describe('figureHtml', () => {
  it('writes the caption, takeaway, kind and source of the model, escaped', () => {
    const { html, document } = render(model);
    expect(text(document.querySelector('[data-role="caption"]'))).toBe(model.caption);
    expect(html).toContain('Andel i jobb &lt;efter svar&gt;');
    expect(text(document.querySelector('[data-role="takeaway"]'))).toBe(model.takeaway);
    expect(document.querySelector('[data-role="kind"]')!.getAttribute('data-kind')).toBe('published');
    expect(text(document.querySelector('[data-role="kind"]'))).toBe('publicerad');
    expect(text(document.querySelector('[data-role="source"]'))).toBe(model.sourceLine);
    expect(document.querySelector('figure')!.getAttribute('aria-labelledby')).toBe(document.querySelector('figcaption')!.id);
  });

  it('writes the table from the model: its caption, column headers and rows headed by their first cell', () => {
    const { document } = render(model);
    const table = document.querySelector('details table[data-role="table"]')!;
    expect(text(table.querySelector('caption'))).toBe(model.caption);
    expect([...table.querySelectorAll('thead th[scope="col"]')].map(text)).toEqual(['Svar', 'Andel']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => `${c.tagName.toLowerCase()}:${text(c)}`));
    expect(rows).toEqual([
      ['th:Nej', 'td:1,1 %'],
      ['th:Ja & mer', 'td:26,8 %'],
    ]);
  });

  it('writes further tables of the model under the first, each with its caption, and an empty hidden holder when there are none', () => {
    const empty = render(model).document.querySelector('details [data-role="tables"]')!;
    expect(empty.hasAttribute('hidden')).toBe(true);
    expect(empty.children).toHaveLength(0);
    const withHistogram: FigureModel = { ...model, tables: [{ key: 'histogram', caption: 'Fördelning <per grupp>', head: ['Grupp', 'Antal'], rows: [['Grupp 1', '12']] }] };
    const holder = render(withHistogram).document.querySelector('details [data-role="tables"]')!;
    expect(holder.hasAttribute('hidden')).toBe(false);
    const table = holder.querySelector('table.data[data-table="histogram"]')!;
    expect(text(table.querySelector('caption'))).toBe('Fördelning <per grupp>');
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => `${c.tagName.toLowerCase()}:${text(c)}`))).toEqual([['th:Grupp 1', 'td:12']]);
    // The first table stays the one [data-role="table"] names.
    expect(render(withHistogram).document.querySelectorAll('[data-role="table"]')).toHaveLength(1);
  });

  it('writes every control as radios, the default checked, hidden until the custom element shows them', () => {
    const { document } = render(model);
    const controls = document.querySelector('[data-role="controls"]')!;
    expect(controls.hasAttribute('hidden')).toBe(true);
    const checked = [...controls.querySelectorAll('input:checked')].map((i) => `${i.getAttribute('name')}=${i.getAttribute('value')}`);
    expect(checked).toEqual(['job-rate-by-belief-source=published', 'job-rate-by-belief-outcome=job_52w']);
    // A sample-only control says why it is disabled in the published view.
    const outcome = controls.querySelector('[data-control="outcome"]')!;
    expect(document.getElementById(outcome.getAttribute('aria-describedby')!)).not.toBeNull();
  });

  it('puts the charts, downloads and an empty note in their places', () => {
    const { document } = render(model);
    expect(document.querySelector('[data-role="chart"] svg')!.getAttribute('data-width')).toBe('wide');
    expect(document.querySelector('[data-role="chart-narrow"] svg')!.getAttribute('data-width')).toBe('narrow');
    expect(document.querySelector('[data-role="note"]')!.hasAttribute('hidden')).toBe(true);
    expect(document.querySelector('[data-role="download-csv"]')!.getAttribute('href')).toBe('/sv/figur/job-rate-by-belief.csv');
    expect(document.querySelector('[data-role="download-png"]')!.hasAttribute('hidden')).toBe(true);
  });

  it('hides "Så räknas det" for the report\'s own numbers', () => {
    const { document } = render(model);
    const how = document.querySelector('details[data-role="how"]')!;
    expect(how.hasAttribute('hidden')).toBe(true);
    expect(how.querySelector('pre')).toBeNull();
  });

  it('writes the same parts the browser swaps in, each as the element with its data-role', () => {
    const built = jobRateByBeliefFigure.build({ source: 'sample', outcome: 'job_52w' }, sample, context);
    const parts = figureParts(built, context);
    const { html } = render(built);
    for (const part of FIGURE_PARTS) {
      expect(html).toContain(parts[part]);
      const root = parseHTML(`<!doctype html><html><body>${parts[part]}</body></html>`).document.body.firstElementChild!;
      expect(root.getAttribute('data-role'), part).toBe(part);
    }
    expect(figureParts(built, context, { howOpen: true }).how).toMatch(/^<details[^>]* open>/);
  });
});

describe('"Så räknas det" in the sample view', () => {
  it('lists one numbered sentence per step of the pipeline that ran, with the view\'s outcome, and shows its code', () => {
    const built = jobRateByBeliefFigure.build({ source: 'sample', outcome: 'job_or_edu_52w' }, sample, context);
    const { document } = render(built);
    const how = document.querySelector('details[data-role="how"]')!;
    expect(how.hasAttribute('hidden')).toBe(false);
    expect(text(how.querySelector('summary'))).toBe('Så räknas det');
    const steps = [...how.querySelectorAll('ol li')];
    expect(steps.map((li) => li.getAttribute('data-step'))).toEqual(pipelineStepIds(JOB_RATE_BY_BELIEF_PIPELINE));
    expect(steps.map(text)).toContain('Räkna svaren i varje grupp och hur många av individerna som hade jobb eller utbildning inom ett år.');
    const pre = how.querySelector('pre')!;
    expect(text(pre)).toBe(pipelineCode(JOB_RATE_BY_BELIEF_PIPELINE, { outcome: 'job_or_edu_52w' }));
    expect(text(pre)).toContain(".params({ outcome: 'job_or_edu_52w' })");
    // A named region that takes focus, so a keyboard can scroll it; the name tells two figures apart.
    expect(pre.getAttribute('tabindex')).toBe('0');
    expect(pre.getAttribute('role')).toBe('region');
    expect(pre.getAttribute('aria-label')).toContain(built.caption);
  });

  describe('follows the pipeline that runs', () => {
    const steps = JOB_RATE_BY_BELIEF_PIPELINE.steps as PipelineStep[];
    const original = [...steps];
    afterEach(() => steps.splice(0, steps.length, ...original));

    it('shows a step added to the pipeline in the steps, the code and the computed numbers', () => {
      const before = jobRateByBeliefFigure.build({ source: 'sample', outcome: 'job_52w' }, sample, context);
      const codeBefore = text(render(before).document.querySelector('[data-role="how"] pre'));
      // Leave out the two "Nej" answers: the figure's numbers and its "how" must change together.
      steps.unshift({ id: 'keep_with_orientation', verb: 'filter', test: 'd.belief > 1' });
      const after = jobRateByBeliefFigure.build({ source: 'sample', outcome: 'job_52w' }, sample, context);
      const { document } = render(after);
      const code = text(document.querySelector('[data-role="how"] pre'));
      expect(code).toContain('.filter(d => d.belief > 1)');
      expect(codeBefore).not.toContain('.filter(d => d.belief > 1)');
      expect(code.replace('\n  .filter(d => d.belief > 1)', '')).toBe(codeBefore);
      expect([...document.querySelectorAll('[data-role="how"] li')].map(text)[0]).toBe(context.strings.figure.how_steps.keep_with_orientation);
      expect(after.table.rows[0]![3]).toBe('0');
      expect(before.table.rows[0]![3]).toBe('2');
    });

    it('refuses a step that has no sentence in the strings', () => {
      steps.push({ id: 'not_described_anywhere', verb: 'ungroup' });
      expect(() => render(jobRateByBeliefFigure.build({ source: 'sample', outcome: 'job_52w' }, sample, context))).toThrow(/not_described_anywhere/);
    });
  });

  it('joins several pipelines and the figure\'s own steps, telling a shared step once', () => {
    const how: FigureHow = {
      pipelines: [{ pipeline: JOB_RATE_BY_BELIEF_PIPELINE, params: { outcome: 'job_52w' } }, { pipeline: JOB_RATE_BY_BELIEF_PIPELINE, params: { outcome: 'job_52w' } }],
      after: [{ id: 'tsls_estimate', note: 'the estimate' }],
    };
    expect(howSteps(how, context).map((s) => s.id)).toEqual([...pipelineStepIds(JOB_RATE_BY_BELIEF_PIPELINE), 'tsls_estimate']);
    expect(howCode(how).split('\n\n')).toHaveLength(3);
    expect(howCode(how).endsWith('// then: the estimate')).toBe(true);
  });
});

describe('step sentences', () => {
  const committed = loadSampleFile();
  /** Every computation a figure shows, and every analysis pipeline (a "how" view may show any of them). */
  const hows: FigureHow[] = [
    ...ANALYSIS_PIPELINES.map((pipeline) => ({ pipelines: [{ pipeline }] })),
    ...Object.values(FIGURES).flatMap((spec) =>
      figureViews(spec.controls)
        .filter(({ view }) => viewSource(view) === 'sample')
        .map(({ view }) => spec.build(view, committed, context).how!),
    ),
  ];

  it('every figure has a computation to show in its sample view and none in its published view', () => {
    for (const spec of Object.values(FIGURES)) {
      expect(spec.build(defaultView(spec.controls), null, context).how, spec.id).toBeNull();
      expect(spec.build({ ...defaultView(spec.controls), source: 'sample' }, committed, context).how?.pipelines.length, spec.id).toBeGreaterThan(0);
    }
  });

  it.each([...LANGUAGES])('exist in %s for every step id of every pipeline a figure uses', (lang) => {
    const sentences = figureContext(lang).strings.figure.how_steps as Record<string, string>;
    const ids = new Set(hows.flatMap((how) => [...how.pipelines.flatMap((p) => pipelineStepIds(p.pipeline)), ...(how.after ?? []).map((a) => a.id)]));
    const missing = [...ids].filter((id) => !sentences[id]?.trim());
    expect(missing).toEqual([]);
    // And no sentence is left over for a step no pipeline has any more.
    expect(Object.keys(sentences).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('name only params the pipeline of the step has, so every placeholder is filled', () => {
    const sentences = context.strings.figure.how_steps as Record<string, string>;
    const uses = (p: Pipeline) => new Set(p.params ?? []);
    for (const how of hows) {
      const all = new Set(how.pipelines.flatMap((p) => [...uses(p.pipeline)]));
      const check = (id: string, params: Set<string>) => {
        for (const [, name] of (sentences[id] ?? '').matchAll(/\{(\w+)\}/g)) expect(params.has(name!), `${id}: {${name}}`).toBe(true);
      };
      for (const { pipeline } of how.pipelines) for (const id of pipelineStepIds(pipeline)) check(id, uses(pipeline));
      for (const a of how.after ?? []) check(a.id, all);
    }
    for (const lang of LANGUAGES) {
      for (const how of hows.slice(ANALYSIS_PIPELINES.length)) {
        for (const step of howSteps(how, figureContext(lang))) expect(step.text, `${lang} ${step.id}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
