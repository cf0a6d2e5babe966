/** What one screen of the presenter view shows. */
export type PresenterStep =
  | { id: string; kind: 'text' | 'effect'; minutes: number }
  | { id: string; kind: 'guess' | 'reveal'; question: string; minutes: number };

/**
 * The session plan, one screen per step, with the facilitator's time for each (minutes, a plan rather
 * than data). Texts live under `workshop.presenter.steps.<id>` in the strings. About 75 minutes in all,
 * leaving room for a break in a 90-minute session. The `effect` step shows the causal finding (one step
 * up the answer scale) from Tabell 4.
 */
export const PRESENTER_STEPS: readonly PresenterStep[] = [
  { id: 'intro', kind: 'text', minutes: 5 },
  { id: 'belief_guess', kind: 'guess', question: 'belief', minutes: 5 },
  { id: 'belief_reveal', kind: 'reveal', question: 'belief', minutes: 9 },
  { id: 'change_share_guess', kind: 'guess', question: 'change_share', minutes: 3 },
  { id: 'change_share_reveal', kind: 'reveal', question: 'change_share', minutes: 4 },
  { id: 'change_drop_guess', kind: 'guess', question: 'change_drop', minutes: 3 },
  { id: 'change_drop_reveal', kind: 'reveal', question: 'change_drop', minutes: 9 },
  { id: 'orientation_guess', kind: 'guess', question: 'orientation', minutes: 3 },
  { id: 'orientation_reveal', kind: 'reveal', question: 'orientation', minutes: 8 },
  { id: 'step_effect', kind: 'effect', minutes: 6 },
  { id: 'employers', kind: 'text', minutes: 7 },
  { id: 'sparring', kind: 'text', minutes: 7 },
  { id: 'closing', kind: 'text', minutes: 6 },
];

/** Minutes planned before a step starts (0 for the first): where the session should be when it opens. */
export function plannedStartMinutes(index: number, steps: readonly PresenterStep[] = PRESENTER_STEPS): number {
  return steps.slice(0, Math.max(0, index)).reduce((sum, step) => sum + step.minutes, 0);
}
