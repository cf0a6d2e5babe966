import { BELIEF_DISTRIBUTION_PIPELINE } from './belief-distribution';
import { CASEWORKER_CHANGE_PERSONS_PIPELINE, CASEWORKER_CHANGE_RATES_PIPELINE } from './caseworker-change-summary';
import { JOB_ORIENTATION_PIPELINE } from './job-orientation';
import { JOB_ORIENTATION_GROUPS_PIPELINE } from './job-orientation-groups';
import { JOB_ORIENTATION_HISTOGRAM_PIPELINE } from './job-orientation-histogram';
import { JOB_ORIENTATION_RANKING_PIPELINE } from './job-orientation-ranking';
import { JOB_RATE_BY_BELIEF_PIPELINE } from './job-rate-by-belief';
import type { Pipeline } from './pipeline';

/**
 * Every analysis pipeline, in reading order: what a "how it is computed" view can show and what the
 * UI strings must give a sentence for (one per step id, see pipelineStepIds).
 */
export const ANALYSIS_PIPELINES: readonly Pipeline[] = [
  BELIEF_DISTRIBUTION_PIPELINE,
  JOB_RATE_BY_BELIEF_PIPELINE,
  CASEWORKER_CHANGE_PERSONS_PIPELINE,
  CASEWORKER_CHANGE_RATES_PIPELINE,
  JOB_ORIENTATION_PIPELINE,
  JOB_ORIENTATION_RANKING_PIPELINE,
  JOB_ORIENTATION_GROUPS_PIPELINE,
  JOB_ORIENTATION_HISTOGRAM_PIPELINE,
];
