import { describe, expect, it } from 'vitest';
import { parsePresenterMessage, presenterChannelName, slideForKey, slideFromHash } from '../../../src/lib/workshop/presenter-sync';

describe('presenter sync', () => {
  it('reads the messages the presenter and the speaker view send, and nothing else', () => {
    expect(parsePresenterMessage({ type: 'slide', index: 3 }, 13)).toEqual({ type: 'slide', index: 3 });
    expect(parsePresenterMessage({ type: 'go', index: 0 }, 13)).toEqual({ type: 'go', index: 0 });
    expect(parsePresenterMessage({ type: 'hello', extra: 1 }, 13)).toEqual({ type: 'hello' });
    expect(parsePresenterMessage({ type: 'bye' }, 13)).toEqual({ type: 'bye' });
    for (const junk of [null, 'slide', 3, {}, { type: 'go' }, { type: 'go', index: 13 }, { type: 'go', index: -1 }, { type: 'go', index: 1.5 }, { type: 'other', index: 1 }]) {
      expect(parsePresenterMessage(junk, 13), JSON.stringify(junk)).toBeNull();
    }
  });

  it('keeps one channel per language edition', () => {
    expect(presenterChannelName('da')).not.toBe(presenterChannelName('sv'));
  });

  it('reads the slide from #steg-n, clamped to the slides there are', () => {
    expect(slideFromHash('#steg-3', 13)).toBe(2);
    expect(slideFromHash('#steg-99', 13)).toBe(12);
    expect(slideFromHash('#steg-0', 13)).toBe(0);
    expect(slideFromHash('', 13)).toBe(0);
    expect(slideFromHash('#steg-x', 13)).toBe(0);
  });
});

describe('slideForKey', () => {
  it('steps with the arrows and PageUp/PageDown, jumps with Home/End, and ignores other keys', () => {
    expect(slideForKey('ArrowRight', 3, 13)).toBe(4);
    expect(slideForKey('PageDown', 3, 13)).toBe(4);
    expect(slideForKey('ArrowLeft', 3, 13)).toBe(2);
    expect(slideForKey('PageUp', 3, 13)).toBe(2);
    expect(slideForKey('Home', 3, 13)).toBe(0);
    expect(slideForKey('End', 3, 13)).toBe(12);
    for (const key of [' ', 'ArrowDown', 'n', 'toString']) expect(slideForKey(key, 3, 13), key).toBeUndefined();
  });
});
