import { MODEL_CONTROLS } from '../analysis/model-controls';
import { SAMPLE_COLUMNS, type SampleRow } from '../data/sample-columns';
import { labSampleParams, type LabTruths } from './lab-sample-params';
import type { LabJob } from './lab-replication';
import type { LabEstimate, LabResult } from './run-lab-experiment';

/** A cell value for a lab CSV: numbers and booleans as written, null/undefined (and non-finite numbers) empty. */
export type CsvValue = string | number | boolean | null | undefined;

/** A plain decimal number ("-1.3", "2e-5"): a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/** What a spreadsheet starts a formula with (and tab / carriage return, which some strip first). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: text a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR, and
 * not a plain number) is neutralised with a leading apostrophe (OWASP's advice on CSV injection);
 * a cell with a comma, quote or line break is quoted, quotes doubled.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV: "\n" line ends and a final newline, every cell through csvCell. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

/** A lab run's generated sample as CSV, in the codebook's columns (the same layout as data/sample.csv). */
export function labSampleCsv(rows: readonly SampleRow[]): string {
  return toCsv([
    [...SAMPLE_COLUMNS],
    ...rows.map((row) => SAMPLE_COLUMNS.map((c) => (c === 'years_on_benefits' ? (row[c] as number).toFixed(1) : row[c]))),
  ]);
}

/** What the metadata file of a lab sample says besides the numbers (in the page's language). */
export interface LabMetadataText {
  description: string;
}

/**
 * The metadata of a lab run's sample, as JSON: that it is synthetic, the truths the reader set (pp),
 * the generator's full parameters and seed, the columns, the controls of the adjusted models and what
 * the run estimated. Nothing time-dependent, so the same run gives the same bytes.
 */
export function labSampleMetadata(result: LabResult, text: LabMetadataText): string {
  return `${JSON.stringify(
    {
      description: text.description,
      synthetic: true,
      truths: { beta_pp: result.truths.beta, delta_pp: result.truths.delta, alpha: result.truths.alpha, optimism_spread: result.truths.spread, persons: result.truths.persons, caseworkers: result.truths.caseworkers, seed: result.truths.seed },
      generator: { module: 'src/lib/sample/generate-sample.ts', parameters: labSampleParams(result.truths) },
      rows: result.rows,
      columns: [...SAMPLE_COLUMNS],
      outcome: 'job_52w',
      controls: MODEL_CONTROLS.map((t) => ({ name: t.name, kind: t.kind })),
      estimates_pp: {
        naive_slope: result.naive,
        ols_with_controls: result.ols,
        tsls: result.iv,
        tsls_instrument_strength: result.ivStrength,
        first_stage_f: result.firstStageF,
        change_effect: result.change,
      },
      intervals: '95 % confidence intervals, standard errors clustered by caseworker (CR1), t with G − 1 degrees of freedom',
    },
    null,
    2,
  )}\n`;
}

const ESTIMATE_COLUMNS = ['naive', 'ols', 'iv', 'change'] as const;

/**
 * Every run of a repeated experiment or a sweep as CSV, one row per run: which run, its seed and
 * truths, and each estimator's estimate, interval and whether it covers the truth (pp). A 2SLS with a
 * weak instrument has empty cells and its strength in iv_strength.
 */
export function labRunsCsv(jobs: readonly LabJob[], results: readonly LabResult[], sweepParam: string | null): string {
  const estimateCells = (e: LabEstimate | null) => [e?.value, e?.low, e?.high, e ? e.covers : null];
  return toCsv([
    [
      'run',
      'point',
      'swept_parameter',
      'seed',
      'beta',
      'delta',
      'alpha',
      'spread',
      'persons',
      'caseworkers',
      'rows',
      ...ESTIMATE_COLUMNS.flatMap((k) => [k, `${k}_low`, `${k}_high`, `${k}_covers`]),
      'iv_strength',
      'first_stage_f',
    ],
    ...jobs.map((job, i) => {
      const r = results[i]!;
      const t: LabTruths = job.truths;
      return [
        job.run + 1,
        job.point + 1,
        sweepParam,
        t.seed,
        t.beta,
        t.delta,
        t.alpha,
        t.spread,
        t.persons,
        t.caseworkers,
        r.rows,
        ...ESTIMATE_COLUMNS.flatMap((k) => estimateCells(k === 'iv' && r.ivStrength !== 'strong' ? null : r[k])),
        r.ivStrength,
        r.firstStageF,
      ];
    }),
  ]);
}
