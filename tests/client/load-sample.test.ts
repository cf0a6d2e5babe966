import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSample, SAMPLE_DEADLINE_MS } from '../../src/client/load-sample';
import { ReaderError } from '../../src/client/reader-error';
import { tinySampleCsv } from '../fixtures/tiny-sample';

const messages = { fetch: 'Kunde inte hämta', parse: 'Kunde inte läsa' };

/** Stubs fetch with responses in turn (a Response's body or an error to reject with); returns the mock. */
function stubFetch(...answers: Array<{ status: number; body: string } | Error>) {
  const mock = vi.fn(async () => {
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected fetch');
    if (answer instanceof Error) throw answer;
    return new Response(answer.body, { status: answer.status });
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

// Each test uses its own URL: the loads are cached per URL for the life of the module (the page).
describe('loadSample', () => {
  it('fetches and parses the sample once, however many callers ask for it', async () => {
    const fetch = stubFetch({ status: 200, body: tinySampleCsv([{}, { job_52w: 1 }]) });
    const [a, b] = await Promise.all([loadSample('/once.csv', messages), loadSample('/once.csv', messages)]);
    expect(a.numRows()).toBe(2);
    expect(b).toBe(a);
    expect(await loadSample('/once.csv', messages)).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('fails with the fetch message on an HTTP error or a network failure', async () => {
    stubFetch({ status: 404, body: 'not found' }, new TypeError('Failed to fetch'));
    await expect(loadSample('/http.csv', messages)).rejects.toEqual(new ReaderError(messages.fetch));
    await expect(loadSample('/network.csv', messages)).rejects.toEqual(new ReaderError(messages.fetch));
  });

  it('fails with the parse message when the file is not a valid sample', async () => {
    stubFetch({ status: 200, body: 'a,b\n1,2\n' });
    const error = await loadSample('/broken.csv', messages).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReaderError);
    expect((error as Error).message).toBe(messages.parse);
  });

  it('does not cache a failure: the next call fetches again', async () => {
    const fetch = stubFetch(new TypeError('offline'), { status: 200, body: tinySampleCsv([{}]) });
    await expect(loadSample('/retry.csv', messages)).rejects.toBeInstanceOf(ReaderError);
    expect((await loadSample('/retry.csv', messages)).numRows()).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('loadSample with a stalled download', () => {
  it('gives up after the deadline with the fetch message, and the next call tries again', async () => {
    vi.useFakeTimers();
    try {
      // Headers arrive, the body never does (until the signal aborts it).
      vi.stubGlobal('fetch', vi.fn(async (_url: string, init?: RequestInit) =>
        new Response(new ReadableStream({ start(stream) { init?.signal?.addEventListener('abort', () => stream.error(new DOMException('aborted', 'AbortError'))); } }), { status: 200 }),
      ));
      const load = loadSample('/stalled.csv', messages);
      const settled = load.catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(SAMPLE_DEADLINE_MS - 1);
      expect(await Promise.race([settled, Promise.resolve('pending')])).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(await settled).toEqual(new ReaderError(messages.fetch));
      stubFetch({ status: 200, body: tinySampleCsv([{}]) });
      expect((await loadSample('/stalled.csv', messages)).numRows()).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
