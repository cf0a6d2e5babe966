import { describe, expect, it } from 'vitest';
import { CollinearityError } from '../../../src/lib/stats/collinearity-error';
import { fitOls } from '../../../src/lib/stats/fit-ols';
import type { Matrix } from '../../../src/lib/stats/matrix';

function columns(...cols: number[][]): Matrix {
  const rows = cols[0]!.length;
  const data = new Float64Array(rows * cols.length);
  cols.forEach((c, j) => data.set(c, j * rows));
  return { rows, cols: cols.length, data };
}

describe('fitOls', () => {
  it('fits a 3×2 regression worked out by hand', () => {
    // y = (1, 2, 2) on x = (1, 2, 3) with an intercept: x̄ = 2, ȳ = 5/3, Sxy = 1, Sxx = 2
    // → slope 1/2, intercept 5/3 − 1 = 2/3; residuals (−1/6, 1/3, −1/6);
    // X'X = [[3, 6], [6, 14]], det 6 → (X'X)⁻¹ = [[14/6, −1], [−1, 1/2]].
    const fit = fitOls(columns([1, 1, 1], [1, 2, 3]), [1, 2, 2]);
    expect(fit.coefficients[0]).toBeCloseTo(2 / 3, 14);
    expect(fit.coefficients[1]).toBeCloseTo(1 / 2, 14);
    [-1 / 6, 1 / 3, -1 / 6].forEach((r, i) => expect(fit.residuals[i]).toBeCloseTo(r, 14));
    [14 / 6, -1, -1, 1 / 2].forEach((v, i) => expect(fit.bread.data[i]).toBeCloseTo(v, 13));
    expect(fit.n).toBe(3);
    expect(fit.k).toBe(2);
  });

  it('recovers exact coefficients when y is an exact linear function of x', () => {
    const x = [0.5, 1.5, -2, 4, 3.25, 7];
    const z = [1, 0, 1, 1, 0, 0];
    const y = x.map((v, i) => 3 - 2 * v + 0.25 * z[i]!);
    const fit = fitOls(columns(x.map(() => 1), x, z), y);
    expect(Array.from(fit.coefficients)).toEqual([expect.closeTo(3, 12), expect.closeTo(-2, 12), expect.closeTo(0.25, 12)]);
    fit.residuals.forEach((r) => expect(Math.abs(r)).toBeLessThan(1e-12));
  });

  it('throws a CollinearityError naming a column that is a multiple of another', () => {
    const design = columns([1, 1, 1, 1], [1, 2, 3, 4], [2, 4, 6, 8]);
    expect(() => fitOls(design, [1, 0, 1, 1], ['(Intercept)', 'x', 'two_x'])).toThrow(CollinearityError);
    expect(() => fitOls(design, [1, 0, 1, 1], ['(Intercept)', 'x', 'two_x'])).toThrow(/two_x/);
  });

  it('refuses a model with as many coefficients as rows', () => {
    expect(() => fitOls(columns([1, 1], [1, 2]), [1, 2])).toThrow(RangeError);
  });
});
