// The lab's Web Worker: generates a sample and runs the estimators off the main thread, reporting
// each stage so the page can show progress. Messages: { id, truths } in; progress / result / error out.
import { LAB_STAGES, runLabExperiment } from '../../lib/lab/run-lab-experiment';
import type { LabTruths } from '../../lib/lab/lab-sample-params';

/** What the worker posts back. */
export type LabWorkerMessage =
  | { id: number; type: 'progress'; stage: (typeof LAB_STAGES)[number]; index: number; total: number }
  | { id: number; type: 'result'; result: ReturnType<typeof runLabExperiment>; ms: number }
  | { id: number; type: 'error'; message: string };

self.addEventListener('message', (event: MessageEvent<{ id: number; truths: LabTruths }>) => {
  const { id, truths } = event.data;
  const post = (message: LabWorkerMessage) => (self as unknown as Worker).postMessage(message);
  const t0 = performance.now();
  try {
    const result = runLabExperiment(truths, (stage, index) => post({ id, type: 'progress', stage, index, total: LAB_STAGES.length }));
    post({ id, type: 'result', result, ms: performance.now() - t0 });
  } catch (error) {
    post({ id, type: 'error', message: String(error) });
  }
});
