import { BELIEF_DISTRIBUTION_PIPELINE, beliefDistribution } from '../analysis/belief-distribution';
import type { AfterStep } from '../analysis/pipeline';
import { rateWithInterval } from '../analysis/rate-with-interval';
import { beliefDistributionChart, type ShareBar } from '../charts/belief-distribution-chart';
import type { FigureSource } from '../charts/palette';
import assumed from '../../../data/assumed.json';
import { publishedFigure, type PublishedApprox, type PublishedFigureId } from '../data/published';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter, type NumberFormatter } from '../format/number-formatter';
import { altSeries, approxColumn, figureModel, kindColumn, percentOrNull, type FigureColumn } from './figure-columns';
import { SOURCE_CONTROL, defineFigure, type FigureContext, type FigureModel } from './figure-model';
import type { FigureStrings } from './figure-strings';
import { sourceLine } from './source-line';

/** A bar with its answer count, which only the sample view has. */
type Bar = ShareBar & { n?: number; approx?: PublishedApprox };

/**
 * The Goda chanser share is not in the report: it is assumed, derived from the positive answers less
 * the Ja answers (data/assumed.json), and its bar and CSV row say so.
 */
const GODA_CHANSER = assumed.values.belief_share_goda_chanser.value;

/** What the figure does with the pipeline's counts: an interval for each share. */
export const SHARE_INTERVAL_STEP: AfterStep = { id: 'share_interval', note: 'rateWithInterval(n, answered) for each level: its share with a 95% Wilson interval' };

type Text = FigureStrings['figures']['belief-distribution'];

function columns(text: Text, format: NumberFormatter, source: FigureSource): FigureColumn<Bar>[] {
  return [
    { key: 'answer', head: text.col_answer, format: (b) => b.label, csv: (b) => b.label },
    { key: 'share_percent', head: text.col_share, format: (b) => b.text, csv: (b) => b.share },
    { key: 'interval', head: text.col_interval, format: (b) => format.percentRange(b.low, b.high), sampleOnly: true },
    { key: 'low_percent', csv: (b) => b.low },
    { key: 'high_percent', csv: (b) => b.high },
    { key: 'n', head: text.col_n, format: (b) => format.count(b.n ?? 0), csv: (b) => b.n, sampleOnly: true },
    kindColumn((b) => b.kind ?? source),
    approxColumn((b) => b.approx),
  ];
}

/** The text, table and chart common to both views. */
function model(
  context: FigureContext,
  source: FigureSource,
  bars: Bar[],
  parts: { takeaway: string; note: string; sourceLine: string; how?: FigureModel['how'] },
): FigureModel {
  const text = context.strings.figures['belief-distribution'];
  const rows = { rows: bars, columns: columns(text, numberFormatter(context.locale), source) };
  const alt = fillTemplate(text.alt, { series: altSeries(rows, ['answer', 'share_percent']) });
  return figureModel({
    ...rows,
    ...parts,
    caption: text.caption,
    alt,
    kind: source,
    plot: (width) => beliefDistributionChart(bars, { width, source, xLabel: text.x_label, ariaDescription: alt, locale: context.locale }),
  });
}

/**
 * How caseworkers answered the belief question: seed Figur 2, or the sample. The report gives Nej and
 * Tvivlar only together ("just under half"), so the published view keeps them as one bar.
 */
export const beliefDistributionFigure = defineFigure({
  id: 'belief-distribution',
  controls: [SOURCE_CONTROL],

  published(_view, context) {
    const { strings } = context;
    const text = strings.figures['belief-distribution'];
    const format = numberFormatter(context.locale);
    const labels = strings.belief_levels;
    const publishedText = (id: PublishedFigureId) => {
      const figure = publishedFigure(id);
      const value = format.percent(figure.value, 0);
      return figure.approx ? fillTemplate(strings.approx[figure.approx], { value }) : value;
    };
    const merged: Array<[string, PublishedFigureId]> = [
      [strings.belief_merged_1_2, 'belief_share_nej_tvivlar'],
      [labels[2]!, 'belief_share_varierar'],
      [labels[4]!, 'belief_share_ja'],
    ];
    const bar = ([label, id]: [string, PublishedFigureId]): Bar => ({ label, share: publishedFigure(id).value, text: publishedText(id), approx: publishedFigure(id).approx });
    const goda = fillTemplate(strings.approx.about, { value: format.percent(GODA_CHANSER, 0) });
    const godaBar: Bar = { label: labels[3]!, share: GODA_CHANSER, text: goda, approx: 'about', kind: 'assumed' };
    const bars: Bar[] = [bar(merged[0]!), bar(merged[1]!), godaBar, bar(merged[2]!)];
    const approxNote = fillTemplate(text.approx_note, {
      nej_tvivlar: publishedText('belief_share_nej_tvivlar'),
      varierar: publishedText('belief_share_varierar'),
      goda,
    });
    return model(context, 'published', bars, {
      takeaway: fillTemplate(text.takeaway_published, { ja: bars[bars.length - 1]!.text, low: bars[0]!.text }),
      note: [fillTemplate(text.dont_know_note, { dk: publishedText('belief_share_dont_know') }), approxNote].join(' '),
      // The Goda chanser bar is assumed: the source line says so, so an export cropped to chart and source still does.
      sourceLine: `${sourceLine(context, 'Figur 2', null)} ${fillTemplate(strings.figure.source_assumed, { what: text.assumed_goda })}.`,
    });
  },

  sample(_view, sample, context) {
    const { strings } = context;
    const text = strings.figures['belief-distribution'];
    const format = numberFormatter(context.locale);
    const distribution = beliefDistribution(sample);
    const bars: Bar[] = distribution.levels.map((level) => {
      const ci = rateWithInterval(level.n, distribution.answered);
      const share = (level.share ?? 0) * 100;
      return {
        label: strings.belief_levels[level.belief - 1] ?? String(level.belief),
        share,
        low: percentOrNull(ci.low),
        high: percentOrNull(ci.high),
        text: level.share == null ? '–' : format.percent(share, 1),
        n: level.n,
      };
    });
    const dontKnow = format.percent((distribution.dontKnowShare ?? 0) * 100, 1);
    return model(context, 'sample', bars, {
      takeaway: fillTemplate(text.takeaway_sample, { ja: bars[bars.length - 1]!.text, low: format.percent(bars[0]!.share + bars[1]!.share, 1) }),
      note: fillTemplate(text.dont_know_note, { dk: dontKnow }),
      sourceLine: `${sourceLine(context, 'Figur 2', sample)} ${fillTemplate(strings.figure.source_assumed, { what: text.assumed_split })}.`,
      how: { pipelines: [{ pipeline: BELIEF_DISTRIBUTION_PIPELINE }], after: [SHARE_INTERVAL_STEP] },
    });
  },
});
