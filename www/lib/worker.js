// The analysis worker (a module worker). Its first message is `{ type: "init", module? }`: it then
// loads the wasm (the `WebAssembly.Module` the page compiled, or else by fetching the .wasm) and
// warms it up (unless an analysis is already waiting). It answers `{ id, type: "load" }` and `{ id, type: "analyze", text, options }` with
// `{ id, info }`, `{ id, json, analyzeMs }` (the result as JSON text) or `{ id, error: { code, message } }`.
// `analyzeMs` is the time of the wasm call (analysis and JSON) alone, measured here.
//
// Started by ./index.js; nothing else talks to it.

import { load, analyzeJsonLoaded, prepareLoaded } from './analyzer.js';
// analyzer.js's own imports, listed here too so that the worker fetches them in parallel with
// analyzer.js instead of after it (one round trip less before the wasm can start).
import '../pkg/article_analyzer.js';
import './schema.js';

// A few sentences with the shapes of news copy (names, titles, numbers, quotes, reported speech):
// the first analysis pays one-time costs (models read on first use, cold code), and these pay them
// while the page is still getting ready rather than on the user's first text.
const WARM_UP = 'WASHINGTON (Reuters) — “We will see,” Foreign Minister Anna Berg said on Monday, July 12. ' +
  'Berg told reporters that the U.N. plan would cost $1.5 billion, according to officials.\n' +
  '“It is a first step,” she added. The ministry’s spokesman declined to comment on the 3.4% rise.';

// When this worker started, loaded the wasm, read its models and finished warming up (ms since the epoch, so that
// a page can put them on its own timeline); read by benches/browser.mjs.
const now = () => performance.timeOrigin + performance.now();
self.articleAnalyzerTimings = { started: now() };

let loading = null;
// Analyses asked for and not yet answered. When one is already waiting once the wasm is loaded
// (a text pasted at load, an editor that opens with its story), the warm-up is skipped: that
// analysis pays the one-time costs itself, and its answer comes a warm-up sooner.
let waiting = 0;
const start = (module) => {
  if (!loading) {
    loading = load(module);
    loading.then(() => {
      self.articleAnalyzerTimings.loaded = now();
      try {
        prepareLoaded();
        self.articleAnalyzerTimings.prepared = now();
        if (waiting === 0) analyzeJsonLoaded(WARM_UP);
        self.articleAnalyzerTimings.warm = now();
      } catch {
        // a failing analysis is reported with the message that asks for it
      }
    }, () => {}); // a failed load is reported per message below
  }
  return loading;
};

self.addEventListener('message', async ({ data }) => {
  const { id, type } = data ?? {};
  if (type === 'init') {
    start(data.module).catch(() => {});
    return;
  }
  if (type === 'analyze') waiting++;
  try {
    const info = await start();
    if (type === 'load') {
      self.postMessage({ id, info });
    } else if (type === 'analyze') {
      // As JSON text, built in the wasm: a string crosses to the page in one copy, and the page
      // parses it only if the result is still wanted (structured cloning a large result costs
      // the page far more). `analyzeMs` includes writing the JSON.
      const started = performance.now();
      const json = analyzeJsonLoaded(data.text, data.options);
      const analyzeMs = performance.now() - started;
      self.postMessage({ id, json, analyzeMs });
    } else {
      throw Object.assign(new Error(`unknown message type ${type}`), { code: 'bad-message' });
    }
  } catch (error) {
    self.postMessage({ id, error: { code: error?.code ?? 'analysis-failed', message: String(error?.message ?? error) } });
  } finally {
    if (type === 'analyze') waiting--;
  }
});
