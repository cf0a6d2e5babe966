import type { ColumnTable } from 'arquero';
import type { ColumnSource } from '../stats/complete-rows';

/**
 * A column source over an Arquero table for the estimators. An unfiltered, unordered table hands out
 * its column arrays as they are; `array()` would copy each (~0.1 ms per column on the sample, which
 * was the largest single cost of a 2SLS), so it is used only when a filter or order must be applied.
 */
export function tableColumns(table: ColumnTable): ColumnSource {
  if (table.isFiltered() || table.isOrdered()) return (name) => table.array(name) as ArrayLike<unknown>;
  return (name) => {
    const column = table.column(name);
    if (!column) throw new RangeError(`The table has no column "${name}".`);
    return column as unknown as ArrayLike<unknown>;
  };
}
