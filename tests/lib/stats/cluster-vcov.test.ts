import { describe, expect, it } from 'vitest';
import { clusterVcov } from '../../../src/lib/stats/cluster-vcov';
import { clusteredOls } from '../../../src/lib/stats/clustered-ols';
import { clusteredTsls } from '../../../src/lib/stats/clustered-tsls';
import { fitOls } from '../../../src/lib/stats/fit-ols';
import { groupCodes } from '../../../src/lib/stats/group-codes';

// Reference values from R 4.2.2, sandwich 3.0-2, AER 1.2-10, lmtest 0.9-40:
//   d <- data.frame(y = c(1, 0, 1, 1, 0, 1, 1, 1), x = 1:8, cl = c(1, 1, 2, 2, 3, 3, 4, 4))
//   m <- lm(y ~ x, data = d); v <- vcovCL(m, cluster = ~cl, type = "HC1")
//   print(coef(m), digits = 17); print(v, digits = 17)
//   print(coefci(m, vcov. = v, df = 3), digits = 17); print(coeftest(m, vcov. = v, df = 3)[, 4], digits = 17)
const ols = {
  y: [1, 0, 1, 1, 0, 1, 1, 1],
  x: [1, 2, 3, 4, 5, 6, 7, 8],
  cl: [1, 1, 2, 2, 3, 3, 4, 4],
};
const R_OLS = {
  coefficients: [0.535714285714286254, 0.047619047619047533],
  vcov: [0.0415845571032645578, -0.00403574128063923995, -0.0040357412806392347, 0.00070086823677148761],
  slopeInterval: [-0.036632769046213889, 0.13187086428430894],
  slopeP: 0.169898314562006131,
};

//   d2 <- data.frame(y = c(2, 3, 5, 6, 4, 7), x = c(1, 3, 2, 4, 2, 5), z = c(1, 2, 3, 4, 2, 5), cl = c(1, 1, 2, 2, 3, 3))
//   iv <- ivreg(y ~ x | z, data = d2); vcovCL(iv, cluster = ~cl, type = "HC1")
//   fs <- lm(x ~ z, data = d2); vcovCL(fs, cluster = ~cl, type = "HC1"); anova(lm(x ~ 1, data = d2), fs)$F[2]
const iv = {
  y: [2, 3, 5, 6, 4, 7],
  x: [1, 3, 2, 4, 2, 5],
  z: [1, 2, 3, 4, 2, 5],
  cl: [1, 1, 2, 2, 3, 3],
};
const R_IV = { slope: 1.3728813559322024, slopeVar: 0.086488819636553041, first: 0.90769230769230769, firstVar: 0.007342389972339919, fConventional: 18.71505376344086 };

describe('clusterVcov', () => {
  it('matches sandwich::vcovCL(type = "HC1") on a tiny OLS with an explicit intercept column', () => {
    const n = ols.x.length;
    const data = new Float64Array(2 * n);
    data.fill(1, 0, n);
    data.set(ols.x, n);
    const x = { rows: n, cols: 2, data };
    const fit = fitOls(x, ols.y);
    const { vcov, clusters } = clusterVcov(fit.scores, fit.residuals, fit.bread, groupCodes(ols.cl, [...ols.cl.keys()]));
    expect(clusters).toBe(4);
    R_OLS.coefficients.forEach((b, i) => expect(fit.coefficients[i]).toBeCloseTo(b, 13));
    R_OLS.vcov.forEach((v, i) => expect(vcov.data[i]).toBeCloseTo(v, 14));
  });

  it('gives the same slope variance when the intercept is absorbed by centring', () => {
    const e = clusteredOls((name) => ols[name as keyof typeof ols], 8, { outcome: 'y', focus: 'x', controls: [], cluster: 'cl' });
    expect(e.coefficient).toBeCloseTo(R_OLS.coefficients[1]!, 14);
    expect(e.se).toBeCloseTo(Math.sqrt(R_OLS.vcov[3]!), 14);
    expect(e.low).toBeCloseTo(R_OLS.slopeInterval[0]!, 12);
    expect(e.high).toBeCloseTo(R_OLS.slopeInterval[1]!, 12);
    expect(e.p).toBeCloseTo(R_OLS.slopeP, 12);
    expect({ n: e.n, clusters: e.clusters, k: e.k, df: e.df }).toEqual({ n: 8, clusters: 4, k: 2, df: 3 });
  });

  it('matches ivreg + vcovCL on a tiny just-identified 2SLS, with the first stage', () => {
    const e = clusteredTsls((name) => iv[name as keyof typeof iv], 6, { outcome: 'y', endogenous: 'x', instrument: 'z', controls: [], cluster: 'cl' });
    expect(e.coefficient).toBeCloseTo(R_IV.slope, 13);
    expect(e.se).toBeCloseTo(Math.sqrt(R_IV.slopeVar), 13);
    expect(e.firstStage.coefficient).toBeCloseTo(R_IV.first, 13);
    expect(e.firstStage.se).toBeCloseTo(Math.sqrt(R_IV.firstVar), 13);
    expect(e.firstStage.f).toBeCloseTo(R_IV.first ** 2 / R_IV.firstVar, 10);
    expect(e.firstStage.fConventional).toBeCloseTo(R_IV.fConventional, 10);
  });

  it('checks the just-identified IV slope by hand: cov(z, y) / cov(z, x)', () => {
    // Centred sums: Σ(z−z̄)(y−ȳ) = 90 − 6·(17/6)·4.5 = 13.5, Σ(z−z̄)(x−x̄) = 58 − 289/6 = 59/6; ratio 81/59.
    const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;
    const cov = (a: number[], b: number[]) => a.reduce((s, ai, i) => s + (ai - mean(a)) * (b[i]! - mean(b)), 0);
    expect(cov(iv.z, iv.y) / cov(iv.z, iv.x)).toBeCloseTo(R_IV.slope, 13);
  });

  it('refuses a single cluster', () => {
    expect(() => clusteredOls((name) => ({ ...ols, cl: ols.cl.map(() => 1) })[name as keyof typeof ols], 8, { outcome: 'y', focus: 'x', controls: [], cluster: 'cl' })).toThrow(/two clusters/);
  });
});
