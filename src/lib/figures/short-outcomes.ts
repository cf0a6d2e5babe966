import type { Outcome } from '../data/sample-columns';
import type { FigureStrings } from './figure-strings';

/** Outcome label → its short form ("Jobb inom ett år" → "Jobb"), for chart panel titles on phones. */
export function shortOutcomes(strings: Pick<FigureStrings, 'outcomes' | 'outcomes_short'>): Record<string, string> {
  return Object.fromEntries((Object.keys(strings.outcomes) as Outcome[]).map((o) => [strings.outcomes[o], strings.outcomes_short[o]]));
}
