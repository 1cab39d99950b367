// The analyzer for pages and components: the same `load()` / `analyze(text, options)` as
// ./analyzer.js, but the wasm runs in a module Web Worker (./worker.js) so that the page never
// freezes, whatever the size of the text. Where module workers are missing (Node, old browsers) it
// runs in the calling thread through ./analyzer.js.
//
//     import { load, analyze } from './lib/index.js';
//     const { version, schema } = await load();       // once; later calls share it
//     const result = await analyze(text);              // the result schema, UTF-16 offsets
//
//     // Typing: only the newest text's result is delivered, one analysis in flight at a time.
//     const latest = createLatest(createAnalyzer(), ({ text, result }) => paint(text, result));
//     editor.addEventListener('input', () => latest.submit(editor.value));

export { SCHEMA_VERSION } from './schema.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);
const WASM_URL = new URL('../pkg/article_analyzer_bg.wasm', import.meta.url);

/**
 * Fetches and compiles the wasm on this thread while the worker is still starting (a compiled
 * `WebAssembly.Module` can be posted to it). Resolves to undefined when that is not possible (a
 * CSP without 'wasm-unsafe-eval', no streaming compile): the worker then fetches the wasm itself.
 */
function compileHere() {
  if (typeof WebAssembly?.compileStreaming !== 'function' || typeof fetch !== 'function') return Promise.resolve(undefined);
  return WebAssembly.compileStreaming(fetch(WASM_URL)).catch(() => undefined);
}

/**
 * A new analyzer: `{ load(), analyze(text, options), terminate(), inWorker }`. `analyze` resolves to
 * the result; `analyzeTimed` to `{ result, analyzeMs }` (the wasm call's own time; `result` is parsed when first read). Errors carry
 * a `code` (`load-failed`, `schema-mismatch`, `bad-options`, `terminated`).
 * `options.worker: false` runs in the calling thread.
 */
export function createAnalyzer({ worker = true } = {}) {
  const canUseWorker = worker && typeof Worker === 'function' && typeof window === 'object';
  return canUseWorker ? workerAnalyzer() : inlineAnalyzer();
}

function workerAnalyzer() {
  globalThis.performance?.mark?.('article-analyzer:worker-created');
  const worker = new Worker(WORKER_URL, { type: 'module', name: 'article-analyzer' });
  // The worker's first message is { type: "init", module? }; everything else waits for it.
  const started = compileHere().then((module) => worker.postMessage({ type: 'init', module }));
  const pending = new Map(); // id → { resolve, reject }
  let nextId = 0;
  let failure = null;
  let loading = null;

  const failAll = (error) => {
    failure = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.addEventListener('message', ({ data }) => {
    const entry = pending.get(data.id);
    if (!entry) return;
    pending.delete(data.id);
    if (data.error) entry.reject(codedError(data.error.code, data.error.message));
    else entry.resolve(data);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault?.();
    failAll(codedError('load-failed', `the analysis worker failed: ${event.message ?? 'could not start'}`));
  });
  const call = (message) =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      started.then(() => worker.postMessage({ ...message, id }));
    });

  const api = {
    inWorker: true,
    load: () => (loading ??= call({ type: 'load' }).then((data) => data.info)),
    analyzeTimed: (text, options) =>
      call({ type: 'analyze', text: String(text), options }).then(({ json, analyzeMs }) => {
        let result;
        // Parsed on first use, so that a caller dropping a stale result never pays for it.
        return { analyzeMs, get result() { return (result ??= JSON.parse(json)); } };
      }),
    analyze: (text, options) => api.analyzeTimed(text, options).then((data) => data.result),
    terminate() {
      worker.terminate();
      failAll(codedError('terminated', 'the analyzer was terminated'));
    },
  };
  return api;
}

function inlineAnalyzer() {
  const module = import('./analyzer.js');
  const api = {
    inWorker: false,
    load: (source) => module.then((m) => m.load(source)),
    async analyzeTimed(text, options) {
      const m = await module;
      await m.load();
      const started = performance.now();
      const result = m.analyzeLoaded(text, options);
      return { result, analyzeMs: performance.now() - started };
    },
    analyze: (text, options) => api.analyzeTimed(text, options).then((data) => data.result),
    terminate() {},
  };
  return api;
}

let shared = null;
const sharedAnalyzer = () => (shared ??= createAnalyzer());

/** Loads the shared analyzer once (worker-backed in browsers). Resolves to `{ version, schema }`. */
export const load = () => sharedAnalyzer().load();

/** Analyzes `text` with the shared analyzer. `options`: `{ offsets: "utf16" | "chars" | "bytes" }`. */
export const analyze = (text, options) => sharedAnalyzer().analyze(text, options);

/** The analyzer behind load() and analyze(), created on first use; for sharing with createLatest. */
export const getSharedAnalyzer = sharedAnalyzer;

/**
 * Runs an analyzer on the newest text only. `submit(text, options)` returns a sequence number;
 * `onResult({ seq, text, result, analyzeMs, totalMs })` is called only for the newest submitted
 * text — a result for text that has since changed is dropped, never delivered — and
 * `onError(error, seq)` likewise. At most one analysis is in flight: texts submitted meanwhile
 * collapse into the newest, which runs when the current one finishes.
 */
export function createLatest(analyzer, onResult, onError = () => {}) {
  let seq = 0;
  let busy = false;
  let queued = null;

  async function pump() {
    if (busy || !queued) return;
    const job = queued;
    queued = null;
    busy = true;
    const started = performance.now();
    try {
      const timed = await analyzer.analyzeTimed(job.text, job.options);
      if (job.seq === seq) onResult({ seq: job.seq, text: job.text, result: timed.result, analyzeMs: timed.analyzeMs, totalMs: performance.now() - started });
    } catch (error) {
      if (job.seq === seq) onError(error, job.seq);
    } finally {
      busy = false;
      pump();
    }
  }

  return {
    submit(text, options) {
      queued = { seq: ++seq, text: String(text), options };
      pump();
      return seq;
    },
    /** Forgets pending work: results of earlier submissions are dropped. */
    cancel() {
      seq++;
      queued = null;
    },
    get seq() {
      return seq;
    },
    get busy() {
      return busy;
    },
  };
}

function codedError(code, message) {
  const error = new Error(message);
  error.code = code;
  return error;
}
