// www/lib/text-range.js: offsets into an element's text ↔ (text node, offset) positions, on plain
// objects standing in for Text nodes (the browser tests exercise real DOM Ranges).

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { buildIndex, locate, offsetOf, rangeOf } from '../../www/lib/text-range.js';

const nodes = (...parts) => parts.map((data) => ({ data }));

/** A stand-in Range recording its boundaries; toString() slices like a DOM Range does. */
function fakeRange() {
  return {
    setStart(node, offset) { this.start = [node, offset]; },
    setEnd(node, offset) { this.end = [node, offset]; },
  };
}

test('buildIndex joins the texts, leaves out empty ones and records starts', () => {
  const texts = nodes('Sergey ', '', 'Lavrov', ' said.');
  const index = buildIndex(texts);
  assert.equal(index.text, 'Sergey Lavrov said.');
  assert.deepEqual(index.starts, [0, 7, 13]);
  assert.deepEqual(index.nodes, [texts[0], texts[2], texts[3]]);
  assert.equal(index.length, 19);
});

test('locate: inside a node, at boundaries by affinity, clamped at both ends', () => {
  const texts = nodes('ab', 'cd', 'ef');
  const index = buildIndex(texts);
  const at = (offset, affinity) => {
    const p = locate(index, offset, affinity);
    return [texts.indexOf(p.node), p.offset];
  };
  const table = [
    [0, 'forward', [0, 0]], [0, 'backward', [0, 0]],
    [1, 'forward', [0, 1]], [1, 'backward', [0, 1]],
    [2, 'forward', [1, 0]], [2, 'backward', [0, 2]],
    [3, 'forward', [1, 1]],
    [4, 'forward', [2, 0]], [4, 'backward', [1, 2]],
    [6, 'forward', [2, 2]], [6, 'backward', [2, 2]],
    [-5, 'forward', [0, 0]], [99, 'backward', [2, 2]],
  ];
  for (const [offset, affinity, want] of table) assert.deepEqual(at(offset, affinity), want, `${offset} ${affinity}`);
  assert.equal(locate(buildIndex([]), 0), null);
});

test('rangeOf spans nodes without reaching into neighbours; empty spans give null', () => {
  const texts = nodes('“We ', 'exchanged', ' views,” said ', 'Lavrov');
  const index = buildIndex(texts);
  const start = index.text.indexOf('We');
  const end = index.text.indexOf(',”');
  const range = rangeOf(index, start, end, fakeRange);
  assert.deepEqual(range.start, [texts[0], 1]);
  assert.deepEqual(range.end, [texts[2], 6]);
  const name = rangeOf(index, index.text.indexOf('Lavrov'), index.length, fakeRange);
  assert.deepEqual([name.start, name.end], [[texts[3], 0], [texts[3], 6]]);
  // A span ending exactly at a node boundary ends in that node, not at the start of the next.
  const word = rangeOf(index, 4, 13, fakeRange);
  assert.deepEqual([word.start, word.end], [[texts[1], 0], [texts[1], 9]]);
  assert.equal(rangeOf(index, 5, 5, fakeRange), null);
  assert.equal(rangeOf(index, 50, 60, fakeRange), null);
});

test('every span of a split text maps to ranges whose slices equal the span (UTF-16, surrogates)', () => {
  const text = 'Ünïcödé 😀 “Quoted,” said Sergey Lavrov.\n中文';
  // Split the text at every third code unit, as an editor's caret and formatting might.
  const parts = [];
  for (let i = 0; i < text.length; i += 3) parts.push(text.slice(i, i + 3));
  const index = buildIndex(nodes(...parts));
  const slice = (range) => {
    const [sn, so] = range.start;
    const [en, eo] = range.end;
    const a = index.starts[index.nodes.indexOf(sn)] + so;
    const b = index.starts[index.nodes.indexOf(en)] + eo;
    return text.slice(a, b);
  };
  for (let start = 0; start < text.length; start++) {
    for (let end = start + 1; end <= text.length; end++) {
      const range = rangeOf(index, start, end, fakeRange);
      assert.equal(slice(range), text.slice(start, end));
      assert.ok(range.start[1] < range.start[0].data.length, 'a start never sits at the end of a node');
      assert.ok(range.end[1] > 0, 'an end never sits at the start of a node');
    }
  }
});

test('offsetOf is the inverse of locate for text positions; -1 outside', () => {
  const texts = nodes('ab', 'cd', 'ef');
  const index = buildIndex(texts);
  for (let offset = 0; offset <= 6; offset++) {
    for (const affinity of ['forward', 'backward']) {
      const p = locate(index, offset, affinity);
      assert.equal(offsetOf(index, p.node, p.offset), offset);
    }
  }
  assert.equal(offsetOf(index, { data: 'elsewhere' }, 0), -1);
});
