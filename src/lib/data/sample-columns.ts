/**
 * The columns of the sample CSV (one row per measurement occasion): the single definition that the
 * generator writes, the parser validates, and the codebook documents.
 */

/** How a column's cells are typed. */
export type ColumnKind = 'integer' | 'number' | 'binary' | 'category' | 'quarter';

/** One column of the sample: its name, type, allowed range and whether it may be empty. */
export interface ColumnSpec {
  readonly name: SampleColumn;
  readonly kind: ColumnKind;
  /** Inclusive bounds for numeric kinds. */
  readonly min?: number;
  readonly max?: number;
  /** Allowed values for categories. */
  readonly values?: readonly string[];
  /** True when an empty cell is allowed (only `belief`: the caseworker answered "don't know"). */
  readonly nullable?: boolean;
}

export const SAMPLE_COLUMNS = [
  'response_id',
  'person_id',
  'caseworker_id',
  'jobcentre_id',
  'quarter',
  'wave',
  'age',
  'gender',
  'benefit_group',
  'years_on_benefits',
  'self_belief',
  'health_coping',
  'job_search',
  'belief',
  'caseworker_changes',
  'job_52w',
  'job_or_edu_52w',
] as const;

/** A column name of the sample. */
export type SampleColumn = (typeof SAMPLE_COLUMNS)[number];

/** The two outcomes measured 52 weeks after an answer. */
export type Outcome = 'job_52w' | 'job_or_edu_52w';
export const OUTCOMES: readonly Outcome[] = ['job_52w', 'job_or_edu_52w'];

/** The five answers to the belief question, 1 = Nej … 5 = Ja. */
export const BELIEF_LEVELS = [1, 2, 3, 4, 5] as const;
export type BeliefLevel = (typeof BELIEF_LEVELS)[number];

export const BENEFIT_GROUPS = ['cash_benefit', 'education_support'] as const;
export const GENDERS = ['female', 'male'] as const;

export const COLUMN_SPECS: readonly ColumnSpec[] = [
  { name: 'response_id', kind: 'integer', min: 1 },
  { name: 'person_id', kind: 'integer', min: 1 },
  { name: 'caseworker_id', kind: 'integer', min: 1 },
  { name: 'jobcentre_id', kind: 'integer', min: 1 },
  { name: 'quarter', kind: 'quarter' },
  { name: 'wave', kind: 'integer', min: 1 },
  { name: 'age', kind: 'integer', min: 16, max: 70 },
  { name: 'gender', kind: 'category', values: GENDERS },
  { name: 'benefit_group', kind: 'category', values: BENEFIT_GROUPS },
  { name: 'years_on_benefits', kind: 'number', min: 0, max: 60 },
  { name: 'self_belief', kind: 'integer', min: 1, max: 5 },
  { name: 'health_coping', kind: 'integer', min: 1, max: 5 },
  { name: 'job_search', kind: 'integer', min: 1, max: 5 },
  { name: 'belief', kind: 'integer', min: 1, max: 5, nullable: true },
  { name: 'caseworker_changes', kind: 'integer', min: 0 },
  { name: 'job_52w', kind: 'binary' },
  { name: 'job_or_edu_52w', kind: 'binary' },
];

/** One row of the sample as plain values (belief null = "don't know"). */
export interface SampleRow {
  response_id: number;
  person_id: number;
  caseworker_id: number;
  jobcentre_id: number;
  quarter: string;
  wave: number;
  age: number;
  gender: (typeof GENDERS)[number];
  benefit_group: (typeof BENEFIT_GROUPS)[number];
  years_on_benefits: number;
  self_belief: number;
  health_coping: number;
  job_search: number;
  belief: BeliefLevel | null;
  caseworker_changes: number;
  job_52w: 0 | 1;
  job_or_edu_52w: 0 | 1;
}
