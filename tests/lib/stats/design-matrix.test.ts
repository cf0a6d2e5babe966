import { describe, expect, it } from 'vitest';
import { CollinearityError } from '../../../src/lib/stats/collinearity-error';
import { designMatrix } from '../../../src/lib/stats/design-matrix';

const data: Record<string, unknown[]> = {
  x: [1, 2, 3, 4, 5, 6],
  sex: ['m', 'f', 'f', 'm', 'x', 'f'],
  centre: [20, 3, 20, 3, 20, 3],
  centreLevel: [7, 1, 7, 1, 7, 1],
};
const column = (name: string) => data[name]!;
const all = [0, 1, 2, 3, 4, 5];

/** Column j of a design as a plain array. */
const col = (d: ReturnType<typeof designMatrix>, j: number) => Array.from(d.matrix.data.subarray(j * d.matrix.rows, (j + 1) * d.matrix.rows));

describe('designMatrix', () => {
  it('codes a categorical as dummies for every level but the first, in sorted order', () => {
    const d = designMatrix([{ name: 'sex', kind: 'categorical' }], column, all, { intercept: false });
    expect(d.names).toEqual(['sex=m', 'sex=x']);
    expect(col(d, 0)).toEqual([1, 0, 0, 1, 0, 0]);
    expect(col(d, 1)).toEqual([0, 0, 0, 0, 1, 0]);
    expect(d.absorbed).toBe(0);
  });

  it('makes no dummy for a level absent from the selected rows', () => {
    const d = designMatrix([{ name: 'sex', kind: 'categorical' }], column, [0, 1, 2], { intercept: false });
    expect(d.names).toEqual(['sex=m']);
  });

  it('absorbs the intercept by centring columns, and centres a response the same way', () => {
    const d = designMatrix([{ name: 'x', kind: 'numeric' }], column, all);
    expect(d.names).toEqual(['x']);
    expect(d.absorbed).toBe(1);
    expect(col(d, 0)).toEqual([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]);
    const y = new Float64Array([1, 1, 1, 3, 3, 3]);
    d.demean(y);
    expect(Array.from(y)).toEqual([-1, -1, -1, 1, 1, 1]);
  });

  it('absorbs a fixed effect by demeaning within its levels and counts its levels', () => {
    const d = designMatrix([{ name: 'x', kind: 'numeric' }, { name: 'centre', kind: 'fixed-effect' }], column, all);
    expect(d.names).toEqual(['x']);
    expect(d.absorbed).toBe(2);
    // centre 20: rows 0, 2, 4 (x 1, 3, 5, mean 3); centre 3: rows 1, 3, 5 (x 2, 4, 6, mean 4)
    expect(col(d, 0)).toEqual([-2, -2, 0, 0, 2, 2]);
  });

  it('refuses a column that is constant within the fixed effect, naming it', () => {
    const terms = [{ name: 'centreLevel', kind: 'numeric' }, { name: 'centre', kind: 'fixed-effect' }] as const;
    expect(() => designMatrix(terms, column, all)).toThrow(CollinearityError);
    expect(() => designMatrix(terms, column, all)).toThrow(/centreLevel/);
  });

  it('refuses a column that is constant in the rows used', () => {
    expect(() => designMatrix([{ name: 'x', kind: 'numeric' }], column, [2, 2])).toThrow(CollinearityError);
  });
});
