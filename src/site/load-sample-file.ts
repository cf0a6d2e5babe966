import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ColumnTable } from 'arquero';
import { parseSample } from '../lib/data/parse-sample';

let cached: ColumnTable | undefined;

/** Path of the committed sample. Relative to the project root: Astro bundles this module, so import.meta.url moves. */
export const SAMPLE_PATH = resolve('data/sample.csv');

/** The committed synthetic sample, read once per build. */
export function loadSampleFile(): ColumnTable {
  cached ??= parseSample(readFileSync(SAMPLE_PATH, 'utf8'));
  return cached;
}
