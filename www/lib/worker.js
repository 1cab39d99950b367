// The analysis worker (a module worker): loads the wasm as soon as it starts and answers
// `{ id, type: "load" }` and `{ id, type: "analyze", text, options }` messages with
// `{ id, info }`, `{ id, json, analyzeMs }` (the result as JSON text) or `{ id, error: { code, message } }`.
// `analyzeMs` is the time of the wasm call alone, measured here.
//
// Started by ./index.js; nothing else talks to it.

import { load, analyzeLoaded } from './analyzer.js';

const loading = load();
loading.catch(() => {}); // reported per message below
// The first analysis pays one-time costs (the models are read on first use, the code is cold);
// pay them now, while the page is still getting ready, rather than on the user's first text.
loading.then(() => analyzeLoaded('“We will see,” the minister said on Monday.'), () => {});

self.addEventListener('message', async ({ data }) => {
  const { id, type } = data ?? {};
  try {
    const info = await loading;
    if (type === 'load') {
      self.postMessage({ id, info });
    } else if (type === 'analyze') {
      const started = performance.now();
      const result = analyzeLoaded(data.text, data.options);
      const analyzeMs = performance.now() - started;
      // As JSON text: a string crosses to the page in one copy, and the page parses it only if
      // the result is still wanted (structured cloning a large result costs the page far more).
      self.postMessage({ id, json: JSON.stringify(result), analyzeMs });
    } else {
      throw Object.assign(new Error(`unknown message type ${type}`), { code: 'bad-message' });
    }
  } catch (error) {
    self.postMessage({ id, error: { code: error?.code ?? 'analysis-failed', message: String(error?.message ?? error) } });
  }
});
