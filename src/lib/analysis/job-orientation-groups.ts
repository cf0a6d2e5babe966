import type { ColumnTable } from 'arquero';
import type { Outcome } from '../data/sample-columns';
import { rateWithInterval, type RateWithInterval } from './rate-with-interval';
import { jobOrientationRanking } from './job-orientation-ranking';

/** One equal-count group of answers by job orientation: its range and its outcome rate. */
export interface JobOrientationGroup extends RateWithInterval {
  /** 1 = lowest job orientation … k = highest. */
  group: number;
  /** Lowest and highest job orientation in the group (null when the group is empty). */
  from: number | null;
  to: number | null;
}

/** The groups plus the rate over all answers that have a job orientation (Figur 4's overall line). */
export interface JobOrientationGroups {
  outcome: Outcome;
  groups: JobOrientationGroup[];
  overall: RateWithInterval;
}

/** Options: how many equal-count groups (2–10; 3 = the report's thirds) and which outcome. */
export interface JobOrientationGroupsOptions {
  groups: number;
  outcome: Outcome;
}

/**
 * Splits the answers with a job orientation into `groups` equal-count groups by job orientation
 * and gives each group's outcome rate with a Wilson interval, plus the overall rate over the same
 * answers. Uses the table's `job_orientation` column when present, otherwise computes it with
 * jobOrientation. Answers with a null orientation are left out of groups and overall alike.
 *
 * Groups are rank-based: answers are sorted by job orientation, ties broken by response_id, and the
 * answer at rank r (0-based) of n goes to group floor(r·k/n) + 1. Ties are common (two clients of
 * one caseworker about whom the caseworker answered alike get the same value), so a tied value may
 * straddle a group boundary; that keeps the groups equal in size, as the report's thirds are.
 * With fewer answers than groups some groups are empty (n = 0, rate null).
 */
export function jobOrientationGroups(table: ColumnTable, options: JobOrientationGroupsOptions): JobOrientationGroups {
  const k = options.groups;
  if (!Number.isInteger(k) || k < 2 || k > 10) throw new RangeError(`groups must be an integer from 2 to 10, got ${k}`);
  const { source, rows, value } = jobOrientationRanking(table);
  const outcome = source.array(options.outcome) as ArrayLike<number>;
  const n = rows.length;
  const count = new Array<number>(k).fill(0);
  const positives = new Array<number>(k).fill(0);
  const from = new Array<number | null>(k).fill(null);
  const to = new Array<number | null>(k).fill(null);
  let total = 0;
  rows.forEach((r, rank) => {
    const g = Math.floor((rank * k) / n);
    const v = value[r]!;
    count[g]!++;
    if (outcome[r] === 1) {
      positives[g]!++;
      total++;
    }
    if (from[g] === null) from[g] = v;
    to[g] = v;
  });

  return {
    outcome: options.outcome,
    groups: count.map((c, g) => ({ group: g + 1, from: from[g]!, to: to[g]!, ...rateWithInterval(positives[g]!, c) })),
    overall: rateWithInterval(total, n),
  };
}
