import { describe, expect, it } from 'vitest';
import { cholesky } from '../../../src/lib/stats/cholesky';
import { CollinearityError } from '../../../src/lib/stats/collinearity-error';
import type { Matrix } from '../../../src/lib/stats/matrix';

/** A column-major matrix from rows written the way they read. */
function fromRows(rows: number[][]): Matrix {
  const r = rows.length;
  const c = rows[0]!.length;
  const data = new Float64Array(r * c);
  rows.forEach((row, i) => row.forEach((v, j) => (data[i + j * r] = v)));
  return { rows: r, cols: c, data };
}

describe('cholesky', () => {
  it('solves a 2×2 system worked by hand', () => {
    // [[4, 2], [2, 3]] x = [2, 1]  →  det 8, x = [ (3·2 − 2·1)/8, (4·1 − 2·2)/8 ] = [0.5, 0]
    const x = cholesky(fromRows([[4, 2], [2, 3]])).solve([2, 1]);
    expect(x[0]).toBeCloseTo(0.5, 14);
    expect(x[1]).toBeCloseTo(0, 14);
  });

  it('inverts a 3×3 matrix to the hand-computed inverse, symmetric', () => {
    // A = [[2,1,0],[1,2,1],[0,1,2]], det 4, A⁻¹ = [[3,-2,1],[-2,4,-2],[1,-2,3]] / 4
    const inv = cholesky(fromRows([[2, 1, 0], [1, 2, 1], [0, 1, 2]])).inverse();
    const expected = [3, -2, 1, -2, 4, -2, 1, -2, 3].map((v) => v / 4);
    expected.forEach((v, i) => expect(inv.data[i]).toBeCloseTo(v, 14));
  });

  it('names the collinear column when the matrix is singular', () => {
    // X'X of columns a, b, a + b: the third is the sum of the first two.
    const singular = fromRows([[2, 1, 3], [1, 2, 3], [3, 3, 6]]);
    expect(() => cholesky(singular, ['a', 'b', 'a_plus_b'])).toThrow(CollinearityError);
    expect(() => cholesky(singular, ['a', 'b', 'a_plus_b'])).toThrow(/"a_plus_b"/);
  });

  it('refuses a non-square matrix', () => {
    expect(() => cholesky({ rows: 2, cols: 3, data: new Float64Array(6) })).toThrow(RangeError);
  });
});
