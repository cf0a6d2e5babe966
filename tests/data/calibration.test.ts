import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ColumnTable } from 'arquero';
import { beforeAll, describe, expect, it } from 'vitest';
import assumed from '../../data/assumed.json';
import codebook from '../../data/codebook.json';
import sampleMeta from '../../data/sample-meta.json';
import published from '../../data/published.json';
import { beliefEffect2sls } from '../../src/lib/analysis/belief-effect-2sls';
import { caseworkerChangeEffect } from '../../src/lib/analysis/caseworker-change-effect';
import { jobOrientationGroups } from '../../src/lib/analysis/job-orientation-groups';
import { parseSample } from '../../src/lib/data/parse-sample';
import { SAMPLE_COLUMNS } from '../../src/lib/data/sample-columns';
import { generateSample } from '../../src/lib/sample/generate-sample';
import type { SampleParams } from '../../src/lib/sample/sample-params';
import { sampleToCsv } from '../../src/lib/sample/sample-to-csv';

// The committed synthetic sample must reproduce the published aggregates (DESIGN §3). Every target
// is read from data/published.json or data/assumed.json, never typed here.
const fig = published.figures;
const a = assumed.values;
const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../../data');
const csv = readFileSync(join(dataDir, 'sample.csv'), 'utf8');

let sample: ColumnTable;
let rows: Array<Record<string, number | string | null>>;
beforeAll(() => {
  sample = parseSample(csv);
  rows = sample.objects() as typeof rows;
});

/** Share of rows (of `of`) where `pick` holds, in percent. */
const percent = (of: typeof rows, pick: (r: (typeof rows)[number]) => boolean) => (100 * of.filter(pick).length) / of.length;

describe('the committed synthetic sample (data/sample.csv)', () => {
  it('has the size of the study: ~13,500 answers, ~4,000 persons, ~300 caseworkers, 10 centres', () => {
    expect(rows).toHaveLength(fig.answers_individual.value);
    expect(new Set(rows.map((r) => r.person_id)).size).toBe(fig.persons.value);
    expect(new Set(rows.map((r) => r.caseworker_id)).size).toBe(fig.caseworkers.value);
    expect(new Set(rows.map((r) => r.jobcentre_id)).size).toBe(fig.jobcentres.value);
  });

  it('has the base rates: job and job-or-education within ±0.1 pp', () => {
    expect(Math.abs(percent(rows, (r) => r.job_52w === 1) - fig.base_rate_job.value)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(percent(rows, (r) => r.job_or_edu_52w === 1) - fig.base_rate_job_or_edu.value)).toBeLessThanOrEqual(0.1);
  });

  it('reproduces Tabell 2 exactly after rounding to 0.1 pp', () => {
    for (const b of [1, 2, 3, 4, 5] as const) {
      const group = rows.filter((r) => r.belief === b);
      const rate = percent(group, (r) => r.job_52w === 1);
      expect(Math.round(rate * 10) / 10, `belief ${b}`).toBe(fig[`job_rate_belief_${b}`].value);
    }
  });

  it('has the assumed belief shares within ±0.5 pp and 2% "don\'t know" within ±0.3 pp', () => {
    const known = rows.filter((r) => r.belief !== null);
    const shares = [a.belief_share_nej, a.belief_share_tvivlar, a.belief_share_varierar, a.belief_share_goda_chanser, a.belief_share_ja];
    shares.forEach((share, i) => {
      expect(Math.abs(percent(known, (r) => r.belief === i + 1) - share.value), `belief ${i + 1}`).toBeLessThanOrEqual(0.5);
    });
    expect(Math.abs(percent(rows, (r) => r.belief === null) - fig.belief_share_dont_know.value)).toBeLessThanOrEqual(0.3);
  });

  it('gives 40% ± 1 pp of persons one or more caseworker changes', () => {
    const most = new Map<unknown, number>();
    for (const r of rows) most.set(r.person_id, Math.max(most.get(r.person_id) ?? 0, r.caseworker_changes as number));
    const share = (100 * [...most.values()].filter((c) => c > 0).length) / most.size;
    expect(Math.abs(share - fig.change_share.value)).toBeLessThanOrEqual(1);
  });

  it('has caseworker_changes that agree with each person\'s sequence of caseworkers', () => {
    const sorted = [...rows].sort((x, y) => (x.person_id as number) - (y.person_id as number) || (x.wave as number) - (y.wave as number));
    let changes = 0;
    sorted.forEach((r, i) => {
      const prev = sorted[i - 1];
      if (!prev || prev.person_id !== r.person_id) changes = 0;
      else if (prev.caseworker_id !== r.caseworker_id) changes++;
      expect(r.caseworker_changes).toBe(changes);
    });
  });

  it('has the job-orientation thirds of Figur 4 within ±0.2 pp', () => {
    const { groups } = jobOrientationGroups(sample, { groups: 3, outcome: 'job_52w' });
    expect(Math.abs(100 * groups[0]!.rate! - fig.orientation_rate_low.value)).toBeLessThanOrEqual(0.2);
    expect(Math.abs(100 * groups[2]!.rate! - fig.orientation_rate_high.value)).toBeLessThanOrEqual(0.2);
  });

  // The regression-based targets: estimates on the sample recover the published effects within ±0.3 pp.
  it('gives a caseworker-change effect of −1.3 / −1.6 pp (±0.3) with controls and centre fixed effects', () => {
    const job = caseworkerChangeEffect(sample, { outcome: 'job_52w' });
    const edu = caseworkerChangeEffect(sample, { outcome: 'job_or_edu_52w' });
    expect(Math.abs(100 * job.coefficient - fig.change_effect_job.value)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(100 * edu.coefficient - fig.change_effect_job_or_edu.value)).toBeLessThanOrEqual(0.3);
  });

  it('gives a 2SLS belief effect of +1.3 / +3.3 pp (±0.3) with job orientation as the instrument', () => {
    const job = beliefEffect2sls(sample, { outcome: 'job_52w' });
    const edu = beliefEffect2sls(sample, { outcome: 'job_or_edu_52w' });
    expect(Math.abs(100 * job.coefficient - fig.step_effect_job.value)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(100 * edu.coefficient - fig.step_effect_job_or_edu.value)).toBeLessThanOrEqual(0.3);
  });

  it('never has a job without job-or-education', () => {
    expect(rows.filter((r) => r.job_52w === 1 && r.job_or_edu_52w === 0)).toHaveLength(0);
  });

  it('is regenerated byte for byte from the parameters in sample-meta.json', () => {
    const regenerated = sampleToCsv(generateSample(sampleMeta.params as unknown as SampleParams).rows);
    expect(regenerated === csv).toBe(true);
  });
});

describe('the sample\'s codebook (data/codebook.json, data/codebook.md)', () => {
  it('documents every column, in every language, in the CSV\'s order', () => {
    expect(codebook.columns.map((c) => c.name)).toEqual([...SAMPLE_COLUMNS]);
    for (const c of codebook.columns) {
      expect(c.en.length, c.name).toBeGreaterThan(10);
      expect(c.sv.length, c.name).toBeGreaterThan(10);
      expect(c.da.length, c.name).toBeGreaterThan(10);
      expect(c.type, c.name).toMatch(/\S/);
      // A range is language-neutral ("1 … 5") or, where it has words or a thousands separator, per language.
      for (const range of typeof c.range === 'string' ? [c.range] : [c.range.sv, c.range.da, c.range.en]) expect(range, c.name).toMatch(/\S/);
    }
  });

  it('has a Markdown version generated from the JSON that lists every column and latent truth', () => {
    const md = readFileSync(join(dataDir, 'codebook.md'), 'utf8');
    for (const c of codebook.columns) expect(md).toContain(`| \`${c.name}\` |`);
    for (const l of codebook.latent) expect(md).toContain(`| \`${l.name}\` |`);
  });
});
