// www/lib/analyzer.js, the page's loader, in Node (given the wasm bytes, since Node's fetch does
// not read file: URLs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { SCHEMA_VERSION, analyze, load } from '../../www/lib/analyzer.js';

const bytes = readFileSync(new URL('../../www/pkg/article_analyzer_bg.wasm', import.meta.url));

test('load() resolves once to the version and schema', async () => {
  const first = load(bytes);
  assert.equal(load(), first, 'later calls share the first load');
  const info = await first;
  assert.equal(info.schema, SCHEMA_VERSION);
  assert.match(info.version, /^\d+\.\d+\.\d+/);
});

test('analyze() resolves to a result with UTF-16 offsets by default', async () => {
  const text = '😀 Sergey Lavrov said "we agree."';
  const result = await analyze(text);
  assert.equal(result.schema, SCHEMA_VERSION);
  assert.equal(result.offsets, 'utf16');
  for (const e of result.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('analyze() rejects bad options with code bad-options', async () => {
  await assert.rejects(analyze('text', { offsets: 'miles' }), (error) => error.code === 'bad-options');
});
