import { escapeHtml } from '../format/escape-html';
import { fillTemplate } from '../format/fill-template';
import type { NumberFormatter } from '../format/number-formatter';
import { barPercent, formatCount } from './format-count';
import type { Guesses } from './guesses';
import { itemTruth, niceScaleMax, questionPer, type WorkshopQuestion } from './questions';
import { roomSummary } from './room-summary';
import { cssPercent, itemShort, perText, type WorkshopStrings } from './workshop-strings';

/** Where the chart sits on its slide. */
export interface RoomStripOptions {
  /** Id of the heading that labels the table (the slide title). */
  labelledBy: string;
  /** The source line, already in words ("Källa: publicerat i rapporten (Tabell 2)"). */
  source: string;
  /** People in the room, when it is not one per guess set (hand counts give one guess set per hand and row). */
  people?: number;
}

/** Dots one above the other at most: a fuller column overlaps (the dots are translucent, so it reads darker). */
const MAX_STACK = 4;
/** Width of a stacking column, in percent of the scale: about one dot's width on a slide. */
const STACK_BIN = 2.5;

/** The room's dots of one row, stacked where guesses lie within one dot of each other. */
function dotsHtml(values: readonly number[], max: number): string {
  const levels = new Map<number, number>();
  return [...values]
    .sort((a, b) => a - b)
    .map((value) => {
      const x = barPercent(value, max);
      const bin = Math.round(x / STACK_BIN);
      const level = levels.get(bin) ?? 0;
      levels.set(bin, level + 1);
      return `<span class="ws-strip__dot" style="left: ${cssPercent(x)}; --level: ${Math.min(level, MAX_STACK - 1)}"></span>`;
    })
    .join('');
}

/**
 * An answer slide's chart: per row the published figure as a bar with its number, and, once the room's
 * guesses are in, every participant's guess as a dot and the room's median as a line on the same scale,
 * with the median in numbers beside it. Large enough to read from the back of a room; the numbers in
 * the table carry the meaning, the strip repeats them (aria-hidden). Rendered empty at build time and
 * re-rendered by <bip-presenter> as guesses arrive.
 */
export function roomStripHtml(question: WorkshopQuestion, participants: readonly Guesses[], w: WorkshopStrings, format: NumberFormatter, options: RoomStripOptions): string {
  const s = w.slides;
  const per = perText(w, questionPer(question));
  const summaries = roomSummary(participants, [question]);
  const withRoom = participants.length > 0;
  const people = options.people ?? participants.length;
  const valuesOf = (id: string) => participants.flatMap((g) => (Object.hasOwn(g, id) ? [g[id] as number] : []));
  const max = niceScaleMax(Math.max(...question.items.map(itemTruth), ...(withRoom ? summaries.map((r) => r.max ?? 0) : [])));
  const head =
    `<th scope="col">${escapeHtml(w.quiz.answer)}</th>` +
    `<th scope="col" class="ws-strip__scale"><span class="visually-hidden">${escapeHtml(s.col_scale)}</span>` +
    `<span class="ws-strip__ticks" aria-hidden="true"><span>${escapeHtml(format.count(0))}</span><span>${escapeHtml(format.count(max))}</span></span></th>` +
    `<th scope="col">${escapeHtml(fillTemplate(s.col_published, { per }))}</th>` +
    (withRoom ? `<th scope="col">${escapeHtml(s.col_room)}</th>` : '');
  const rows = question.items
    .map((item) => {
      const truth = itemTruth(item);
      const summary = summaries.find((r) => r.id === item.id);
      const median = summary?.median ?? null;
      const track =
        `<span class="ws-strip__bar" style="width: ${cssPercent(barPercent(truth, max))}"></span>` +
        (withRoom ? dotsHtml(valuesOf(item.id), max) : '') +
        (median === null ? '' : `<span class="ws-strip__median" style="left: ${cssPercent(barPercent(median, max))}"></span>`);
      const room = !withRoom
        ? ''
        : `<td data-role="median">${escapeHtml(median === null ? w.group.none_for_item : formatCount(format, median))}` +
          // How many answered this row, when not everyone did (the legend gives the room's size).
          ((summary?.n ?? 0) < people ? ` <span class="ws-strip__n">${escapeHtml(fillTemplate(s.answers_n, { n: format.count(summary?.n ?? 0) }))}</span>` : '') +
          '</td>';
      return (
        `<tr data-item="${escapeHtml(item.id)}"><th scope="row">${escapeHtml(itemShort(w, item.id))}</th>` +
        `<td class="ws-strip__track-cell"><span class="ws-strip__track" aria-hidden="true">${track}</span></td>` +
        `<td><span class="num ws-strip__truth" data-kind="published" data-figure="${escapeHtml(item.figure)}">${escapeHtml(formatCount(format, truth))}</span></td>` +
        `${room}</tr>`
      );
    })
    .join('');
  const caption = fillTemplate(withRoom ? s.strip_alt_room : s.strip_alt, { max: format.count(max), per, n: format.count(people) });
  const legend = withRoom
    ? `<ul class="ws-strip__legend" aria-hidden="true">` +
      `<li><span class="ws-strip__key ws-strip__key--bar"></span>${escapeHtml(s.legend_published)}</li>` +
      `<li><span class="ws-strip__key ws-strip__key--dot"></span>${escapeHtml(fillTemplate(s.legend_dot, { n: format.count(people) }))}</li>` +
      `<li><span class="ws-strip__key ws-strip__key--median"></span>${escapeHtml(s.legend_median)}</li></ul>`
    : '';
  return (
    `<div class="ws-strip" data-question="${escapeHtml(question.id)}" data-scale-max="${max}" data-participants="${people}">` +
    `<table class="ws-strip__table" aria-labelledby="${escapeHtml(options.labelledBy)}">` +
    `<caption class="visually-hidden">${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>` +
    `<div class="ws-strip__foot">${legend}<p class="ws-strip__source">${escapeHtml(options.source)}</p></div>` +
    '</div>'
  );
}
