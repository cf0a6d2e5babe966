import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import type { FigureContext } from './figure-model';
import type { LooAnswer, LooExample } from './leave-one-out-example';
import type { LooCaseworker } from './loo-caseworkers';

/** The option label of one of the caseworker's answers ("Svar 12: person 3, 2014Q2 – Goda chanser"). */
export function looAnswerLabel(answer: LooAnswer, context: FigureContext): string {
  const t = context.strings.loo;
  const belief = answer.belief == null ? t.dont_know : (context.strings.belief_levels[answer.belief - 1] ?? String(answer.belief));
  return fillTemplate(t.answer_option, { id: String(answer.responseId), person: String(answer.person), quarter: answer.quarter, belief });
}

/**
 * The worked example as HTML: the caseworker's answers as chips (counted, left out, "don't know"), then
 * the three steps and the result as a definition list that states every number in words. One renderer
 * for the build (Astro's set:html) and the browser (innerHTML), so both show the same thing.
 */
export function leaveOneOutHtml(example: LooExample, context: FigureContext): string {
  const t = context.strings.loo;
  const format = numberFormatter(context.locale);
  const mean = (v: number | null) => (v == null ? '–' : format.decimal(v, 2));
  const chips = example.answers
    .map((a) => {
      const chosen = a.responseId === example.response.responseId;
      const label = a.belief == null ? '?' : String(a.belief);
      const title = looAnswerLabel(a, context);
      return `<li class="loo__chip loo__chip--${a.status}${chosen ? ' loo__chip--chosen' : ''}" title="${escapeHtml(title)}">${label}</li>`;
    })
    .join('');
  const result =
    example.orientation == null
      ? `<p class="loo__undefined">${escapeHtml(t.undefined)}</p>`
      : `<dt>${escapeHtml(t.step_result)}</dt><dd class="loo__result">${escapeHtml(
          fillTemplate(t.equation, { own: mean(example.ownMean), centre: mean(example.centreMean), result: format.signed(example.orientation, 2) }),
        )}</dd>`;
  const verdict =
    example.orientation == null
      ? ''
      : `<p class="loo__verdict">${escapeHtml(
          Math.abs(example.orientation) < 0.05 ? t.verdict_zero : example.orientation > 0 ? t.verdict_high : t.verdict_low,
        )}</p>`;
  const heading = fillTemplate(t.heading, {
    id: String(example.caseworker),
    response: String(example.response.responseId),
    person: String(example.response.person),
  });
  return [
    `<p class="loo__heading" data-role="loo-heading"><strong>${escapeHtml(heading)}</strong> – ${escapeHtml(looAnswerLabel(example.response, context))}</p>`,
    `<div class="loo__chips-wrap" aria-hidden="true">`,
    `<p class="loo__chips-label">${escapeHtml(t.chips_label)}</p>`,
    `<ol class="loo__chips">${chips}</ol>`,
    `<ul class="loo__legend">`,
    `<li><span class="loo__chip loo__chip--counted">3</span> ${escapeHtml(t.legend_counted)}</li>`,
    `<li><span class="loo__chip loo__chip--left_out">3</span> ${escapeHtml(t.legend_left_out)}</li>`,
    `<li><span class="loo__chip loo__chip--dont_know">?</span> ${escapeHtml(t.legend_dont_know)}</li>`,
    `</ul></div>`,
    `<p class="loo__left-out">${escapeHtml(
      fillTemplate(t.step_left_out, { count: format.count(example.leftOutCount), person: String(example.response.person) }),
    )}</p>`,
    `<dl class="loo__steps">`,
    `<dt>${escapeHtml(fillTemplate(t.step_own, { count: format.count(example.ownCount), persons: format.count(example.ownPersons) }))}</dt>`,
    `<dd data-role="loo-own">${mean(example.ownMean)}</dd>`,
    `<dt>${escapeHtml(
      fillTemplate(t.step_centre, {
        count: format.count(example.centreCount),
        caseworkers: format.count(example.centreCaseworkers),
        centre: String(example.centre),
      }),
    )}</dt>`,
    `<dd data-role="loo-centre">${mean(example.centreMean)}</dd>`,
    example.orientation == null ? '' : result,
    `</dl>`,
    example.orientation == null ? result : verdict,
  ].join('');
}

/** The caseworker's answers as <option>s of the answer select, in time order, `selected` chosen. */
export function looAnswerOptionsHtml(answers: readonly LooAnswer[], context: FigureContext, selected?: number): string {
  return answers
    .map((a) => `<option value="${a.responseId}"${a.responseId === selected ? ' selected' : ''}>${escapeHtml(looAnswerLabel(a, context))}</option>`)
    .join('');
}

/** The caseworkers as <option>s of the caseworker select, `selected` chosen. */
export function looCaseworkerOptionsHtml(caseworkers: readonly LooCaseworker[], context: FigureContext, selected?: number): string {
  const t = context.strings.loo;
  return caseworkers
    .map((c) => {
      const label = fillTemplate(t.caseworker_option, { id: String(c.id), centre: String(c.centre), persons: String(c.persons), answers: String(c.answers) });
      return `<option value="${c.id}"${c.id === selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
    })
    .join('');
}

/**
 * The whole explainer as the build writes it: title and introduction, the pickers (hidden until the
 * custom element shows them), a status line, the worked example for the default choice and the source.
 */
export function leaveOneOutExplainerHtml(example: LooExample, caseworkers: readonly LooCaseworker[], context: FigureContext): string {
  const t = context.strings.loo;
  return [
    `<section class="loo" aria-labelledby="loo-title">`,
    `<h3 id="loo-title">${escapeHtml(t.title)}</h3>`,
    `<p>${escapeHtml(t.intro)}</p>`,
    `<p class="loo__no-js" data-role="no-js">${escapeHtml(t.no_js)}</p>`,
    `<div class="loo__controls" data-role="controls" hidden>`,
    `<div class="loo__field"><label for="loo-caseworker">${escapeHtml(t.caseworker_label)}</label>`,
    `<select id="loo-caseworker" data-role="caseworker">${looCaseworkerOptionsHtml(caseworkers, context, example.caseworker)}</select>`,
    `<span class="loo__buttons"><button type="button" data-role="previous">${escapeHtml(t.previous)}</button> `,
    `<button type="button" data-role="next">${escapeHtml(t.next)}</button></span></div>`,
    `<div class="loo__field"><label for="loo-answer">${escapeHtml(t.answer_label)}</label>`,
    `<select id="loo-answer" data-role="answer">${looAnswerOptionsHtml(example.answers, context, example.response.responseId)}</select></div>`,
    `</div>`,
    `<p class="loo__status" role="status" data-role="status"></p>`,
    `<div class="loo__example" data-role="example">${leaveOneOutHtml(example, context)}</div>`,
    `<p class="loo__source"><strong>${escapeHtml(context.strings.figure.source_prefix)}</strong> ${escapeHtml(t.source)}</p>`,
    `</section>`,
  ].join('');
}
