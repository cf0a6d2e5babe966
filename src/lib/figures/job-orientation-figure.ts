import assumed from '../../../data/assumed.json';
import { JOB_ORIENTATION_PIPELINE } from '../analysis/job-orientation';
import { JOB_ORIENTATION_GROUPS_PIPELINE, jobOrientationGroups } from '../analysis/job-orientation-groups';
import { JOB_ORIENTATION_HISTOGRAM_PIPELINE, jobOrientationHistogram, type JobOrientationHistogramBin } from '../analysis/job-orientation-histogram';
import { jobOrientationOf } from '../analysis/job-orientation-of';
import { JOB_ORIENTATION_RANKING_PIPELINE } from '../analysis/job-orientation-ranking';
import { jobOrientationChart, type OrientationGroupMark, type OrientationHistogramBar } from '../charts/job-orientation-chart';
import { publishedFigure } from '../data/published';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import { altSeries, figureModel, percentOrNull, type FigureColumn } from './figure-columns';
import { SOURCE_CONTROL, defineFigure, type FigureControl } from './figure-model';
import { sourceLine } from './source-line';

/** How many equal-count groups the sample view splits the answers into; the report uses thirds. */
export const GROUPS_CONTROL: FigureControl = { name: 'groups', values: ['3', '4', '5'], defaultValue: '3', sampleOnly: true };

/** Width of a histogram bar on the job-orientation axis (belief-scale steps). */
export const ORIENTATION_BIN_WIDTH = 0.1;

/** A row of the published table: a third, or all answers. */
interface PublishedRow {
  group: number | 'all';
  label: string;
  rate: number;
  decimals: number;
  kind: 'published' | 'assumed';
}

/** A row of the sample table: a group (or all answers) with its range, rate, interval and size. */
interface SampleRow {
  group: number | 'all';
  label: string;
  from: number | null;
  to: number | null;
  /** The rate in per cent as computed (null for an empty group) and as text. */
  ratePercent: number | null;
  text: string;
  low: number | null;
  high: number | null;
  n: number;
}

/** A row of the histogram table: the answers of one group in one interval of job orientation. */
type BinRow = JobOrientationHistogramBin & { label: string; range: string };

/**
 * Job orientation and the chance of a job (seed Figur 4). Published view: the lowest and highest
 * thirds (5.3 % and 7.0 %) and the overall 6 %; the middle third is not published and is shown as the
 * assumed value from data/assumed.json. Sample view: 3, 4 or 5 equal-count groups, each as a line over
 * its range of job orientation with a Wilson band, and the histogram of each group underneath, whose
 * counts are a second table (and rows of the CSV with part = histogram).
 */
export const jobOrientationFigure = defineFigure({
  id: 'job-orientation',
  controls: [SOURCE_CONTROL, GROUPS_CONTROL],

  published(_view, context) {
    const { strings } = context;
    const text = strings.figures['job-orientation'];
    const format = numberFormatter(context.locale);
    const low = publishedFigure('orientation_rate_low').value;
    const high = publishedFigure('orientation_rate_high').value;
    const middle = assumed.values.orientation_rate_middle.value;
    const overall = publishedFigure('base_rate_job').value;
    const relative = publishedFigure('orientation_relative').value;
    const names = text.group_names_3;
    const groups: OrientationGroupMark[] = [
      { group: 1, label: names[0]!, rate: low, text: format.percent(low, 1) },
      { group: 2, label: names[1]!, rate: middle, text: `${format.percent(middle, 1)}\n(${text.assumed_marker})`, assumed: true },
      { group: 3, label: names[2]!, rate: high, text: format.percent(high, 1) },
    ];
    const rows: PublishedRow[] = [
      ...groups.map((g): PublishedRow => ({ group: g.group, label: g.label, rate: g.rate, decimals: 1, kind: g.assumed ? 'assumed' : 'published' })),
      { group: 'all', label: text.overall_row, rate: overall, decimals: 0, kind: 'published' },
    ];
    const columns: FigureColumn<PublishedRow>[] = [
      { key: 'group', head: text.col_group, format: (r) => r.label, csv: (r) => r.group },
      { key: 'groups', csv: () => 3 },
      { key: 'rate_percent', head: text.col_rate, format: (r) => format.percent(r.rate, r.decimals), csv: (r) => r.rate },
      { key: 'kind', head: text.col_kind, format: (r) => strings.kinds[r.kind], csv: (r) => r.kind },
    ];
    const values = {
      low: format.percent(low, 1),
      middle: format.percent(middle, 1),
      high: format.percent(high, 1),
      overall: format.percent(overall, 0),
      relative: `+${format.percent(relative, 0)}`,
    };
    const alt = fillTemplate(text.alt_published, values);
    return figureModel({
      rows,
      columns,
      caption: text.caption,
      takeaway: fillTemplate(text.takeaway_published, values),
      alt,
      kind: 'published',
      sourceLine: `${sourceLine(context, 'Figur 4', null)} ${fillTemplate(strings.figure.source_assumed, { what: names[1]!.toLowerCase() })}.`,
      note: fillTemplate(text.note_published, { middle: values.middle, overall: values.overall }),
      plot: (width) =>
        jobOrientationChart(groups, [], {
          width,
          yLabel: text.y_label,
          xLabel: text.x_label,
          countLabel: text.count_label,
          overall: { rate: overall, text: fillTemplate(text.overall, { value: values.overall }) },
          ariaDescription: alt,
          locale: context.locale,
        }),
    });
  },

  sample(view, sample, context) {
    const text = context.strings.figures['job-orientation'];
    const format = numberFormatter(context.locale);
    const k = Number(GROUPS_CONTROL.values.includes(view.groups ?? '') ? view.groups : GROUPS_CONTROL.defaultValue);
    // One job orientation per sample table (jobOrientationOf), so switching 3 → 4 → 5 groups does not recompute it.
    const table = jobOrientationOf(sample);
    const result = jobOrientationGroups(table, { groups: k, outcome: 'job_52w' });
    const histogram = jobOrientationHistogram(table, { groups: k, binWidth: ORIENTATION_BIN_WIDTH });
    const groupRows: SampleRow[] = result.groups.map((g) => ({
      group: g.group,
      label: fillTemplate(text.group_name, { group: String(g.group), groups: String(k) }),
      from: g.from,
      to: g.to,
      ratePercent: percentOrNull(g.rate),
      text: g.rate == null ? '–' : format.percent(g.rate * 100, 1),
      low: percentOrNull(g.low),
      high: percentOrNull(g.high),
      n: g.n,
    }));
    const overallRate = (result.overall.rate ?? 0) * 100;
    const overallText = format.percent(overallRate, 1);
    const rows: SampleRow[] = [
      ...groupRows,
      { group: 'all', label: text.overall_row, from: null, to: null, ratePercent: overallRate, text: overallText, low: null, high: null, n: result.overall.n },
    ];
    const signed = (v: number) => format.signed(v, 2);
    // Bins are a tenth of a step wide, so one decimal names their edges exactly.
    const binRange = (b: JobOrientationHistogramBin) => `${format.signed(b.x0, 1)} – ${format.signed(b.x1, 1)}`;
    const groupName = (group: number) => fillTemplate(text.group_name, { group: String(group), groups: String(k) });
    // The histogram's counts as a table of their own: one row per group and interval that has answers
    // (the empty bins are only there to line the bars up), so a screen reader reads each group's spread.
    const bins: BinRow[] = histogram
      .filter((b) => b.count > 0)
      .map((b) => ({ ...b, label: groupName(b.group), range: binRange(b) }));
    const binColumns: FigureColumn<BinRow>[] = [
      { key: 'part', csv: () => 'histogram' },
      { key: 'group', head: text.col_group, format: (b) => b.label, csv: (b) => b.group },
      { key: 'groups', csv: () => k },
      { key: 'bin_from', head: text.col_range, format: (b) => b.range, csv: (b) => b.x0 },
      { key: 'bin_to', csv: (b) => b.x1 },
      { key: 'n', head: text.col_n, format: (b) => format.count(b.count), csv: (b) => b.count },
      { key: 'kind', csv: () => 'sample' },
    ];
    const columns: FigureColumn<SampleRow>[] = [
      { key: 'part', csv: () => 'group' },
      { key: 'group', head: text.col_group, format: (r) => r.label, csv: (r) => r.group },
      { key: 'groups', csv: () => k },
      { key: 'range', head: text.col_range, format: (r) => (r.from == null || r.to == null ? '' : `${signed(r.from)} – ${signed(r.to)}`) },
      { key: 'from', csv: (r) => r.from },
      { key: 'to', csv: (r) => r.to },
      { key: 'rate_percent', head: text.col_rate, format: (r) => r.text, csv: (r) => r.ratePercent },
      { key: 'interval', head: text.col_interval, format: (r) => format.percentRange(r.low, r.high) },
      { key: 'low_percent', csv: (r) => r.low },
      { key: 'high_percent', csv: (r) => r.high },
      { key: 'n', head: text.col_n, format: (r) => format.count(r.n), csv: (r) => r.n },
      { key: 'kind', csv: () => 'sample' },
    ];
    const marks: OrientationGroupMark[] = groupRows.map((r) => ({
      group: r.group as number,
      label: r.label,
      rate: r.ratePercent ?? 0,
      low: r.low,
      high: r.high,
      from: r.from,
      to: r.to,
      text: r.text,
    }));
    // Each bar says what the table says: its group, its interval and its count.
    const histogramBars: OrientationHistogramBar[] = histogram.map((b) => ({
      ...b,
      label: `${groupName(b.group)}, ${binRange(b)}`,
      text: fillTemplate(text.histogram_bar, { count: format.count(b.count) }),
    }));
    const alt = fillTemplate(text.alt_sample, {
      groups: String(k),
      series: altSeries({ rows: groupRows, columns }, ['group', 'rate_percent']),
      overall: overallText,
    });
    return figureModel({
      rows,
      columns,
      tables: [
        {
          key: 'histogram',
          caption: fillTemplate(text.histogram_caption, { width: format.decimal(ORIENTATION_BIN_WIDTH, 1) }),
          rows: bins,
          columns: binColumns,
        },
      ],
      caption: fillTemplate(text.caption_sample, { groups: String(k) }),
      takeaway: fillTemplate(text.takeaway_sample, { low: marks[0]!.text, high: marks[marks.length - 1]!.text, groups: String(k) }),
      alt,
      kind: 'sample',
      sourceLine: sourceLine(context, 'Figur 4', sample),
      note: text.note_sample,
      how: {
        pipelines: [
          { pipeline: JOB_ORIENTATION_PIPELINE },
          { pipeline: JOB_ORIENTATION_RANKING_PIPELINE },
          { pipeline: JOB_ORIENTATION_GROUPS_PIPELINE, params: { groups: k, outcome: 'job_52w' } },
          { pipeline: JOB_ORIENTATION_HISTOGRAM_PIPELINE, params: { groups: k } },
        ],
      },
      plot: (width) =>
        jobOrientationChart(marks, histogramBars, {
          width,
          yLabel: text.y_label,
          xLabel: width < 480 ? text.x_label_short : text.x_label,
          countLabel: text.count_label,
          overall: { rate: overallRate, text: fillTemplate(text.overall, { value: overallText }) },
          ariaDescription: alt,
          locale: context.locale,
        }),
    });
  },
});
