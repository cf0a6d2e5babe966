import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OUTCOME_CONTROL, SOURCE_CONTROL } from '../../../src/lib/figures/figure-model';
import { compareSnapshot, figureViews, normaliseSvg } from './snapshot-helpers';

describe('normaliseSvg', () => {
  it('rounds decimals in attributes, path data and text to 2 places and leaves integers, colours and URLs', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" fill="#4e79a7"><path d="M1.23456-2.345L10,-0.0001" transform="translate(73.9473,396)"></path><text y="0.71em">−1.505 och 12</text></svg>';
    expect(normaliseSvg(svg)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" fill="#4e79a7">\n<path d="M1.23-2.35L10,0" transform="translate(73.95,396)">\n</path>\n<text y="0.71em">−1.51 och 12</text>\n</svg>\n',
    );
  });

  it('renumbers generated ids in order of appearance together with their references', () => {
    const svg =
      '<svg><clipPath id="plot-clip-17"></clipPath><clipPath id="plot-clip-9"></clipPath><g clip-path="url(#plot-clip-9)"></g><use href="#plot-clip-17"></use><g aria-labelledby="plot-clip-9 title"></g></svg>';
    const out = normaliseSvg(svg);
    expect(out).toContain('<clipPath id="plot-clip-1">');
    expect(out).toContain('<clipPath id="plot-clip-2">');
    expect(out).toContain('clip-path="url(#plot-clip-2)"');
    expect(out).toContain('href="#plot-clip-1"');
    expect(out).toContain('aria-labelledby="plot-clip-2 title"');
    expect(normaliseSvg(svg.replaceAll('plot-clip-17', 'plot-clip-40').replaceAll('plot-clip-9', 'plot-clip-41'))).toBe(out);
  });

  it('never breaks a line inside a text element, whose white-space is pre', () => {
    const out = normaliseSvg('<g><text><tspan>a</tspan><tspan>b</tspan></text><text>c</text></g>');
    expect(out).toBe('<g>\n<text><tspan>a</tspan><tspan>b</tspan></text>\n<text>c</text>\n</g>\n');
  });
});

describe('figureViews', () => {
  it('varies sample-only controls in the sample view only', () => {
    expect(figureViews([SOURCE_CONTROL, OUTCOME_CONTROL])).toEqual([
      { name: 'published', view: { source: 'published', outcome: 'job_52w' } },
      { name: 'sample-job_52w', view: { source: 'sample', outcome: 'job_52w' } },
      { name: 'sample-job_or_edu_52w', view: { source: 'sample', outcome: 'job_or_edu_52w' } },
    ]);
  });
});

describe('compareSnapshot', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes a missing snapshot, leaves a -changed file on a difference and removes it once it matches again', () => {
    dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
    const file = join(dir, 'a-wide.svg');
    const changed = join(dir, 'a-wide-changed.svg');
    expect(compareSnapshot('<svg/>\n', file, { ci: false }).status).toBe('created');
    expect(readFileSync(file, 'utf8')).toBe('<svg/>\n');
    expect(compareSnapshot('<svg>new</svg>\n', file, { ci: false })).toEqual({ status: 'changed', file, changedFile: changed });
    expect(readFileSync(changed, 'utf8')).toBe('<svg>new</svg>\n');
    expect(readFileSync(file, 'utf8')).toBe('<svg/>\n');
    expect(compareSnapshot('<svg/>\n', file, { ci: false })).toEqual({ status: 'matched', file, removedChanged: true });
    expect(existsSync(changed)).toBe(false);
  });

  it('refuses a missing snapshot on CI instead of writing it', () => {
    dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
    const file = join(dir, 'b-wide.svg');
    expect(() => compareSnapshot('<svg/>\n', file, { ci: true })).toThrow(/missing snapshot/);
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, '<svg/>\n');
    expect(compareSnapshot('<svg/>\n', file, { ci: true }).status).toBe('matched');
  });
});
