/**
 * The speaker view's session timer: elapsed time that can be started, paused and reset, kept in
 * localStorage so a reload (or a second speaker window) keeps counting, and how the session stands
 * against the plan (PRESENTER_STEPS' minutes).
 */
export interface TimerState {
  /** When the running stretch started (ms since the epoch); null when paused or never started. */
  startedAt: number | null;
  /** Time counted before the running stretch (ms). */
  elapsedBefore: number;
}

/** The localStorage key of the timer (kept in this browser only). */
export const TIMER_STORAGE_KEY = 'bip-explorer:workshop:timer:v1';

/** A timer that has never run. */
export const IDLE_TIMER: TimerState = { startedAt: null, elapsedBefore: 0 };

/** The timer read back from storage; junk gives the idle timer. */
export function parseTimer(json: string | null): TimerState {
  if (!json) return IDLE_TIMER;
  try {
    const raw = JSON.parse(json) as Partial<TimerState> | null;
    const startedAt = raw?.startedAt;
    const elapsedBefore = raw?.elapsedBefore;
    const okStart = startedAt === null || (typeof startedAt === 'number' && Number.isFinite(startedAt) && startedAt >= 0);
    const okBefore = typeof elapsedBefore === 'number' && Number.isFinite(elapsedBefore) && elapsedBefore >= 0;
    return okStart && okBefore ? { startedAt: startedAt ?? null, elapsedBefore } : IDLE_TIMER;
  } catch {
    return IDLE_TIMER;
  }
}

/** Elapsed time at `now` (ms); never negative, also if the clock was set back. */
export function elapsedMs(state: TimerState, now: number): number {
  return state.elapsedBefore + (state.startedAt === null ? 0 : Math.max(0, now - state.startedAt));
}

/** True while the timer counts. */
export function isRunning(state: TimerState): boolean {
  return state.startedAt !== null;
}

/** True before the timer has ever run (so the first move away from slide 1 may start it). */
export function isIdle(state: TimerState): boolean {
  return state.startedAt === null && state.elapsedBefore === 0;
}

/** Starts or resumes the timer. */
export function startTimer(state: TimerState, now: number): TimerState {
  return isRunning(state) ? state : { startedAt: now, elapsedBefore: state.elapsedBefore };
}

/** Pauses the timer, keeping what it counted. */
export function pauseTimer(state: TimerState, now: number): TimerState {
  return isRunning(state) ? { startedAt: null, elapsedBefore: elapsedMs(state, now) } : state;
}

/** Elapsed time as the speaker reads it: "4:05", "59:59", "1:02:03". */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Where the session stands against the plan on the current slide. */
export type Pace = { kind: 'idle' } | { kind: 'on' } | { kind: 'behind' | 'ahead'; minutes: number };

/**
 * How the elapsed time compares with the plan for the slide shown: ahead when the slide opens before its
 * planned start, behind when it is still open after its planned end, on plan otherwise (in whole minutes;
 * less than one minute either way is on plan).
 */
export function sessionPace(state: TimerState, now: number, plannedStartMinutes: number, plannedMinutes: number): Pace {
  if (isIdle(state)) return { kind: 'idle' };
  const minutes = elapsedMs(state, now) / 60_000;
  const ahead = Math.floor(plannedStartMinutes - minutes);
  const behind = Math.floor(minutes - (plannedStartMinutes + plannedMinutes));
  if (ahead >= 1) return { kind: 'ahead', minutes: ahead };
  if (behind >= 1) return { kind: 'behind', minutes: behind };
  return { kind: 'on' };
}
