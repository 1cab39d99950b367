// The page in headless Chromium (Debian's /usr/bin/chromium through playwright-core):
// - first result: the seed article is pasted the moment the page's load event fires (cold: fresh
//   profile, nothing cached, the wasm compiled from scratch); the time from the load event to the
//   first result painted (performance mark "article-analyzer:first-result").
// - per-article time inside the worker: a 1,000-word article (the seed article and the start of
//   the city-council story) analyzed repeatedly through the page's worker; the wasm call's own time
//   as the worker measures it, median after warm-up.
// - a 1 MB paste: the longest main-thread block from the worker's answer to 1 s after the result
//   is painted (parsing the result, building the view and side panels, the browser's layout).
//
//     python3 xtask/web.py build && node benches/browser.mjs [--write] [--runs 5]
//
// --write puts the report in BENCHMARKS.md under "## Browser (Chromium, worker)".

import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';

import { launchChromium, serveStatic } from '../tests/js/support/browser.mjs';

const ROOT = new URL('../', import.meta.url);
const SECTION = '## Browser (Chromium, worker)';
const COMMAND = 'python3 xtask/web.py build && node benches/browser.mjs --write';
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const coldRuns = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;

const seed = readFileSync(new URL('tests/data/seed-article.txt', ROOT), 'utf8');
const council = readFileSync(new URL('tests/data/city-council.txt', ROOT), 'utf8');
const words = (text) => (text.match(/\S+/g) ?? []).length;
const wire = readFileSync(new URL('tests/data/wire-layouts.txt', ROOT), 'utf8');
// The seed article, then the other stories' paragraphs, cut at the first paragraph end past 1,000 words.
let article = seed.trimEnd();
for (const paragraph of `${council}\n${wire}\n${council}`.split(/\n+/).filter(Boolean)) {
  if (words(article) >= 1000) break;
  article += `\n${paragraph}`;
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// About 1 MB of news copy: the seed article and the city-council story, over and over.
let megabyte = '';
while (megabyte.length < 1_000_000) megabyte += `${seed}\n\n${council}\n\n`;
megabyte = megabyte.slice(0, 1_000_000);

const server = await serveStatic();
const cold = [];
let inWorker = [];
const pasteGaps = [];
try {
  for (let run = 0; run < coldRuns; run++) {
    const browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.addInitScript((text) => {
        addEventListener('load', () => {
          const input = document.getElementById('input');
          input.value = text;
          input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
        });
      }, seed);
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(() => performance.getEntriesByName('article-analyzer:first-result').length > 0, null, { timeout: 20_000 });
      const measured = await page.evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation');
        const first = performance.getEntriesByName('article-analyzer:first-result')[0].startTime;
        const created = performance.getEntriesByName('article-analyzer:worker-created')[0]?.startTime ?? NaN;
        return { afterLoad: first - nav.loadEventStart, afterNavigation: first, load: nav.loadEventStart, created, origin: performance.timeOrigin, status: document.getElementById('status').textContent };
      });
      // The worker's own timeline (ms since the epoch), moved onto the page's.
      const worker = page.workers()[0];
      const t = worker ? await worker.evaluate(() => self.articleAnalyzerTimings) : {};
      for (const key of ['started', 'loaded', 'prepared', 'warm']) measured[key] = t[key] === undefined ? NaN : t[key] - measured.origin;
      cold.push(measured);
      if (run === coldRuns - 1) {
        // Warm: the same page's worker, analyzing the 1,000-word article again and again.
        inWorker = await page.evaluate(async (text) => {
          const { createAnalyzer } = await import('./lib/index.js');
          const analyzer = createAnalyzer();
          await analyzer.load();
          const times = [];
          for (let i = 0; i < 220; i++) {
            const { analyzeMs } = await analyzer.analyzeTimed(text);
            if (i >= 20) times.push(analyzeMs);
          }
          analyzer.terminate();
          return times;
        }, article);
        // A 1 MB paste: the longest the main thread is blocked from the worker's answer to 1 s
        // after the result is painted (what the user feels once the analysis is back).
        for (let i = 0; i < 3; i++) {
          pasteGaps.push(await page.evaluate(async (text) => {
            const view = document.getElementById('view');
            const input = document.getElementById('input');
            const gaps = []; // [end, length]
            let answered = Infinity;
            // Delivered before the result is painted, in the task that receives the answer.
            const observer = new MutationObserver(() => {
              if (view.dataset.busy === 'false' && answered === Infinity) answered = performance.now();
            });
            observer.observe(view, { attributes: true, attributeFilter: ['data-busy'] });
            let last = performance.now();
            let stop = false;
            const tick = () => {
              const now = performance.now();
              gaps.push([now, now - last]);
              last = now;
              if (!stop) setTimeout(tick, 5);
            };
            input.value = text;
            input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
            tick();
            while (!(view.dataset.state === 'done' && input.value === text)) await new Promise((r) => setTimeout(r, 20));
            await new Promise((r) => setTimeout(r, 1000));
            stop = true;
            observer.disconnect();
            return Math.max(0, ...gaps.filter(([end]) => end > answered).map(([, gap]) => gap));
          }, `${megabyte} ${i}`));
        }
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}

const chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim().split(' built')[0];
let commit = '';
try { commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(); } catch {}
const ms = (x) => `${x.toFixed(1)} ms`;
const firstAfterLoad = median(cold.map((c) => c.afterLoad));
const workerMedian = median(inWorker);
const report = `${SECTION}

Command (from the repository root): \`${COMMAND}\`

Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0].model} (${os.cpus().length} cores), ${chromium} headless (software rendering), page served from 127.0.0.1; wasm from \`www/pkg\` built from ${commit || 'this checkout'}.

| what | median | all runs | target |
|---|---:|---|---|
| first result after the load event (seed article, 537 words, pasted at load; cold profile, wasm compiled from scratch) | ${ms(firstAfterLoad)} | ${cold.map((c) => c.afterLoad.toFixed(0)).join(', ')} ms | ≤ 150 ms: ${firstAfterLoad <= 150 ? 'met' : 'not met'} |
| first result after navigation start | ${ms(median(cold.map((c) => c.afterNavigation)))} | ${cold.map((c) => c.afterNavigation.toFixed(0)).join(', ')} ms | |
| … timeline: load event / worker created / worker running / wasm loaded / models read / ready (warm-up done, or skipped when an analysis waits) (after navigation start) | ${['load', 'created', 'started', 'loaded', 'prepared', 'warm'].map((k) => median(cold.map((c) => c[k])).toFixed(0)).join(' / ')} ms | | |
| ${words(article)}-word article, inside the worker (the wasm call writing the result's JSON, 200 runs after 20 warm-up) | ${ms(workerMedian)} | min ${ms(Math.min(...inWorker))}, p90 ${ms([...inWorker].sort((a, b) => a - b)[Math.floor(inWorker.length * 0.9)])} | ≤ 5 ms: ${workerMedian <= 5 ? 'met' : 'not met'} |
| 1 MB paste: longest main-thread block from the worker's answer to 1 s after the paint (3 pastes) | ${ms(median(pasteGaps))} | ${pasteGaps.map((g) => g.toFixed(0)).join(', ')} ms | |

The first result includes starting the module worker, fetching and compiling the ${Math.round(readFileSync(new URL('www/pkg/article_analyzer_bg.wasm', ROOT)).length / 1024)} KB wasm, the first (cold) analysis and painting; the status line of the last cold run read: “${cold.at(-1).status}”
`;
console.log(report);
if (args.includes('--write')) {
  const path = new URL('BENCHMARKS.md', ROOT);
  let doc = readFileSync(path, 'utf8');
  const start = doc.indexOf(SECTION);
  if (start >= 0) {
    const next = doc.indexOf('\n## ', start + SECTION.length);
    doc = doc.slice(0, start) + report + (next >= 0 ? doc.slice(next + 1) : '');
  } else doc = `${doc.trimEnd()}\n\n${report}`;
  writeFileSync(path, doc);
}
