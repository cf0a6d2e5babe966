// The committed sample for client code that needs it (a figure's sample view, the leave-one-out
// explainer): fetched and parsed once per page, however many widgets ask for it.
import type { ColumnTable } from 'arquero';
import { parseSample } from '../lib/data/parse-sample';
import { ReaderError } from './reader-error';

/** The reader-facing messages for the two ways loading the sample fails. */
export interface LoadSampleMessages {
  /** The file could not be fetched (network, HTTP error). */
  fetch: string;
  /** The file arrived but is not a valid sample. */
  parse: string;
}

const loads = new Map<string, Promise<ColumnTable>>();

/**
 * How long the whole load (headers and body) may take before it is given up with the fetch message;
 * the sample is 0.5 MB, a few seconds on a poor connection. A stalled body would otherwise leave
 * "Beräknar …" on screen for ever. The next call tries again.
 */
export const SAMPLE_DEADLINE_MS = 10_000;

/** The sample at `url`, fetched and parsed once per page; a failure is a ReaderError and is not cached. */
export function loadSample(url: string, messages: LoadSampleMessages): Promise<ColumnTable> {
  let load = loads.get(url);
  if (load) return load;
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(), SAMPLE_DEADLINE_MS);
  load = fetch(url, { signal: controller.signal })
    .then((response) => {
      if (!response.ok) throw new ReaderError(messages.fetch);
      return response.text();
    })
    .finally(() => clearTimeout(deadline))
    .then(
      (text) => {
        try {
          return parseSample(text);
        } catch {
          throw new ReaderError(messages.parse);
        }
      },
      (error: unknown) => {
        throw error instanceof ReaderError ? error : new ReaderError(messages.fetch);
      },
    );
  loads.set(url, load);
  // A failed load may succeed later (e.g. the network came back): don't cache the failure.
  load.catch(() => {
    if (loads.get(url) === load) loads.delete(url);
  });
  return load;
}
