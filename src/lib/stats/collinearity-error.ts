/**
 * Thrown when a design matrix has a column that is (numerically) a linear combination of the columns
 * before it, so its coefficient is not identified. R's `lm` would silently drop it and report NA; here
 * the caller gets told which term, because an estimate with a silently dropped control is misleading.
 */
export class CollinearityError extends Error {
  constructor(
    /** Name of the first column found to be redundant (or its index when unnamed). */
    readonly column: string,
  ) {
    super(`The model cannot be estimated: "${column}" is a linear combination of the other regressors (or constant in the rows used).`);
    this.name = 'CollinearityError';
  }
}
