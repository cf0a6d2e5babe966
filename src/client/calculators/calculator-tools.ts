import type { CalculatorSampleFigures } from '../../lib/calculators/calculator-sample-figures';
import { CHANGE_SPEC, ORIENTATION_SPEC, STEP_SPEC } from '../../lib/calculators/calculator-specs';
import type { CalculatorContext, CalculatorView } from '../../lib/calculators/calculator-view';
import { caseworkerChangeView } from '../../lib/calculators/caseworker-change-view';
import { jobOrientationView } from '../../lib/calculators/job-orientation-view';
import { stepEffectView } from '../../lib/calculators/step-effect-view';
import type { FieldValues, StateSpec } from '../../lib/state/url-state';

/** A calculator the custom element can drive: its URL/form spec and how a result is built. */
export interface CalculatorTool {
  spec: StateSpec;
  view(values: FieldValues, sample: CalculatorSampleFigures, context: CalculatorContext): CalculatorView;
}

/** The calculators by their URL prefix (data-tool). */
export const CALCULATOR_TOOLS: Readonly<Record<string, CalculatorTool>> = {
  steg: { spec: STEP_SPEC, view: stepEffectView },
  byten: { spec: CHANGE_SPEC, view: caseworkerChangeView },
  fokus: { spec: ORIENTATION_SPEC, view: jobOrientationView },
};
