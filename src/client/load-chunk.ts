// The code a widget loads on first use (a dynamic import(), a Web Worker) can fail for reasons that are
// no fault of the page: after a deploy the page's old build files are gone from the server (when no
// service worker kept them: unsupported, blocked, or the first visit before it took control), or the
// network stalls. Either way the widget keeps what it shows and says why in its status; a missing file
// offers the "new version — reload" notice, a stall a "try again" that repeats what failed.
import { optionalPageContext } from './page-context';
import { showSiteNotice } from './site-notice';

/**
 * How long a build file may take to arrive before the widget says so and offers a retry. The chunks are
 * tens of kilobytes, well under a second on a poor connection; the load itself is not cancelled, so a
 * late file still arrives for the retry.
 */
export const CHUNK_DEADLINE_MS = 10_000;

/** A widget's code did not arrive: `missing` (the server does not have it: a deploy) or `slow` (no answer in time). */
export class ChunkError extends Error {
  override name = 'ChunkError';
  constructor(readonly reason: 'missing' | 'slow', options?: { cause?: unknown }) {
    super(`chunk ${reason}`, options);
  }
}

/** Loads a widget's code (`() => import('./x')`, kept literal so the bundler sees it) within the deadline. */
export function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const deadline = setTimeout(() => reject(new ChunkError('slow')), CHUNK_DEADLINE_MS);
    load().then(
      (module) => {
        clearTimeout(deadline);
        resolve(module);
      },
      (error: unknown) => {
        clearTimeout(deadline);
        // Offline, a failed fetch is the network's doing and may work later; online, the file is gone.
        reject(new ChunkError(navigator.onLine === false ? 'slow' : 'missing', { cause: error }));
      },
    );
  });
}

/** What to repeat when the reader presses "try again": every widget whose load stalled since the last press. */
const retries: (() => void)[] = [];

/**
 * Tells the reader that a widget's code did not arrive: the page-level notice (reload, or try again,
 * which runs `retry`) and, returned, the message for the widget's own status.
 */
export function chunkFailed(error: ChunkError, retry: () => void): string {
  const text = optionalPageContext()?.notices;
  if (error.reason === 'missing') {
    showSiteNotice('update');
    return text?.chunk_missing ?? '';
  }
  retries.push(retry);
  showSiteNotice('slow', () => {
    for (const again of retries.splice(0)) again();
  });
  return text?.chunk_slow ?? '';
}
