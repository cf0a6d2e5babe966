import { csvFormat } from 'd3';
import { publishedFigure, type PublishedFigureId } from '../data/published';
import { keyFigureChart } from '../charts/key-figure-chart';
import { fillTemplate } from '../format/fill-template';
import { formatPublished, type PublishedFormatOptions } from '../format/format-published';
import { numberFormatter } from '../format/number-formatter';
import { approxColumn, figureRecords, figureTable, kindColumn, type FigureColumn } from './figure-columns';
import type { FigureContext, FigureModel } from './figure-model';
import type { FigureStrings } from './figure-strings';

/** A published figure as a key figure shows it. */
export type KeyFigureRef = { id: PublishedFigureId } & PublishedFormatOptions;

/** One of the start page's key figures: its large number, the numbers in its sentence, and its chapter. */
export interface KeyFigureDefinition {
  id: string;
  figure: KeyFigureRef;
  /** The published figures filling the sentence's {name} placeholders. */
  values: Readonly<Record<string, KeyFigureRef>>;
  /** The slug of the chapter that explains it. */
  chapter: string;
}

/** The five key figures of the start page, in order; their titles and sentences are strings under report.start.key.<id>. */
export const KEY_FIGURES: readonly KeyFigureDefinition[] = [
  { id: 'base', figure: { id: 'base_rate_job' }, values: { edu: { id: 'base_rate_job_or_edu' } }, chapter: 'byte-av-handlaggare' },
  {
    id: 'change',
    figure: { id: 'change_effect_job', signed: true, short: true },
    values: { relative: { id: 'change_relative_job', absolute: true }, before: { id: 'base_rate_job' }, after: { id: 'change_rate_after_job' } },
    chapter: 'byte-av-handlaggare',
  },
  { id: 'belief', figure: { id: 'job_rate_belief_5' }, values: { low: { id: 'job_rate_belief_1' } }, chapter: 'handlaggarens-tro' },
  {
    id: 'orientation',
    figure: { id: 'orientation_relative', signed: true },
    values: { low: { id: 'orientation_rate_low' }, high: { id: 'orientation_rate_high', decimals: 1 } },
    chapter: 'jobbfokusering',
  },
  { id: 'step', figure: { id: 'step_effect_job', signed: true, short: true }, values: { edu: { id: 'step_effect_job_or_edu', signed: true, short: true } }, chapter: 'effekten' },
];

/** A key figure by its id (throws on an unknown one: a page or a file asked for a key figure that does not exist). */
export function keyFigure(id: string): KeyFigureDefinition {
  const found = KEY_FIGURES.find((k) => k.id === id);
  if (!found) throw new Error(`No key figure "${id}"`);
  return found;
}

/** The strings a key figure's model reads besides the figures' (the start page's and the method page's). */
export interface KeyFigureStrings extends FigureStrings {
  report: {
    start: { key: Readonly<Record<string, { title: string; text: string }>> };
    published_table: { labels: Readonly<Record<string, string>>; col_what: string; col_value: string; col_section: string };
  };
}

/** One published figure of a key figure, as a row of its table and CSV. */
interface KeyFigureRow {
  /** 'number' for the large number, else the sentence's placeholder name. */
  role: string;
  ref: KeyFigureRef;
}

/** The large number as shown, and the sentence with its numbers filled in. */
export function keyFigureText(definition: KeyFigureDefinition, context: FigureContext<KeyFigureStrings>): { title: string; number: string; sentence: string } {
  const format = numberFormatter(context.locale);
  const show = (ref: KeyFigureRef) => formatPublished(publishedFigure(ref.id), format, context.strings, ref);
  const text = context.strings.report.start.key[definition.id];
  if (!text) throw new Error(`No strings for key figure "${definition.id}" (report.start.key.${definition.id})`);
  const values = Object.fromEntries(Object.entries(definition.values).map(([name, ref]) => [name, show(ref)]));
  return { title: text.title, number: show(definition.figure), sentence: fillTemplate(text.text, values) };
}

/**
 * A key figure as a figure model, so its downloads are made like every figure's: a CSV with one row per
 * published figure it states (raw value, unit, kind, hedge, section, source), the metadata, and a card
 * whose "chart" is the large number (figureExportSvg puts title, sentence and source around it).
 */
export function keyFigureModel(definition: KeyFigureDefinition, context: FigureContext<KeyFigureStrings>): FigureModel {
  const t = context.strings;
  const { title, number, sentence } = keyFigureText(definition, context);
  const format = numberFormatter(context.locale);
  const rows: KeyFigureRow[] = [{ role: 'number', ref: definition.figure }, ...Object.entries(definition.values).map(([role, ref]) => ({ role, ref }))];
  const sections = [...new Set(rows.map((r) => publishedFigure(r.ref.id).section))];
  const sourceLine = fillTemplate(t.figure.source_published, { section: sections.map((s) => t.sections[s] ?? s).join(', ') });
  const labels = t.report.published_table;
  const columns: FigureColumn<KeyFigureRow>[] = [
    { key: 'role', csv: (r) => r.role },
    { key: 'figure', csv: (r) => r.ref.id },
    { key: 'label', head: labels.col_what, format: (r) => labels.labels[r.ref.id] ?? r.ref.id, csv: (r) => labels.labels[r.ref.id] ?? r.ref.id },
    { key: 'value', head: labels.col_value, format: (r) => formatPublished(publishedFigure(r.ref.id), format, t, r.ref), csv: (r) => publishedFigure(r.ref.id).value },
    { key: 'unit', csv: (r) => publishedFigure(r.ref.id).unit },
    kindColumn(() => 'published'),
    approxColumn((r) => publishedFigure(r.ref.id).approx),
    { key: 'section', head: labels.col_section, format: (r) => t.sections[publishedFigure(r.ref.id).section] ?? '', csv: (r) => publishedFigure(r.ref.id).section },
    { key: 'source', csv: () => sourceLine },
  ];
  const data = figureRecords({ rows, columns });
  const takeaway = `${number} ${sentence}`;
  return {
    caption: title,
    takeaway,
    alt: takeaway,
    table: figureTable({ rows, columns }, 'published'),
    data,
    csv: csvFormat(data.records, data.keys),
    kind: 'published',
    sourceLine,
    note: '',
    how: null,
    plot: (width) => keyFigureChart(number, { width, ariaDescription: takeaway }),
  };
}
