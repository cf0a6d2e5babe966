import { describe, expect, it } from 'vitest';
import { elapsedMs, formatDuration, IDLE_TIMER, isIdle, parseTimer, pauseTimer, sessionPace, startTimer } from '../../../src/lib/workshop/session-timer';
import { plannedStartMinutes, PRESENTER_STEPS } from '../../../src/lib/workshop/presenter-steps';

const MIN = 60_000;

describe('session timer', () => {
  it('counts while running, keeps its count when paused and resumes from it', () => {
    let t = startTimer(IDLE_TIMER, 1000);
    expect(elapsedMs(t, 1000 + 5 * MIN)).toBe(5 * MIN);
    t = pauseTimer(t, 1000 + 5 * MIN);
    expect(elapsedMs(t, 1000 + 50 * MIN)).toBe(5 * MIN);
    t = startTimer(t, 2_000_000);
    expect(elapsedMs(t, 2_000_000 + MIN)).toBe(6 * MIN);
    expect(startTimer(t, 9_999_999)).toBe(t);
    expect(isIdle(t)).toBe(false);
    expect(isIdle(IDLE_TIMER)).toBe(true);
    // A clock set back never makes the time negative.
    expect(elapsedMs({ startedAt: 5000, elapsedBefore: 0 }, 1000)).toBe(0);
  });

  it('reads back from storage, and junk as a timer that never ran', () => {
    expect(parseTimer(JSON.stringify({ startedAt: 10, elapsedBefore: 20 }))).toEqual({ startedAt: 10, elapsedBefore: 20 });
    expect(parseTimer(JSON.stringify({ startedAt: null, elapsedBefore: 20 }))).toEqual({ startedAt: null, elapsedBefore: 20 });
    for (const junk of [null, '', '{', 'null', '[]', JSON.stringify({ startedAt: 'x', elapsedBefore: 1 }), JSON.stringify({ startedAt: 1, elapsedBefore: -5 })]) {
      expect(parseTimer(junk), String(junk)).toEqual(IDLE_TIMER);
    }
  });

  it('formats elapsed time as m:ss and h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_400)).toBe('1:05');
    expect(formatDuration(59 * MIN + 59_999)).toBe('59:59');
    expect(formatDuration(62 * MIN + 3000)).toBe('1:02:03');
  });

  it('says whether the session is ahead of, on or behind the plan for the slide shown', () => {
    const at = (minutes: number) => ({ startedAt: 0, elapsedBefore: minutes * MIN });
    // A slide planned from minute 14 to minute 23.
    expect(sessionPace(IDLE_TIMER, 0, 14, 9)).toEqual({ kind: 'idle' });
    expect(sessionPace(at(10), 0, 14, 9)).toEqual({ kind: 'ahead', minutes: 4 });
    expect(sessionPace(at(13.5), 0, 14, 9)).toEqual({ kind: 'on' });
    expect(sessionPace(at(23.9), 0, 14, 9)).toEqual({ kind: 'on' });
    expect(sessionPace(at(26), 0, 14, 9)).toEqual({ kind: 'behind', minutes: 3 });
  });

  it('plans each slide to start when the ones before it are done, about 75 minutes in all', () => {
    expect(plannedStartMinutes(0)).toBe(0);
    expect(plannedStartMinutes(2)).toBe(PRESENTER_STEPS[0]!.minutes + PRESENTER_STEPS[1]!.minutes);
    const total = plannedStartMinutes(PRESENTER_STEPS.length);
    expect(total).toBeGreaterThanOrEqual(70);
    expect(total).toBeLessThanOrEqual(80);
  });
});
