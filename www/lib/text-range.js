// Maps offsets into an element's text (UTF-16 code units, the unit of analyze()'s default
// `offsets: "utf16"`) to DOM Ranges over the element's text nodes, and back.
//
// The text of an element is its `textContent`: every descendant Text node's data, in tree order.
// An editor's DOM (paragraphs, inline formatting, a caret split into several text nodes) is only
// read, never changed: a Range is a pair of (text node, offset) boundaries.
//
//     const index = indexText(editor);            // { text, nodes, starts, length }
//     const range = rangeOf(index, start, end);   // a live Range, or null for an empty span
//     const offset = offsetOf(index, node, nodeOffset);
//
// Pure apart from indexText's tree walk and rangeOf's `new Range()` (replaceable): buildIndex,
// locate and offsetOf run on any objects with a string `data`, so they are tested in Node.

/**
 * The index of `texts` (objects with a string `data`, normally Text nodes in tree order):
 * `{ text, nodes, starts, length, positions }`, where `nodes[i]` starts at `starts[i]` in `text`. Empty nodes
 * are left out: they hold no offset of their own.
 */
export function buildIndex(texts) {
  const nodes = [];
  const starts = [];
  const positions = new Map(); // node → its index in nodes
  let length = 0;
  let text = '';
  for (const node of texts) {
    const data = node.data;
    if (!data) continue;
    positions.set(node, nodes.length);
    nodes.push(node);
    starts.push(length);
    length += data.length;
    text += data;
  }
  return { text, nodes, starts, length, positions };
}

/** The index of `root`'s text: its descendant Text nodes, exactly what `root.textContent` joins. */
export function indexText(root) {
  const document = root.ownerDocument ?? root;
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node);
  return buildIndex(texts);
}

/**
 * Where `offset` (clamped to [0, length]) lies: `{ node, offset }` with the offset inside `node`,
 * or null when the index is empty. At a boundary between two nodes, `affinity` chooses:
 * `"forward"` (default, for the start of a span) gives the start of the next node, `"backward"`
 * (for the end of a span) the end of the previous one, so that a Range never reaches into a
 * neighbouring node it does not cover.
 */
export function locate(index, offset, affinity = 'forward') {
  const { nodes, starts, length } = index;
  if (nodes.length === 0) return null;
  const at = Math.max(0, Math.min(length, offset));
  // The last node whose start is <= at (backward: < at, so a boundary goes to the earlier node).
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const before = affinity === 'backward' ? starts[mid] < at : starts[mid] <= at;
    if (before) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo], offset: at - starts[lo] };
}

/**
 * A Range over `start..end` of the indexed text, or null when the span is empty or outside it.
 * `makeRange` creates the empty Range (default `new Range()`; `document.createRange` in a frame).
 */
export function rangeOf(index, start, end, makeRange = () => new Range()) {
  const from = Math.max(0, Math.min(index.length, start));
  const to = Math.max(0, Math.min(index.length, end));
  if (!(to > from)) return null;
  const first = locate(index, from, 'forward');
  const last = locate(index, to, 'backward');
  const range = makeRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset);
  return range;
}

/**
 * The text offset of a DOM position (a Text node of the index and an offset in it), or of an
 * element position (`node` an ancestor element, `nodeOffset` a child index), as returned by
 * caretPositionFromPoint or a Selection. -1 when the position is outside the indexed text.
 */
export function offsetOf(index, node, nodeOffset) {
  const i = index.positions?.get(node) ?? index.nodes.indexOf(node);
  if (i >= 0) return index.starts[i] + Math.min(nodeOffset, index.nodes[i].data.length);
  // An element boundary: the offset of the first indexed text node after it.
  const child = node?.childNodes?.[nodeOffset];
  if (!child) return node?.contains?.(index.nodes[index.nodes.length - 1]) ? index.length : -1;
  for (let j = 0; j < index.nodes.length; j++) {
    const text = index.nodes[j];
    if (child === text || child.contains?.(text) || (child.compareDocumentPosition?.(text) & 4) /* FOLLOWING */) return index.starts[j];
  }
  return -1;
}
