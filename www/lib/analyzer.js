// The one module that loads the wasm analyzer. Everything else calls load() and analyze().
//
//     import { load, analyze } from './lib/analyzer.js';
//     const { version, schema } = await load();
//     const result = await analyze(text);            // offsets in UTF-16 code units
//
// analyze() is async although the wasm call is not, so that callers do not change when the work
// moves off the main thread.

import init, { analyze as analyzeWasm, analyzeJson as analyzeJsonWasm, prepare as prepareWasm, schemaVersion, version } from '../pkg/article_analyzer.js';
import { SCHEMA_VERSION } from './schema.js';

export { SCHEMA_VERSION };

let loading = null;
let loaded = false;

/**
 * Loads and instantiates the wasm once; later calls return the same promise. Resolves to
 * `{ version, schema }`. `source` is passed to wasm-bindgen's init as `module_or_path` (a URL, a
 * Response, bytes or a WebAssembly.Module); by default the .wasm next to the glue is fetched.
 *
 * Rejects with an Error whose `code` is `load-failed` or `schema-mismatch`; a failed load may be
 * retried.
 */
export function load(source) {
  loading ??= instantiate(source).then((info) => {
    loaded = true;
    return info;
  }, (cause) => {
    loading = null;
    throw cause.code ? cause : codedError('load-failed', `could not load the analyzer: ${cause.message ?? cause}`, cause);
  });
  return loading;
}

async function instantiate(source) {
  await init(source === undefined ? undefined : { module_or_path: source });
  const schema = schemaVersion();
  if (schema !== SCHEMA_VERSION) {
    throw codedError('schema-mismatch', `the analyzer produces schema ${schema}, this page reads schema ${SCHEMA_VERSION}`);
  }
  return Object.freeze({ version: version(), schema });
}

/**
 * Analyzes `text` (loading the wasm first if needed). `options` is passed through:
 * `{ offsets: "utf16" | "chars" | "bytes" }`, default `utf16`. Rejects with an Error whose `code`
 * is `bad-options` for bad options.
 */
export async function analyze(text, options) {
  await load();
  return analyzeWasm(String(text), options);
}

/**
 * analyze() without the wait, for a caller that has awaited load(): synchronous, so that a timer
 * around it measures the analysis alone. Throws like analyze() rejects; before load() resolves it
 * throws an Error with code `not-loaded`.
 */
export function analyzeLoaded(text, options) {
  if (!loaded) throw codedError('not-loaded', 'the analyzer is not loaded yet: await load() first');
  return analyzeWasm(String(text), options);
}

/**
 * analyzeLoaded() as JSON text (built in the wasm): what a worker posts to the page. Cheaper than
 * building the objects and stringifying them, and the page parses the text only if it still wants
 * the result. Throws like analyzeLoaded().
 */
export function analyzeJsonLoaded(text, options) {
  if (!loaded) throw codedError('not-loaded', 'the analyzer is not loaded yet: await load() first');
  return analyzeJsonWasm(String(text), options);
}

/**
 * Reads the word lists and models now rather than on the first analysis (for a caller that has
 * awaited load()); returns true when both models are usable. Throws like analyzeLoaded() before
 * load() resolves.
 */
export function prepareLoaded() {
  if (!loaded) throw codedError('not-loaded', 'the analyzer is not loaded yet: await load() first');
  return prepareWasm();
}

function codedError(code, message, cause) {
  const error = new Error(message, cause === undefined ? undefined : { cause });
  error.code = code;
  return error;
}
