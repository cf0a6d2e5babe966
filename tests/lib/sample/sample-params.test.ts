import { describe, expect, it } from 'vitest';
import assumed from '../../../data/assumed.json';
import published from '../../../data/published.json';
import { DEFAULT_SAMPLE_PARAMS } from '../../../src/lib/sample/sample-params';

const values = assumed.values as Record<string, { value: number; unit: string; reason: { en: string; sv: string } }>;
const fig = published.figures;

describe('data/assumed.json', () => {
  it('gives every assumed value a number, a unit and a reason in English and Swedish', () => {
    expect(Object.keys(values).length).toBeGreaterThan(10);
    for (const [key, v] of Object.entries(values)) {
      expect(Number.isFinite(v.value), key).toBe(true);
      expect(v.unit, key).toMatch(/\S/);
      expect(v.reason.en.length, key).toBeGreaterThan(20);
      expect(v.reason.sv.length, key).toBeGreaterThan(20);
    }
  });

  it('splits the belief answers as the report describes them', () => {
    const share = (k: string) => values[`belief_share_${k}`]!.value;
    const all = ['nej', 'tvivlar', 'varierar', 'goda_chanser', 'ja'].map(share);
    expect(all.reduce((s, v) => s + v, 0)).toBe(100);
    const noOrDoubt = share('nej') + share('tvivlar');
    expect(noOrDoubt).toBeLessThan(fig.belief_share_nej_tvivlar.value); // "knappt hälften"
    expect(noOrDoubt).toBeGreaterThan(fig.belief_share_nej_tvivlar.value - 3);
    expect(Math.abs(share('varierar') - fig.belief_share_varierar.value)).toBeLessThanOrEqual(2);
    // Goda chanser is not published: the positive quarter less the Ja share (its assumed reason says so).
    expect(share('goda_chanser') + fig.belief_share_ja.value).toBeCloseTo(fig.belief_share_positive.value, -1);
    expect(share('ja')).toBe(fig.belief_share_ja.value);
  });

  it('chooses the split so the Tabell 2 rates, weighted by the shares, and the "don\'t know" group give the 6% base rate', () => {
    const keys = ['nej', 'tvivlar', 'varierar', 'goda_chanser', 'ja'];
    const rates = [1, 2, 3, 4, 5].map((b) => fig[`job_rate_belief_${b}` as keyof typeof fig].value);
    const answered = keys.reduce((s, k, i) => s + (values[`belief_share_${k}`]!.value / 100) * rates[i]!, 0);
    const dk = fig.belief_share_dont_know.value / 100;
    const overall = (1 - dk) * answered + dk * values.job_rate_dont_know!.value;
    expect(Math.round(overall * 10) / 10).toBe(fig.base_rate_job.value);
  });

  it('makes the middle third the value that averages the published thirds to the base rate', () => {
    const middle = 3 * fig.base_rate_job.value - fig.orientation_rate_low.value - fig.orientation_rate_high.value;
    expect(values.orientation_rate_middle!.value).toBeCloseTo(middle, 10);
    expect(values.education_only_rate!.value).toBe(fig.base_rate_job_or_edu.value - fig.base_rate_job.value);
  });
});

describe('DEFAULT_SAMPLE_PARAMS', () => {
  it('takes the effects from the published figures and the shares from the assumed ones', () => {
    expect(DEFAULT_SAMPLE_PARAMS.betaJob).toBeCloseTo(fig.step_effect_job.value / 100, 12);
    expect(DEFAULT_SAMPLE_PARAMS.betaJobOrEdu).toBeCloseTo(fig.step_effect_job_or_edu.value / 100, 12);
    expect(DEFAULT_SAMPLE_PARAMS.deltaJob).toBeCloseTo(fig.change_effect_job.value / 100, 12);
    expect(DEFAULT_SAMPLE_PARAMS.deltaJobOrEdu).toBeCloseTo(fig.change_effect_job_or_edu.value / 100, 12);
    expect(DEFAULT_SAMPLE_PARAMS.beliefShares[0]).toBeCloseTo(values.belief_share_nej!.value / 100, 12);
    expect(DEFAULT_SAMPLE_PARAMS.beliefShares.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(DEFAULT_SAMPLE_PARAMS.persons).toBe(fig.persons.value);
    expect(DEFAULT_SAMPLE_PARAMS.caseworkers).toBe(fig.caseworkers.value);
    expect(DEFAULT_SAMPLE_PARAMS.centres).toBe(fig.jobcentres.value);
  });
});
