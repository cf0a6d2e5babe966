// npm run bench: builds the site, then prints (1) the JavaScript each page loads before the reader
// interacts (raw and gzip bytes, following static imports only; dynamic imports load on interaction) and
// (2) the median time of one recompute + re-render (sample → job rate by belief → Plot SVG in the page)
// in Chromium, (3) one calculator update, one lab run at the default size with the main-thread long
// tasks during it (Chromium), 100 repeated lab runs and a lab sweep with the long tasks during them
// (Chromium), one 2SLS on the sample, one lab run and the main thread's share of 1,000 repeated runs in
// Node. Timings live here, never in tests.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { OUT_DIR, launchBrowser, openPage, serveSite } from '../tests/e2e/harness';

const DIST = resolve(OUT_DIR);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Every JS file a page loads at start: its module scripts and their static imports, recursively. */
function pageLoadScripts(html: string): string[] {
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (url: string) => {
    const path = join(DIST, url);
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`; `import("…")` is deferred.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'()]*?from\s*)?["']([^"']+\.js)["']/g)) {
      visit(join(dirname(url), m[1]!));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

console.log('JavaScript loaded before interaction, per page (budget: ≤ 100 KB gzip)');
console.log(['page', 'files', 'raw', 'gzip'].join('\t'));
let worstGzip = 0;
for (const file of htmlFiles(DIST).sort()) {
  const scripts = pageLoadScripts(readFileSync(file, 'utf8'));
  const raw = scripts.reduce((sum, s) => sum + statSync(s).size, 0);
  const gzip = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(s), { level: 9 }).length, 0);
  worstGzip = Math.max(worstGzip, gzip);
  console.log([`/${relative(DIST, file).replace(/index\.html$/, '')}`, scripts.length, kb(raw), kb(gzip)].join('\t'));
}
console.log(`largest page-load JS: ${kb(worstGzip)} gzip`);

const lazyChunks = readdirSync(join(DIST, '_astro')).filter((name) => /^(render-figure|render-calculator-chart|lab-worker)[.-].*\.js$/.test(name));
const WHEN: Record<string, string> = {
  'render-figure': 'on the first figure change',
  'render-calculator-chart': 'on the first calculator change',
  'lab-worker': 'in the lab worker, on the first run',
};
for (const f of lazyChunks) {
  // The file and everything it imports statically (Plot and Arquero sit in chunks shared between them).
  const files = pageLoadScripts(`<script type="module" src="/_astro/${f}"></script>`);
  const raw = files.reduce((sum, path) => sum + statSync(path).size, 0);
  const gzip = files.reduce((sum, path) => sum + gzipSync(readFileSync(path), { level: 9 }).length, 0);
  const when = WHEN[Object.keys(WHEN).find((prefix) => f.startsWith(prefix))!];
  console.log(`loaded ${when}: /_astro/${f} with its imports, ${files.length} files, ${kb(raw)} raw, ${kb(gzip)} gzip`);
}
const lazy = lazyChunks.filter((f) => f.startsWith('render-figure'));

const site = await serveSite();
const browser = await launchBrowser();
try {
  const { page } = await openPage(browser, site.origin);
  await page.goto(`${site.origin}/sv/handlaggarens-tro/`);
  const result = await page.evaluate(async (moduleUrl) => {
    const { renderFigure } = (await import(moduleUrl)) as typeof import('../src/client/render-figure');
    const container = document.querySelector('bip-figure[data-figure="job-rate-by-belief"] [data-role="chart"]')!;
    const t0 = performance.now();
    await renderFigure('job-rate-by-belief', { source: 'sample', outcome: 'job_52w' }, 680);
    const firstLoad = performance.now() - t0;
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const outcome = i % 2 === 0 ? 'job_or_edu_52w' : 'job_52w';
      const start = performance.now();
      const { svg } = await renderFigure('job-rate-by-belief', { source: 'sample', outcome }, 680);
      container.replaceChildren(svg);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { firstLoad, median: times[times.length >> 1]!, p90: times[Math.floor(times.length * 0.9)]! };
  }, `/_astro/${lazy[0]}`);
  console.log(`first sample view (fetch + parse the sample CSV + compute + render): ${result.firstLoad.toFixed(1)} ms`);
  console.log(`recompute + re-render, job rate by belief on the sample: median ${result.median.toFixed(2)} ms, p90 ${result.p90.toFixed(2)} ms (budget: median ≤ 16 ms)`);

  // Calculators: one update = an input event on the step calculator → result recomputed and the chart
  // re-rendered with Plot (already loaded after the first update); measured until the chart is replaced.
  const calc = await openPage(browser, site.origin);
  // tsx keeps function names with an `__name` helper that does not exist in the page.
  await calc.page.addInitScript({ content: 'window.__name = (f) => f;' });
  await calc.page.goto(`${site.origin}/sv/kalkylatorer/`, { waitUntil: 'networkidle' });
  const calcResult = await calc.page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('#steg-effect')!;
    const chart = document.querySelector('bip-calculator[data-tool="steg"] [data-role="chart"]')!;
    const update = (value: string) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now() - t0);
        });
        observer.observe(chart, { childList: true });
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    const first = await update('1,5');
    const times: number[] = [];
    for (let i = 0; i < 60; i++) times.push(await update(i % 2 ? '2,5' : '1,7'));
    times.sort((a, b) => a - b);
    return { first, median: times[times.length >> 1]!, p90: times[Math.floor(times.length * 0.9)]! };
  });
  await calc.context.close();
  console.log(`calculator update (step calculator: parse + compute + result + Plot chart): median ${calcResult.median.toFixed(2)} ms, p90 ${calcResult.p90.toFixed(2)} ms; first update incl. loading Plot ${calcResult.first.toFixed(1)} ms`);

  // Lab: one run at the default size (4,000 persons, 13,500 answers, 300 caseworkers) from a click on
  // "Kör experimentet" on a fresh page (so Plot is fetched during the run) until the chart is drawn,
  // with every main-thread long task (> 50 ms, Chromium's PerformanceObserver 'longtask') in that time.
  const labRuns: { total: number; worker: number; longTasks: number[] }[] = [];
  for (let i = 0; i < 5; i++) {
    const lab = await openPage(browser, site.origin);
    await lab.page.addInitScript({ content: 'window.__name = (f) => f;' });
    await lab.page.goto(`${site.origin}/sv/labb/`, { waitUntil: 'networkidle' });
    await lab.page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
    });
    const t0 = Date.now();
    await lab.page.locator('bip-lab [data-role="run"]').click();
    await lab.page.waitForFunction(() => document.querySelector('bip-lab')?.getAttribute('data-chart') === 'client', null, { timeout: 60_000 });
    const total = Date.now() - t0;
    labRuns.push({
      total,
      worker: Number(await lab.page.locator('bip-lab').getAttribute('data-run-ms')),
      longTasks: await lab.page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks),
    });
    await lab.context.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const allLong = labRuns.flatMap((r) => r.longTasks);
  console.log(`lab run at default size in Chromium (click → chart, 5 fresh pages): median ${median(labRuns.map((r) => r.total))} ms, of which in the worker ${median(labRuns.map((r) => r.worker)).toFixed(0)} ms`);
  console.log(`main-thread long tasks during 5 lab runs: ${allLong.length}${allLong.length ? ` (${allLong.map((d) => d.toFixed(0)).join(', ')} ms)` : ''}; requirement: none over 50 ms; machine load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);

  // Lab, repeated runs and a sweep: from the click to the drawn result, with every main-thread long
  // task in that time (the progress per run, the summary and the hand-written SVG are the main
  // thread's share; the runs are in the workers, as many as navigator.hardwareConcurrency − 1, at most 4).
  const batches: { name: string; query: string; role: string; attr: string; runs: number }[] = [
    { name: '100 repeated runs at the default size', query: 'labb.runs=100', role: 'run-repeat', attr: 'data-repeat', runs: 100 },
    { name: 'the default sweep (spread 0 → 1.5, 7 points × 20 runs) at 1,000 persons', query: 'labb.persons=1000', role: 'run-sweep', attr: 'data-sweep', runs: 140 },
  ];
  for (const batch of batches) {
    const lab = await openPage(browser, site.origin);
    await lab.page.addInitScript({ content: 'window.__name = (f) => f;' });
    // The main thread's time in each worker message (progress per run, the result at the end), which a
    // loaded machine does not inflate the way it inflates long tasks (a descheduled task counts as long).
    await lab.page.addInitScript({
      content: `window.__handlers = []; const add = Worker.prototype.addEventListener;
        Worker.prototype.addEventListener = function (type, fn, options) {
          if (type !== 'message') return add.call(this, type, fn, options);
          return add.call(this, type, function (event) { const t = performance.now(); fn.call(this, event); window.__handlers.push(performance.now() - t); }, options);
        };`,
    });
    await lab.page.goto(`${site.origin}/sv/labb/?${batch.query}`, { waitUntil: 'networkidle' });
    // A URL with other truths runs the single experiment first; wait for it before measuring.
    await lab.page.waitForFunction(() => !document.querySelector('bip-lab')?.hasAttribute('data-running'));
    await lab.page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; __handlers: number[] };
      w.longTasks = [];
      w.__handlers = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
    });
    const t0 = Date.now();
    await lab.page.locator(`bip-lab [data-role="${batch.role}"]`).click();
    await lab.page.waitForFunction((a) => document.querySelector('bip-lab')?.hasAttribute(a), batch.attr, { timeout: 600_000 });
    const total = Date.now() - t0;
    const { longTasks, workers, handlers } = await lab.page.evaluate(() => ({
      longTasks: (window as unknown as { longTasks: number[] }).longTasks,
      workers: Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1)),
      handlers: (window as unknown as { __handlers: number[] }).__handlers,
    }));
    console.log(
      `lab, ${batch.name} in Chromium (click → result, ${workers} worker${workers > 1 ? 's' : ''}): ${(total / 1000).toFixed(1)} s, ${(total / batch.runs).toFixed(0)} ms per run; main-thread long tasks: ${longTasks.length}${longTasks.length ? ` (${longTasks.map((d) => d.toFixed(0)).join(', ')} ms)` : ''}; requirement: none over 50 ms; the page's handling of a worker message: longest ${Math.max(...handlers).toFixed(1)} ms (the last one draws the result), median ${[...handlers].sort((a, b) => a - b)[handlers.length >> 1]!.toFixed(2)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    await lab.context.close();
  }
} finally {
  await browser.close();
  await site.stop();
}

// Node: one 2SLS on the sample (job orientation derived inside, as a caller without it pays) and one
// lab experiment at the default size (generate 13,500 rows + job orientation + four estimators).
{
  const { parseSample } = await import('../src/lib/data/parse-sample');
  const { beliefEffect2sls } = await import('../src/lib/analysis/belief-effect-2sls');
  const { runLabExperiment } = await import('../src/lib/lab/run-lab-experiment');
  const { LAB_SPEC, labTruthsOf } = await import('../src/lib/lab/lab-spec');
  const { stateDefaults: toolDefaults } = await import('../src/lib/state/url-state');
  const sample = parseSample(readFileSync('data/sample.csv', 'utf8'));
  const time = (runs: number, f: () => unknown): number => {
    f();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      f();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[runs >> 1]!;
  };
  console.log(`one 2SLS on the sample in Node (job orientation + 2SLS, 13,500 rows): median ${time(20, () => beliefEffect2sls(sample, { outcome: 'job_52w' })).toFixed(1)} ms`);
  const truths = labTruthsOf(toolDefaults(LAB_SPEC));
  console.log(`one lab run at the default size in Node: median ${time(7, () => runLabExperiment(truths)).toFixed(0)} ms`);
  // The main thread's share of repeated runs: summarising 1,000 runs and rendering the view, the table
  // and the histogram as an HTML string (what <bip-lab> does once the last run is in).
  const { replicationJobs, summariseRuns } = await import('../src/lib/lab/lab-replication');
  const { labReplicationView } = await import('../src/lib/lab/lab-replication-view');
  const { labReplicationHtml } = await import('../src/lib/lab/lab-replication-html');
  const { labRunsCsv } = await import('../src/lib/lab/lab-csv');
  // The Swedish strings as the site merges them (src/i18n/strings.ts needs Vite's import.meta.glob, which tsx lacks).
  const sv = Object.assign({}, ...(await Promise.all(['site', 'figures', 'calculators', 'lab'].map(async (area) => (await import(`../src/i18n/sv/${area}.json`, { with: { type: 'json' } })).default))));
  const one = runLabExperiment(truths);
  const jobs = replicationJobs(truths, 1000);
  // 1,000 copies of a run with the estimates spread a little, so the histogram has bars to draw.
  const results = jobs.map((job, i) => ({ ...one, truths: job.truths, naive: { ...one.naive!, value: one.naive!.value + ((i % 37) - 18) / 30 } }));
  const context = { locale: 'sv-SE', strings: sv as import('../src/lib/lab/lab-strings').LabStrings };
  console.log(`lab, main-thread share of 1,000 repeated runs in Node (summary + view + HTML with the histogram): median ${time(20, () => labReplicationHtml(labReplicationView(summariseRuns(results), truths, context), context, 680)).toFixed(2)} ms; the runs' CSV: median ${time(20, () => labRunsCsv(jobs, results, null)).toFixed(2)} ms`);
}
