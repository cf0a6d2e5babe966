import type { LabTruths } from './lab-sample-params';

/**
 * Fewer clients per caseworker than this on average and job orientation (a caseworker's mean belief
 * about their OTHER clients) rests on one or two answers, or on none: the instrument is mostly noise.
 */
export const MIN_CLIENTS_PER_CASEWORKER = 2;

/** A problem with the lab's size: more caseworkers than persons, or too few clients per caseworker. */
export type LabSizeWarning = 'more_caseworkers' | 'few_clients';

/**
 * What is wrong with a size before it is run (the form says it as the reader types, the result repeats
 * it): 'more_caseworkers' when caseworkers outnumber persons, else 'few_clients' when a caseworker
 * has fewer than MIN_CLIENTS_PER_CASEWORKER persons on average. Empty when the size is fine.
 */
export function labSizeWarnings(size: Pick<LabTruths, 'persons' | 'caseworkers'>): LabSizeWarning[] {
  if (size.caseworkers > size.persons) return ['more_caseworkers'];
  if (size.persons / size.caseworkers < MIN_CLIENTS_PER_CASEWORKER) return ['few_clients'];
  return [];
}
