/**
 * Writes the committed synthetic sample: data/sample.csv, data/sample-meta.json and data/codebook.md.
 *
 *   npm run data                 search seeds 1, 2, … and keep the first that passes (see SEED_RULE)
 *   npm run data -- --seed 17    use one seed as is (no search)
 *
 * The seed search exists because one sample of 13,500 answers estimates the effects with a
 * standard error about as large as the tolerance; which seed was kept, and how many were tried, is
 * written to sample-meta.json so the method page can say so.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { from, type ColumnTable } from 'arquero';
import published from '../data/published.json';
import { jobOrientation } from '../src/lib/analysis/job-orientation';
import { jobOrientationGroups } from '../src/lib/analysis/job-orientation-groups';
import { generateSample } from '../src/lib/sample/generate-sample';
import { DEFAULT_SAMPLE_PARAMS, type SampleParams } from '../src/lib/sample/sample-params';
import { sampleToCsv } from '../src/lib/sample/sample-to-csv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fig = published.figures;

/** Half the tests' tolerance for the thirds, and half the design's ±0.3 pp for the regressions. */
const TOLERANCE = { thirds: 0.1, effects: 0.15 } as const;
const MAX_SEEDS = 5000;

const SEED_RULE =
  `Seeds 1, 2, 3, … are tried in order and the first is kept whose sample has: the lowest and highest ` +
  `job-orientation thirds within ±${TOLERANCE.thirds} pp of ${fig.orientation_rate_low.value}% and ${fig.orientation_rate_high.value}%; ` +
  `the per-change effect (LPM) within ±${TOLERANCE.effects} pp of ${fig.change_effect_job.value} / ${fig.change_effect_job_or_edu.value} pp; ` +
  `and the 2SLS belief effect (instrument: job orientation) within ±${TOLERANCE.effects} pp of ${fig.step_effect_job.value} / ${fig.step_effect_job_or_edu.value} pp. ` +
  `Both regressions use controls age, gender, benefit_group, years_on_benefits, self_belief, health_coping, ` +
  `job_search (linear) and job-centre fixed effects; the LPM uses every answer, the 2SLS the answers with a belief and a job orientation.`;

/** Least squares by the normal equations and a Cholesky solve: a quick screen, not the site's estimator. */
function leastSquares(x: readonly Float64Array[], y: ArrayLike<number>): Float64Array {
  const k = x.length;
  const n = y.length;
  const a = new Float64Array(k * k);
  const b = new Float64Array(k);
  for (let p = 0; p < k; p++) {
    const xp = x[p]!;
    for (let i = 0; i < n; i++) b[p]! += xp[i]! * y[i]!;
    for (let q = 0; q <= p; q++) {
      const xq = x[q]!;
      let s = 0;
      for (let i = 0; i < n; i++) s += xp[i]! * xq[i]!;
      a[p * k + q] = s;
      a[q * k + p] = s;
    }
  }
  // Cholesky: a = L Lᵀ, then two triangular solves.
  const l = new Float64Array(k * k);
  for (let p = 0; p < k; p++) {
    for (let q = 0; q <= p; q++) {
      let s = a[p * k + q]!;
      for (let m = 0; m < q; m++) s -= l[p * k + m]! * l[q * k + m]!;
      l[p * k + q] = p === q ? Math.sqrt(s) : s / l[q * k + q]!;
    }
  }
  const z = new Float64Array(k);
  for (let p = 0; p < k; p++) {
    let s = b[p]!;
    for (let m = 0; m < p; m++) s -= l[p * k + m]! * z[m]!;
    z[p] = s / l[p * k + p]!;
  }
  const beta = new Float64Array(k);
  for (let p = k - 1; p >= 0; p--) {
    let s = z[p]!;
    for (let m = p + 1; m < k; m++) s -= l[m * k + p]! * beta[m]!;
    beta[p] = s / l[p * k + p]!;
  }
  return beta;
}

function column(table: ColumnTable, name: string, rows: readonly number[]): Float64Array {
  const values = table.array(name) as ArrayLike<number | string | null>;
  return Float64Array.from(rows, (r) => Number(values[r]));
}

/** Intercept, controls and centre dummies (first centre as reference) for the given rows. */
function controls(table: ColumnTable, rows: readonly number[]): Float64Array[] {
  const gender = table.array('gender') as ArrayLike<string>;
  const group = table.array('benefit_group') as ArrayLike<string>;
  const centre = table.array('jobcentre_id') as ArrayLike<number>;
  const centres = [...new Set(rows.map((r) => centre[r]!))].sort((a, b) => a - b).slice(1);
  return [
    new Float64Array(rows.length).fill(1),
    column(table, 'age', rows),
    Float64Array.from(rows, (r) => (gender[r] === 'female' ? 1 : 0)),
    Float64Array.from(rows, (r) => (group[r] === 'education_support' ? 1 : 0)),
    ...['years_on_benefits', 'self_belief', 'health_coping', 'job_search'].map((c) => column(table, c, rows)),
    ...centres.map((j) => Float64Array.from(rows, (r) => (centre[r] === j ? 1 : 0))),
  ];
}

/** The values the seed rule screens, in percent / percentage points. */
interface Screen {
  thirdLow: number;
  thirdHigh: number;
  changeJob: number;
  changeJobOrEdu: number;
  beliefJob: number;
  beliefJobOrEdu: number;
}

function screen(params: SampleParams): Screen {
  const table = jobOrientation(from(generateSample(params).rows));
  const thirds = jobOrientationGroups(table, { groups: 3, outcome: 'job_52w' }).groups;
  const all = Array.from({ length: table.numRows() }, (_, i) => i);
  const lpm = [column(table, 'caseworker_changes', all), ...controls(table, all)];
  const belief = table.array('belief') as ArrayLike<number | null>;
  const orientation = table.array('job_orientation') as ArrayLike<number | null>;
  const iv = all.filter((r) => belief[r] !== null && orientation[r] !== null);
  const ivControls = controls(table, iv);
  const firstStage = leastSquares([column(table, 'job_orientation', iv), ...ivControls], column(table, 'belief', iv));
  const fitted = new Float64Array(iv.length);
  [column(table, 'job_orientation', iv), ...ivControls].forEach((x, p) => x.forEach((v, i) => (fitted[i]! += v * firstStage[p]!)));
  const effect = (x: Float64Array[], outcome: string, rows: number[]): number => 100 * leastSquares(x, column(table, outcome, rows))[0]!;
  return {
    thirdLow: 100 * (thirds[0]?.rate ?? NaN),
    thirdHigh: 100 * (thirds[2]?.rate ?? NaN),
    changeJob: effect(lpm, 'job_52w', all),
    changeJobOrEdu: effect(lpm, 'job_or_edu_52w', all),
    beliefJob: effect([fitted, ...ivControls], 'job_52w', iv),
    beliefJobOrEdu: effect([fitted, ...ivControls], 'job_or_edu_52w', iv),
  };
}

function passes(s: Screen): boolean {
  const near = (v: number, target: number, tol: number): boolean => Math.abs(v - target) <= tol;
  return (
    near(s.thirdLow, fig.orientation_rate_low.value, TOLERANCE.thirds) &&
    near(s.thirdHigh, fig.orientation_rate_high.value, TOLERANCE.thirds) &&
    near(s.changeJob, fig.change_effect_job.value, TOLERANCE.effects) &&
    near(s.changeJobOrEdu, fig.change_effect_job_or_edu.value, TOLERANCE.effects) &&
    near(s.beliefJob, fig.step_effect_job.value, TOLERANCE.effects) &&
    near(s.beliefJobOrEdu, fig.step_effect_job_or_edu.value, TOLERANCE.effects)
  );
}

interface Codebook {
  title: { en: string; sv: string };
  intro: { en: string; sv: string };
  columns: { name: string; type: string; range: string | { en: string }; en: string; sv: string }[];
  latent: { name: string; en: string; sv: string }[];
  latentWhy: { en: string; sv: string };
}

/** data/codebook.md, generated so the Markdown never drifts from codebook.json. */
function codebookMarkdown(book: Codebook): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  const lines = [
    '<!-- Generated from data/codebook.json by scripts/generate-sample.ts (npm run data). Do not edit. -->',
    '',
    `# ${book.title.en} / ${book.title.sv}`,
    '',
    book.intro.en,
    '',
    book.intro.sv,
    '',
    '## Columns / Kolumner',
    '',
    '| column | type | range | meaning | betydelse |',
    '| --- | --- | --- | --- | --- |',
    ...book.columns.map((c) => `| \`${c.name}\` | ${c.type} | ${esc(typeof c.range === 'string' ? c.range : c.range.en)} | ${esc(c.en)} | ${esc(c.sv)} |`),
    '',
    '## Left out of the file / Utelämnat ur filen',
    '',
    book.latentWhy.en,
    '',
    book.latentWhy.sv,
    '',
    '| truth | meaning | betydelse |',
    '| --- | --- | --- |',
    ...book.latent.map((l) => `| \`${l.name}\` | ${esc(l.en)} | ${esc(l.sv)} |`),
    '',
  ];
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const seedFlag = args.indexOf('--seed');
  const fixedSeed = seedFlag >= 0 ? Number(args[seedFlag + 1]) : null;
  if (fixedSeed !== null && !Number.isInteger(fixedSeed)) throw new Error('--seed needs an integer');

  const started = performance.now();
  let seed = fixedSeed ?? 1;
  let tried = 1;
  let result = screen({ ...DEFAULT_SAMPLE_PARAMS, seed });
  if (fixedSeed === null) {
    while (!passes(result)) {
      if (tried >= MAX_SEEDS) throw new Error(`No seed in 1…${MAX_SEEDS} passes the rule.`);
      seed++;
      tried++;
      result = screen({ ...DEFAULT_SAMPLE_PARAMS, seed });
      if (tried % 100 === 0) process.stderr.write(`  tried ${tried} seeds\n`);
    }
  }
  const params: SampleParams = { ...DEFAULT_SAMPLE_PARAMS, seed };
  const t0 = performance.now();
  const { rows } = generateSample(params);
  const generateMs = performance.now() - t0;
  writeFileSync(join(root, 'data/sample.csv'), sampleToCsv(rows));

  const round = (v: number): number => Math.round(v * 1000) / 1000;
  const meta = {
    $comment: 'Written by scripts/generate-sample.ts (npm run data). generateSample(params) reproduces data/sample.csv byte for byte.',
    synthetic: true,
    rows: rows.length,
    params,
    seedSearch:
      fixedSeed === null
        ? { rule: SEED_RULE, tried, kept: seed, tolerance: TOLERANCE }
        : { rule: 'No search: the seed was given on the command line.', tried: 1, kept: seed },
    screened: Object.fromEntries(Object.entries(result).map(([k, v]) => [k, round(v)])),
  };
  writeFileSync(join(root, 'data/sample-meta.json'), `${JSON.stringify(meta, null, 2)}\n`);

  const book = JSON.parse(readFileSync(join(root, 'data/codebook.json'), 'utf8')) as Codebook;
  writeFileSync(join(root, 'data/codebook.md'), codebookMarkdown(book));

  process.stdout.write(
    `seed ${seed} (${tried} tried) → ${rows.length} rows; one generation ${generateMs.toFixed(0)} ms, total ${((performance.now() - started) / 1000).toFixed(1)} s\n` +
      `${JSON.stringify(meta.screened)}\n`,
  );
}

main();
