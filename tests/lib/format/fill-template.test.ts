import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../src/lib/format/fill-template';

describe('fillTemplate', () => {
  it('replaces every named placeholder', () => {
    expect(fillTemplate('{a} och {b}, {a}', { a: 'x', b: 2 })).toBe('x och 2, x');
  });
  it('leaves an unknown placeholder visible instead of printing "undefined"', () => {
    expect(fillTemplate('{a} {missing}', { a: 1 })).toBe('1 {missing}');
  });
});
