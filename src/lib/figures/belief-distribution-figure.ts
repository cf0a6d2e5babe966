import { csvFormat } from 'd3';
import type { ColumnTable } from 'arquero';
import { beliefDistribution } from '../analysis/belief-distribution';
import { rateWithInterval } from '../analysis/rate-with-interval';
import { beliefDistributionChart, type ShareBar } from '../charts/belief-distribution-chart';
import { publishedFigure, type PublishedFigureId } from '../data/published';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import { SOURCE_CONTROL, viewSource } from './figure-model';
import type { FigureContext, FigureModel, FigureSpec, FigureView } from './figure-model';
import { sourceLine } from './source-line';

/** A bar with its answer count, which only the sample view has. */
type Bar = ShareBar & { n?: number };

/**
 * How caseworkers answered the belief question: seed Figur 2, or the sample. The report gives Nej and
 * Tvivlar only together ("just under half"), so the published view keeps them as one bar.
 */
export const beliefDistributionFigure: FigureSpec = {
  id: 'belief-distribution',
  controls: [SOURCE_CONTROL],
  build(view: FigureView, sample: ColumnTable | null, context: FigureContext): FigureModel {
    const { strings, locale } = context;
    const text = strings.figures['belief-distribution'];
    const format = numberFormatter(locale);
    const labels = strings.belief_levels;
    const source = viewSource(view);
    const useSample = source === 'sample';
    if (useSample && !sample) throw new Error('the sample view needs the sample table');

    const publishedText = (id: PublishedFigureId) => {
      const figure = publishedFigure(id);
      const value = format.percent(figure.value, 0);
      return figure.approx ? fillTemplate(strings.approx[figure.approx], { value }) : value;
    };
    let bars: Bar[];
    let dontKnowText: string;
    if (useSample) {
      const distribution = beliefDistribution(sample!);
      bars = distribution.levels.map((level) => {
        const ci = rateWithInterval(level.n, distribution.answered);
        const share = (level.share ?? 0) * 100;
        return {
          label: labels[level.belief - 1] ?? String(level.belief),
          share,
          low: ci.low == null ? null : ci.low * 100,
          high: ci.high == null ? null : ci.high * 100,
          text: level.share == null ? '–' : format.percent(share, 1),
          n: level.n,
        };
      });
      dontKnowText = format.percent((distribution.dontKnowShare ?? 0) * 100, 1);
    } else {
      const merged: Array<[string, PublishedFigureId]> = [
        [strings.belief_merged_1_2, 'belief_share_nej_tvivlar'],
        [labels[2]!, 'belief_share_varierar'],
        [labels[3]!, 'belief_share_goda_chanser'],
        [labels[4]!, 'belief_share_ja'],
      ];
      bars = merged.map(([label, id]) => ({ label, share: publishedFigure(id).value, text: publishedText(id) }));
      dontKnowText = publishedText('belief_share_dont_know');
    }

    const ja = bars[bars.length - 1]!.text;
    const lowShare = useSample ? format.percent(bars[0]!.share + bars[1]!.share, 1) : bars[0]!.text;
    const takeaway = fillTemplate(useSample ? text.takeaway_sample : text.takeaway_published, { ja, low: lowShare });
    const alt = fillTemplate(text.alt, { series: bars.map((b) => `${b.label} ${b.text}`).join(', ') });
    const interval = (b: Bar) => format.percentRange(b.low, b.high);
    const head = useSample ? [text.col_answer, text.col_share, text.col_interval, text.col_n] : [text.col_answer, text.col_share];
    const rows = bars.map((b) => (useSample ? [b.label, b.text, interval(b), format.count(b.n ?? 0)] : [b.label, b.text]));
    const csv = csvFormat(
      bars.map((b) => ({
        answer: b.label,
        share_percent: Math.round(b.share * 1e4) / 1e4,
        low_percent: b.low == null ? '' : Math.round(b.low * 1e4) / 1e4,
        high_percent: b.high == null ? '' : Math.round(b.high * 1e4) / 1e4,
        n: b.n ?? '',
        kind: source,
      })),
    );
    const approxNote = useSample
      ? ''
      : fillTemplate(text.approx_note, {
          nej_tvivlar: publishedText('belief_share_nej_tvivlar'),
          varierar: publishedText('belief_share_varierar'),
          goda: publishedText('belief_share_goda_chanser'),
        });
    const note = [fillTemplate(text.dont_know_note, { dk: dontKnowText }), approxNote]
      .filter(Boolean)
      .join(' ');
    return {
      caption: text.caption,
      takeaway,
      alt,
      table: { head, rows },
      csv,
      kind: source,
      sourceLine: useSample
        ? `${sourceLine(context, 'Figur 2', sample)} ${fillTemplate(strings.figure.source_assumed, { what: text.assumed_split })}.`
        : sourceLine(context, 'Figur 2', null),
      note,
      plot: (width) => beliefDistributionChart(bars, { width, source, xLabel: text.x_label, ariaDescription: alt }),
    };
  },
};
