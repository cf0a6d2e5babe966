// npm run bench: builds the site, then prints (1) the JavaScript each page loads before the reader
// interacts (raw and gzip bytes, following static imports only; dynamic imports load on interaction) and
// (2) the median time of one recompute + re-render (sample → job rate by belief → Plot SVG in the page)
// in Chromium. Timings live here, never in tests.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
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

const lazy = readdirSync(join(DIST, '_astro')).filter((f) => f.startsWith('render-figure') && f.endsWith('.js'));
for (const f of lazy) {
  const bytes = readFileSync(join(DIST, '_astro', f));
  console.log(`loaded on first interaction: /_astro/${f} ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`);
}

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
  console.log(`first sample view (fetch + parse ${'13,5k'} rows + compute + render): ${result.firstLoad.toFixed(1)} ms`);
  console.log(`recompute + re-render, job rate by belief on the sample: median ${result.median.toFixed(2)} ms, p90 ${result.p90.toFixed(2)} ms (budget: median ≤ 16 ms)`);
} finally {
  await browser.close();
  await site.stop();
}
