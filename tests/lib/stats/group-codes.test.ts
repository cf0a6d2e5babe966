import { describe, expect, it } from 'vitest';
import { groupCodes } from '../../../src/lib/stats/group-codes';

describe('groupCodes', () => {
  it('codes small integer ids in numeric order over the selected rows', () => {
    const { codes, levels } = groupCodes([10, 2, 10, 33, 2, 99], [0, 1, 2, 3, 4]);
    expect(levels).toEqual([2, 10, 33]);
    expect(Array.from(codes)).toEqual([1, 0, 1, 2, 0]);
  });

  it('codes strings, negative and fractional ids in sorted order', () => {
    expect(groupCodes(['b', 'a', 'b'], [0, 1, 2]).levels).toEqual(['a', 'b']);
    const mixed = groupCodes([-1, 2.5, -1, 1e9], [0, 1, 2, 3]);
    expect(mixed.levels).toEqual([-1, 2.5, 1e9]);
    expect(Array.from(mixed.codes)).toEqual([0, 1, 0, 2]);
  });
});
