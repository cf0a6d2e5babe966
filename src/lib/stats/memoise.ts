import type { ColumnSource } from './complete-rows';

/** Wraps a column source so each column is fetched once (Arquero's `array` copies on every call). */
export function memoise(source: ColumnSource): ColumnSource {
  const cache = new Map<string, ArrayLike<unknown>>();
  return (name) => {
    let values = cache.get(name);
    if (values === undefined) {
      values = source(name);
      cache.set(name, values);
    }
    return values;
  };
}
