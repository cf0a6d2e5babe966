// The lab's Web Worker: generates samples and runs the estimators off the main thread. Two kinds of
// work: one experiment (progress by stage, and the generated sample as CSV for the download), or a
// batch of runs of a repeated experiment or a sweep (one message per finished run, so the page can
// show progress per run; several workers share a batch). Messages: LabWorkerRequest in, LabWorkerMessage out.
import { labSampleCsv } from '../../lib/lab/lab-csv';
import type { LabTruths } from '../../lib/lab/lab-sample-params';
import { estimateLabSample, generateLabSample, LAB_STAGES, type LabResult } from '../../lib/lab/run-lab-experiment';

/** What the page asks: one experiment, or some runs of a batch (each with its index in the batch). */
export type LabWorkerRequest =
  | { id: number; kind: 'single'; truths: LabTruths }
  | { id: number; kind: 'batch'; jobs: { index: number; truths: LabTruths }[] };

/** What the worker posts back; 'ready' first, once its code (this file and its imports) has loaded. */
export type LabWorkerMessage =
  | { type: 'ready' }
  | { id: number; type: 'progress'; stage: (typeof LAB_STAGES)[number]; index: number; total: number }
  | { id: number; type: 'result'; result: LabResult; csv: string; ms: number }
  | { id: number; type: 'run'; index: number; result: LabResult }
  | { id: number; type: 'batch-done'; ms: number }
  | { id: number; type: 'error'; message: string };

// Imports are evaluated before this line: the page now knows the worker's code arrived (bip-lab.ts).
(self as unknown as Worker).postMessage({ type: 'ready' } satisfies LabWorkerMessage);

self.addEventListener('message', (event: MessageEvent<LabWorkerRequest>) => {
  const request = event.data;
  const { id } = request;
  const post = (message: LabWorkerMessage) => (self as unknown as Worker).postMessage(message);
  const t0 = performance.now();
  try {
    if (request.kind === 'single') {
      const progress = (stage: (typeof LAB_STAGES)[number], index: number) => post({ id, type: 'progress', stage, index, total: LAB_STAGES.length });
      progress('generate', 0);
      const rows = generateLabSample(request.truths);
      const result = estimateLabSample(request.truths, rows, progress);
      post({ id, type: 'result', result, csv: labSampleCsv(rows), ms: performance.now() - t0 });
      return;
    }
    for (const job of request.jobs) {
      post({ id, type: 'run', index: job.index, result: estimateLabSample(job.truths, generateLabSample(job.truths)) });
    }
    post({ id, type: 'batch-done', ms: performance.now() - t0 });
  } catch (error) {
    post({ id, type: 'error', message: String(error) });
  }
});
