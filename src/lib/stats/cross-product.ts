import { dot } from './dot';
import { createMatrix, type Matrix } from './matrix';

/** XᵀX (K × K, symmetric) of an N × K column-major matrix. */
export function crossProduct(x: Matrix): Matrix {
  const { rows: n, cols: k, data } = x;
  const out = createMatrix(k, k);
  for (let p = 0; p < k; p++) {
    for (let q = p; q < k; q++) {
      const s = dot(data, p * n, data, q * n, n);
      out.data[p + q * k] = s;
      out.data[q + p * k] = s;
    }
  }
  return out;
}
