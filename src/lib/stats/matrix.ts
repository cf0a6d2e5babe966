/** A dense real matrix stored column by column (column-major): each column is one contiguous pass. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  /** Element (i, j) is at data[i + j * rows]. */
  readonly data: Float64Array;
}

/** A zero-filled rows × cols matrix (column-major). */
export function createMatrix(rows: number, cols: number): Matrix {
  return { rows, cols, data: new Float64Array(rows * cols) };
}
