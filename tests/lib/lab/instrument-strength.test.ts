import { describe, expect, it } from 'vitest';
import { displayedF, instrumentStrength, WEAK_INSTRUMENT_F } from '../../../src/lib/lab/instrument-strength';
import { labView } from '../../../src/lib/lab/lab-view';
import { labResultHtml } from '../../../src/lib/lab/lab-result-html';
import type { LabResult } from '../../../src/lib/lab/run-lab-experiment';
import { figureContext } from '../../../src/i18n/figure-context';

const sv = figureContext('sv');
const clean = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** A hand-made run whose 2SLS had first-stage F = f, reported as the lab reports it. */
function runWithF(f: number | null): LabResult {
  const strength = instrumentStrength(f);
  return {
    truths: { beta: 1.3, delta: -1.3, alpha: 0.95, spread: 0.78, persons: 4000, caseworkers: 300, seed: 1 },
    rows: 13500,
    naive: { value: 4.68, low: 4.08, high: 5.27, covers: false },
    ols: { value: 3.88, low: 3.33, high: 4.43, covers: false },
    // Only a strong instrument's estimate is a result (estimateLabSample leaves the others out).
    iv: strength === 'strong' ? { value: 1.25, low: 0.61, high: 1.88, covers: true } : null,
    ivStrength: strength,
    firstStageF: f,
    change: { value: -0.93, low: -1.58, high: -0.28, covers: true },
  };
}

describe('the weak-instrument rule', () => {
  it('F = 0: nothing is estimated; F = 9.9: weak; F = 10: strong (the threshold is 10)', () => {
    expect(WEAK_INSTRUMENT_F).toBe(10);
    expect(instrumentStrength(0)).toBe('none');
    expect(instrumentStrength(null)).toBe('none');
    expect(instrumentStrength(Number.NaN)).toBe('none');
    expect(instrumentStrength(0.36)).toBe('weak');
    expect(instrumentStrength(9.9)).toBe('weak');
    expect(instrumentStrength(9.999)).toBe('weak');
    expect(instrumentStrength(10)).toBe('strong');
    expect(instrumentStrength(6868)).toBe('strong');
  });

  it('never writes an F under 10 so that it reads as 10 or more', () => {
    expect(displayedF(9.96)).toBe(9.9);
    expect(displayedF(0.36)).toBe(0.3);
    expect(displayedF(10.7)).toBe(10);
    expect(displayedF(6868.4)).toBe(6868);
  });

  it('F = 0: the 2SLS row has no estimate, no interval, no coverage, and the warning says nothing was estimated', () => {
    const view = labView(runWithF(0), sv);
    const iv = view.table.rows[2]!.map(clean);
    expect(iv).toEqual(['2SLS med jobbfokusering som instrument', 'skattas inte: instrumentet saknar styrka, F = 0,0', '–', '+1,30', '–']);
    expect(view.warnings.map(clean)).toEqual([expect.stringContaining('Instrumentet saknar styrka (F = 0,0)')]);
    expect(view.chart.rows.map((r) => r.label)).toEqual(['Naiv lutning', 'OLS med kontroller']);
    expect(clean(view.summary)).toContain('2SLS skattas inte');
  });

  it('F = 9.9: "cannot be estimated reliably: weak instrument, F = 9,9", coverage not "Ja", the warning first and prominent', () => {
    const view = labView(runWithF(9.9), sv);
    const iv = view.table.rows[2]!.map(clean);
    expect(iv[1]).toBe('kan inte skattas tillförlitligt: svagt instrument, F = 9,9');
    expect(iv[2]).toBe('–');
    expect(iv[4]).not.toBe(sv.strings.lab.yes);
    expect(clean(view.warnings[0]!)).toMatch(/^Svagt instrument: F = 9,9 i första steget, under gränsen 10\./);
    const html = labResultHtml(view, sv, { wide: 600 });
    // The warning stands before the table, in the page's notice style.
    expect(html.indexOf('class="calc__notice lab__warning"')).toBeGreaterThan(-1);
    expect(html.indexOf('class="calc__notice lab__warning"')).toBeLessThan(html.indexOf('<table'));
    expect(html).not.toContain('+1,25');
  });

  it('F = 10: the 2SLS estimate, its interval and its coverage are shown, without a warning', () => {
    const view = labView(runWithF(10), sv);
    expect(view.table.rows[2]!.map(clean)).toEqual(['2SLS med jobbfokusering som instrument', '+1,25', '+0,61 – +1,88', '+1,30', 'Ja']);
    expect(view.warnings).toEqual([]);
    expect(view.chart.rows).toHaveLength(3);
  });

  it('an estimate handed to the view with a weak instrument is still not shown', () => {
    const sneaky = { ...runWithF(5), iv: { value: 32.32, low: -71.6, high: 136.3, covers: true } };
    const view = labView(sneaky, sv);
    expect(view.table.rows[2]![1]).toContain('svagt instrument');
    expect(JSON.stringify(view)).not.toContain('32,32');
  });
});
