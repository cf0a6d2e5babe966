import { pipelineCode, pipelineStepIds, type PipelineParams } from '../analysis/pipeline';
import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import type { FigureContext, FigureHow } from './figure-model';

/** One plain-language step of a computation. */
export interface HowStep {
  id: string;
  text: string;
}

/** A pipeline's params as the step sentences name them: the outcome by its label, numbers as they are. */
function sentenceValues(params: PipelineParams, context: FigureContext): Record<string, string> {
  const outcomes: Readonly<Record<string, string>> = context.strings.outcomes;
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      name === 'outcome' && typeof value === 'string' && outcomes[value] ? outcomes[value].toLowerCase() : String(value),
    ]),
  );
}

/**
 * The steps of a computation in plain words: one sentence (from the strings, `figure.how_steps`) per
 * step id of its pipelines in the order they run, then the figure's own steps. A step id that two
 * pipelines share means the same thing in both (see PipelineStep), so it is told once.
 */
export function howSteps(how: FigureHow, context: FigureContext): HowStep[] {
  const sentences = context.strings.figure.how_steps;
  const steps: HowStep[] = [];
  const add = (id: string, params: PipelineParams) => {
    if (steps.some((s) => s.id === id)) return;
    const sentence = sentences[id];
    if (sentence === undefined) throw new Error(`no sentence for the pipeline step "${id}": add figure.how_steps.${id} to the strings`);
    steps.push({ id, text: fillTemplate(sentence, sentenceValues(params, context)) });
  };
  for (const { pipeline, params = {} } of how.pipelines) for (const id of pipelineStepIds(pipeline)) add(id, params);
  const allParams = Object.assign({}, ...how.pipelines.map((p) => p.params ?? {})) as PipelineParams;
  for (const step of how.after ?? []) add(step.id, allParams);
  return steps;
}

/** The computation as code: every pipeline as Arquero code with the view's params, then the figure's own steps as comments. */
export function howCode(how: FigureHow): string {
  const blocks = how.pipelines.map(({ pipeline, params }) => pipelineCode(pipeline, params));
  if (how.after?.length) blocks.push(how.after.map((step) => `// then: ${step.note}`).join('\n'));
  return blocks.join('\n\n');
}

/**
 * "Så räknas det" under a figure: the steps as a numbered list and the same steps as code, in a
 * <details> the reader opens. Hidden (and empty) when the view has no computation to show, i.e. the
 * report's own numbers. `caption` names the code region, so two figures on a page are told apart.
 */
export function figureHowHtml(how: FigureHow | null, context: FigureContext, options: { caption: string; open?: boolean }): string {
  const t = context.strings.figure;
  const summary = `<summary>${escapeHtml(t.how_title)}</summary>`;
  if (!how) return `<details class="figure__details figure__how" data-role="how" hidden>${summary}</details>`;
  const steps = howSteps(how, context)
    .map((s) => `<li data-step="${escapeHtml(s.id)}">${escapeHtml(s.text)}</li>`)
    .join('');
  const label = fillTemplate(t.how_code_label, { caption: options.caption });
  return [
    `<details class="figure__details figure__how" data-role="how"${options.open ? ' open' : ''}>`,
    summary,
    `<p class="figure__how-intro">${escapeHtml(t.how_intro)}</p>`,
    `<ol class="figure__how-steps" data-role="how-steps">${steps}</ol>`,
    `<p class="figure__how-intro">${escapeHtml(t.how_code_intro)}</p>`,
    // A region with a name that takes focus, so keyboard users can scroll long lines (WCAG 2.1.1).
    `<pre class="figure__code" tabindex="0" role="region" aria-label="${escapeHtml(label)}"><code data-role="how-code">${escapeHtml(howCode(how))}</code></pre>`,
    `</details>`,
  ].join('');
}
