import { csvFormat } from 'd3';
import type { ColumnTable } from 'arquero';
import assumed from '../../../data/assumed.json';
import { jobOrientation } from '../analysis/job-orientation';
import { jobOrientationGroups } from '../analysis/job-orientation-groups';
import { jobOrientationHistogram } from '../analysis/job-orientation-histogram';
import { jobOrientationChart, type OrientationGroupMark } from '../charts/job-orientation-chart';
import { publishedFigure } from '../data/published';
import { fillTemplate } from '../format/fill-template';
import { numberFormatter } from '../format/number-formatter';
import { SOURCE_CONTROL, viewSource, type FigureControl } from './figure-model';
import type { FigureContext, FigureModel, FigureSpec, FigureView } from './figure-model';
import { sourceLine } from './source-line';

/** How many equal-count groups the sample view splits the answers into; the report uses thirds. */
export const GROUPS_CONTROL: FigureControl = { name: 'groups', values: ['3', '4', '5'], defaultValue: '3', sampleOnly: true };

/** Width of a histogram bar on the job-orientation axis (belief-scale steps). */
export const ORIENTATION_BIN_WIDTH = 0.1;

// The table of the last sample seen with its job orientation, so switching 3 → 4 → 5 groups does not
// recompute it (a figure is rebuilt on every change, always from the same sample object).
let withOrientation: { sample: ColumnTable; table: ColumnTable } | undefined;
function orientationOf(sample: ColumnTable): ColumnTable {
  if (withOrientation?.sample !== sample) withOrientation = { sample, table: jobOrientation(sample) };
  return withOrientation.table;
}

/**
 * Job orientation and the chance of a job (seed Figur 4). Published view: the lowest and highest
 * thirds (5.3 % and 7.0 %) and the overall 6 %; the middle third is not published and is shown as the
 * assumed value from data/assumed.json. Sample view: 3, 4 or 5 equal-count groups, each as a line over
 * its range of job orientation with a Wilson band, and the histogram of each group underneath.
 */
export const jobOrientationFigure: FigureSpec = {
  id: 'job-orientation',
  controls: [SOURCE_CONTROL, GROUPS_CONTROL],
  build(view: FigureView, sample: ColumnTable | null, context: FigureContext): FigureModel {
    const { strings, locale } = context;
    const text = strings.figures['job-orientation'];
    const format = numberFormatter(locale);
    const source = viewSource(view);
    if (source === 'sample' && !sample) throw new Error('the sample view needs the sample table');
    const signed = (v: number) => format.signed(v, 2);

    if (source === 'published') {
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
      const values = {
        low: format.percent(low, 1),
        middle: format.percent(middle, 1),
        high: format.percent(high, 1),
        overall: format.percent(overall, 0),
        relative: `+${format.percent(relative, 0)}`,
      };
      const alt = fillTemplate(text.alt_published, values);
      const kindText = (isAssumed: boolean) => (isAssumed ? strings.kinds.assumed : strings.kinds.published);
      return {
        caption: text.caption,
        takeaway: fillTemplate(text.takeaway_published, values),
        alt,
        table: {
          head: [text.col_group, text.col_rate, text.col_kind],
          rows: [
            ...groups.map((g) => [g.label, format.percent(g.rate, 1), kindText(Boolean(g.assumed))]),
            [text.overall_row, format.percent(overall, 0), kindText(false)],
          ],
        },
        csv: csvFormat([
          ...groups.map((g) => ({ group: g.group, groups: 3, rate_percent: g.rate, kind: g.assumed ? 'assumed' : 'published' })),
          { group: 'all', groups: 3, rate_percent: overall, kind: 'published' },
        ]),
        kind: 'published',
        sourceLine: `${sourceLine(context, 'Figur 4', null)} ${fillTemplate(strings.figure.source_assumed, {
          what: names[1]!.toLowerCase(),
        })}.`,
        note: fillTemplate(text.note_published, { middle: values.middle, overall: values.overall }),
        plot: (width) =>
          jobOrientationChart(groups, [], {
            width,
            yLabel: text.y_label,
            xLabel: text.x_label,
            countLabel: text.count_label,
            overall: { rate: overall, text: fillTemplate(text.overall, { value: values.overall }) },
            ariaDescription: alt,
          }),
      };
    }

    const k = Number(GROUPS_CONTROL.values.includes(view.groups ?? '') ? view.groups : GROUPS_CONTROL.defaultValue);
    const table = orientationOf(sample!);
    const result = jobOrientationGroups(table, { groups: k, outcome: 'job_52w' });
    const histogram = jobOrientationHistogram(table, { groups: k, binWidth: ORIENTATION_BIN_WIDTH });
    const percent = (p: number | null) => (p == null ? null : p * 100);
    const groups: OrientationGroupMark[] = result.groups.map((g) => ({
      group: g.group,
      label: fillTemplate(text.group_name, { group: String(g.group), groups: String(k) }),
      rate: percent(g.rate) ?? 0,
      low: percent(g.low),
      high: percent(g.high),
      from: g.from,
      to: g.to,
      text: g.rate == null ? '–' : format.percent(g.rate * 100, 1),
    }));
    const overallRate = (result.overall.rate ?? 0) * 100;
    const overallText = format.percent(overallRate, 1);
    const alt = fillTemplate(text.alt_sample, {
      groups: String(k),
      series: groups.map((g) => `${g.label} ${g.text}`).join(', '),
      overall: overallText,
    });
    const interval = (g: OrientationGroupMark) => format.percentRange(g.low, g.high);
    const range = (g: OrientationGroupMark) => (g.from == null || g.to == null ? '' : `${signed(g.from)} – ${signed(g.to)}`);
    return {
      caption: fillTemplate(text.caption_sample, { groups: String(k) }),
      takeaway: fillTemplate(text.takeaway_sample, {
        low: groups[0]!.text,
        high: groups[groups.length - 1]!.text,
        groups: String(k),
      }),
      alt,
      table: {
        head: [text.col_group, text.col_range, text.col_rate, text.col_interval, text.col_n],
        rows: [
          ...groups.map((g, i) => [g.label, range(g), g.text, interval(g), format.count(result.groups[i]!.n)]),
          [text.overall_row, '', overallText, '', format.count(result.overall.n)],
        ],
      },
      csv: csvFormat([
        ...result.groups.map((g) => ({
          group: g.group,
          groups: k,
          from: g.from == null ? '' : round(g.from),
          to: g.to == null ? '' : round(g.to),
          rate_percent: g.rate == null ? '' : round(g.rate * 100),
          low_percent: g.low == null ? '' : round(g.low * 100),
          high_percent: g.high == null ? '' : round(g.high * 100),
          n: g.n,
          kind: 'sample',
        })),
        {
          group: 'all',
          groups: k,
          from: '',
          to: '',
          rate_percent: round(overallRate),
          low_percent: '',
          high_percent: '',
          n: result.overall.n,
          kind: 'sample',
        },
      ]),
      kind: 'sample',
      sourceLine: sourceLine(context, 'Figur 4', sample),
      note: text.note_sample,
      plot: (width) =>
        jobOrientationChart(groups, histogram, {
          width,
          yLabel: text.y_label,
          xLabel: width < 480 ? text.x_label_short : text.x_label,
          countLabel: text.count_label,
          overall: { rate: overallRate, text: fillTemplate(text.overall, { value: overallText }) },
          ariaDescription: alt,
        }),
    };
  },
};

/** Rounds to 4 decimals for CSV output, so files are stable and readable. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
