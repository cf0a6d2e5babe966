import type { Term } from '../stats/design-matrix';

/**
 * The controls every adjusted model uses: the register variables and the client's own BIP ratings in
 * the sample, plus job-centre fixed effects (absorbed: the same estimates as a dummy per centre) — the counterpart of the report's
 * "register variables, BIP indicators" adjustment with comparisons made within job centres.
 */
export const MODEL_CONTROLS: readonly Term[] = [
  { name: 'age', kind: 'numeric' },
  { name: 'gender', kind: 'categorical' },
  { name: 'benefit_group', kind: 'categorical' },
  { name: 'years_on_benefits', kind: 'numeric' },
  { name: 'self_belief', kind: 'numeric' },
  { name: 'health_coping', kind: 'numeric' },
  { name: 'job_search', kind: 'numeric' },
  { name: 'jobcentre_id', kind: 'fixed-effect' },
];
