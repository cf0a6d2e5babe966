// Build time only: the sample figures the calculators embed, computed once per build from data/sample.csv.
import { calculatorSampleFigures, type CalculatorSampleFigures } from '../../lib/calculators/calculator-sample-figures';
import { loadSampleFile } from '../../site/load-sample-file';

let cached: CalculatorSampleFigures | undefined;

/** The sample's 2SLS step effects and job-orientation thirds, computed on the first call of a build. */
export function calculatorSample(): CalculatorSampleFigures {
  cached ??= calculatorSampleFigures(loadSampleFile());
  return cached;
}
