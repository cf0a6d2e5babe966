import { calibrationReport, type CalibrationRow } from '../lib/analysis/calibration-report';
import { loadSampleFile } from './load-sample-file';

let cached: CalibrationRow[] | undefined;

/** The calibration report of the committed sample, computed once per build. */
export function sampleCalibration(): CalibrationRow[] {
  cached ??= calibrationReport(loadSampleFile());
  return cached;
}
