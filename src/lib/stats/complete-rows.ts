/**
 * Reads a column of a table by name (an Arquero table's `array`, or a plain record of arrays). Called
 * once per column per model: Arquero's `array` copies, so the estimators memoise it.
 */
export type ColumnSource = (name: string) => ArrayLike<unknown>;

/**
 * Indices of the rows where every named column holds a usable value (not null/undefined, and finite
 * when numeric): the complete cases a model is fitted on, as R's default `na.omit` would choose.
 */
export function completeRows(column: ColumnSource, names: readonly string[], rowCount: number): Int32Array {
  const keep = new Uint8Array(rowCount).fill(1);
  for (const name of names) {
    const values = column(name);
    if (values.length !== rowCount) throw new RangeError(`Column "${name}" has ${values.length} rows, expected ${rowCount}.`);
    for (let i = 0; i < rowCount; i++) {
      const v = values[i];
      if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) keep[i] = 0;
    }
  }
  let count = 0;
  for (let i = 0; i < rowCount; i++) count += keep[i]!;
  const rows = new Int32Array(count);
  for (let i = 0, r = 0; i < rowCount; i++) if (keep[i]) rows[r++] = i;
  return rows;
}
