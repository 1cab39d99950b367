// Unit tests of www/lib/highlight.js: results → ordered, non-overlapping segments → nested tree.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { collectMarks, highlight, nest, segment } from '../../www/lib/highlight.js';

const span = (text, needle, from = 0) => {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `${needle} in ${text}`);
  return { start, end: start + needle.length, text: needle };
};

/** Segments as compact strings: "text[type:id,type:id]". */
const show = (segments) => segments.map((s) => `${s.text}[${s.marks.map((m) => `${m.type}:${m.entity ?? m.quote ?? m.kind}`).join(',')}]`);

/** The tree as a compact string: marks in braces. */
const showTree = (node) =>
  node.mark === undefined ? node.text : `${node.mark ? `{${node.mark.type}:${node.mark.entity ?? node.mark.quote ?? node.mark.kind} ` : ''}${node.children.map(showTree).join('')}${node.mark ? '}' : ''}`;

function checkCovers(text, segments) {
  assert.equal(segments.map((s) => s.text).join(''), text);
  let at = 0;
  for (const s of segments) {
    assert.equal(s.start, at);
    assert.ok(s.end > s.start);
    assert.equal(s.text, text.slice(s.start, s.end));
    at = s.end;
  }
  assert.equal(at, text.length);
}

test('plain text is one unmarked segment; empty text has none', () => {
  assert.deepEqual(show(highlight('Hello.', { entities: [], quotes: [], warnings: [] })), ['Hello.[]']);
  assert.deepEqual(highlight('', { entities: [], quotes: [], warnings: [] }), []);
  assert.deepEqual(show(highlight('Hello.', null)), ['Hello.[]']);
});

test('a person mention inside a quote nests inside it, with speaker and cue', () => {
  const text = '"Putin is wrong," Lavrov said.';
  const result = {
    entities: [
      { id: 'e1', kind: 'person', name: 'Vladimir Putin', mentions: [span(text, 'Putin')] },
      { id: 'e2', kind: 'person', name: 'Sergey Lavrov', mentions: [span(text, 'Lavrov')] },
    ],
    quotes: [
      {
        id: 'q1', kind: 'direct', ...span(text, '"Putin is wrong,"'),
        speaker: { entity: 'e2', ...span(text, 'Lavrov'), anonymous: false },
        cue: span(text, 'said'),
      },
    ],
    warnings: [],
  };
  const segments = highlight(text, result);
  checkCovers(text, segments);
  assert.deepEqual(show(segments), [
    '"[quote:e2]',
    'Putin[quote:e2,entity:e1]',
    ' is wrong,"[quote:e2]',
    ' []',
    'Lavrov[speaker:e2,entity:e2]',
    ' []',
    'said[cue:q1]',
    '.[]',
  ]);
  assert.equal(
    showTree(nest(segments)),
    '{quote:e2 "{entity:e1 Putin} is wrong,"} {speaker:e2 {entity:e2 Lavrov}} {cue:q1 said}.',
  );
});

test('crossing spans split the later one; every segment is covered once', () => {
  const text = 'abcdefghij';
  const marks = [
    { type: 'quote', start: 0, end: 6, kind: 'direct', entity: null, quote: 'q1', order: 0 },
    { type: 'entity', start: 4, end: 9, kind: 'misc', entity: 'e1', quote: null, order: 1 },
  ];
  const segments = segment(text, marks);
  checkCovers(text, segments);
  assert.deepEqual(show(segments), ['abcd[quote:q1]', 'ef[quote:q1,entity:e1]', 'ghi[entity:e1]', 'j[]']);
  assert.equal(showTree(nest(segments)), '{quote:q1 abcd{entity:e1 ef}}{entity:e1 ghi}j');
});

test('equal spans nest by type: quote, speaker, entity, cue, warning', () => {
  const text = 'x Lavrov y';
  const lavrov = span(text, 'Lavrov');
  const result = {
    entities: [{ id: 'e1', kind: 'person', name: 'Lavrov', mentions: [lavrov] }],
    quotes: [{ id: 'q1', kind: 'scare', ...lavrov, speaker: { entity: 'e1', ...lavrov, anonymous: false }, cue: lavrov }],
    warnings: [{ code: 'w', message: 'm', ...lavrov }],
  };
  assert.deepEqual(show(highlight(text, result)), ['x []', 'Lavrov[quote:e1,speaker:e1,entity:e1,cue:q1,warning:w]', ' y[]']);
});

test('adjacent mentions stay separate nodes', () => {
  const text = 'AB';
  const result = {
    entities: [
      { id: 'e1', kind: 'location', name: 'A', mentions: [{ start: 0, end: 1, text: 'A' }] },
      { id: 'e2', kind: 'location', name: 'B', mentions: [{ start: 1, end: 2, text: 'B' }] },
    ],
  };
  assert.equal(showTree(nest(highlight(text, result))), '{entity:e1 A}{entity:e2 B}');
});

test('out-of-range, empty and malformed spans are clamped or dropped', () => {
  const text = 'short';
  const result = {
    entities: [
      {
        id: 'e1', kind: 'misc', name: 'x',
        mentions: [{ start: 3, end: 99 }, { start: 2, end: 2 }, { start: 4, end: 1 }, { start: NaN, end: 3 }, { start: -5, end: 1 }],
      },
    ],
    quotes: [{ id: 'q1', kind: 'direct', start: 0, end: 5, speaker: null, cue: null }],
  };
  const marks = collectMarks(result, text.length);
  assert.deepEqual(marks.map((m) => [m.type, m.start, m.end]), [['entity', 3, 5], ['entity', 0, 1], ['quote', 0, 5]]);
  const segments = highlight(text, result);
  checkCovers(text, segments);
  assert.deepEqual(show(segments), ['s[quote:q1,entity:e1]', 'ho[quote:q1]', 'rt[quote:q1,entity:e1]']);
});

test('offsets are UTF-16 code units: astral characters stay whole', () => {
  const text = '😀 “Ünïcödé” 中文 said 😀';
  const result = {
    entities: [{ id: 'e1', kind: 'location', name: '中文', mentions: [span(text, '中文')] }],
    quotes: [{ id: 'q1', kind: 'scare', ...span(text, '“Ünïcödé”'), speaker: null, cue: null }],
  };
  const segments = highlight(text, result);
  checkCovers(text, segments);
  assert.deepEqual(show(segments), ['😀 []', '“Ünïcödé”[quote:q1]', ' []', '中文[entity:e1]', ' said 😀[]']);
});

test('many random marks: segments cover the text and the tree re-renders it', () => {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const text = 'The quick brown fox jumps over the lazy dog. '.repeat(5);
  for (let round = 0; round < 200; round++) {
    const marks = [];
    const types = ['quote', 'speaker', 'entity', 'cue', 'warning'];
    for (let i = 0; i < 12; i++) {
      const a = Math.floor(random() * (text.length + 1));
      const b = Math.floor(random() * (text.length + 1));
      if (a === b) continue;
      marks.push({ type: types[i % types.length], start: Math.min(a, b), end: Math.max(a, b), kind: 'k', entity: `e${i}`, quote: null, order: marks.length });
    }
    const segments = segment(text, marks);
    checkCovers(text, segments);
    for (const s of segments) {
      for (const m of marks) assert.equal(s.marks.includes(m), m.start <= s.start && s.end <= m.end);
    }
    const flatten = (node) => (node.mark === undefined ? node.text : node.children.map(flatten).join(''));
    const tree = nest(segments);
    assert.equal(flatten(tree), text);
    // Every node's span matches the text of its leaves.
    const walk = (node) => {
      if (node.mark === undefined) return;
      assert.equal(text.slice(node.start, node.end), flatten(node));
      if (node.mark) assert.ok(node.mark.start <= node.start && node.end <= node.mark.end);
      node.children.forEach(walk);
    };
    walk(tree);
  }
});
