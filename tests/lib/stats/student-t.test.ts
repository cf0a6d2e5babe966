import { describe, expect, it } from 'vitest';
import { studentTCdf } from '../../../src/lib/stats/student-t-cdf';
import { studentTQuantile } from '../../../src/lib/stats/student-t-quantile';

// Reference values from R 4.2.2:
//   print(c(qt(0.975, 299), qt(0.975, 5), qt(0.975, 3), qt(0.995, 29.5), pt(-2.5, 10), pt(0.3, 4),
//           qt(1e-6, 7)), digits = 17)
describe('studentTQuantile', () => {
  it.each([
    [0.975, 299, 1.967929669065669129],
    [0.975, 5, 2.570581835636313706],
    [0.975, 3, 3.182446305283707755],
    [0.995, 29.5, 2.753133270256324483],
    [1e-6, 7, -14.24146965198144521],
  ])('qt(%f, %f) matches R', (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 10);
  });

  it('uses the closed forms for 1 and 2 degrees of freedom', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706204736174707, 10);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.302652729749464, 10);
  });
});

describe('studentTCdf', () => {
  it('matches R pt', () => {
    expect(studentTCdf(-2.5, 10)).toBeCloseTo(0.015723422118304388, 14);
    expect(studentTCdf(0.3, 4)).toBeCloseTo(0.610439285861270164, 14);
    expect(studentTCdf(0, 7)).toBe(0.5);
  });

  it('inverts the quantile', () => {
    for (const df of [3, 12.5, 299]) for (const p of [0.001, 0.3, 0.975]) expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
  });
});
