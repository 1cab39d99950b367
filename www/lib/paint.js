// Paints analysis marks (./highlight.js collectMarks) over text through the CSS Custom Highlight
// API: one named Highlight per layer (`<prefix>-entity-person`, `<prefix>-quote-direct`,
// `<prefix>-speaker`, ...), styled with `::highlight(<name>)` rules. The DOM is never changed.
//
//     const painter = createPainter('aa');
//     const ranges = painter.paint(index, marks);   // index from ./text-range.js; Map mark → Range
//     painter.add(index, moreMarks);                 // paints more, keeps what is there
//     painter.setLayerVisible('entity-date', false);
//     painter.setExtra('selected', [range, ...]);    // ad-hoc layers: selection, focus
//
// Several painters with the same prefix share the Highlight objects (CSS.highlights holds one per
// name); each adds and removes only its own ranges.

import { rangeOf } from './text-range.js';

export const ENTITY_KINDS = Object.freeze(['person', 'organization', 'location', 'group', 'misc', 'date', 'time', 'money', 'percent', 'quantity']);
export const QUOTE_KINDS = Object.freeze(['direct', 'partial', 'indirect', 'scare']);

/** Every layer a mark can be painted in, plus the two interaction layers. */
export const LAYERS = Object.freeze([
  ...QUOTE_KINDS.map((k) => `quote-${k}`),
  ...ENTITY_KINDS.map((k) => `entity-${k}`),
  'speaker', 'via', 'cue', 'warning', 'selected', 'active',
]);

/** Later layers paint over earlier ones where highlights overlap. */
const PRIORITY = (layer) =>
  layer.startsWith('quote-') ? 0 : layer.startsWith('entity-') ? 1 : layer === 'warning' ? 3 : layer === 'selected' ? 4 : layer === 'active' ? 5 : 2;

/** True where the CSS Custom Highlight API is available. */
export const hasHighlightApi = () =>
  typeof CSS !== 'undefined' && CSS.highlights !== undefined && typeof Highlight === 'function';

/** The layer of a mark: `entity-<kind>`, `quote-<kind>`, or its type. */
export function layerOf(mark) {
  if (mark.type === 'entity') return `entity-${ENTITY_KINDS.includes(mark.kind) ? mark.kind : 'misc'}`;
  if (mark.type === 'quote') return `quote-${QUOTE_KINDS.includes(mark.kind) ? mark.kind : 'direct'}`;
  return mark.type;
}

export function createPainter(prefix) {
  const own = new Map(); // layer → the ranges this painter added
  const hidden = new Set();
  const nameOf = (layer) => `${prefix}-${layer}`;

  const highlightFor = (layer) => {
    const name = nameOf(layer);
    let highlight = CSS.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = PRIORITY(layer);
      if (hidden.has(layer)) detached.set(layer, highlight);
      else CSS.highlights.set(name, highlight);
    }
    return highlight;
  };
  // A hidden layer's Highlight is kept here, out of the registry.
  const detached = new Map();

  function replace(layer, ranges) {
    const highlight = detached.get(layer) ?? highlightFor(layer);
    for (const range of own.get(layer) ?? []) highlight.delete(range);
    for (const range of ranges) highlight.add(range);
    own.set(layer, ranges);
  }

  /** Ranges for `marks`: Map mark → Range, and Map layer → its ranges. */
  function rangesOf(index, marks, makeRange) {
    const byLayer = new Map();
    const ranges = new Map();
    for (const mark of marks) {
      const range = rangeOf(index, mark.start, mark.end, makeRange);
      if (!range) continue;
      ranges.set(mark, range);
      const layer = layerOf(mark);
      if (!byLayer.has(layer)) byLayer.set(layer, []);
      byLayer.get(layer).push(range);
    }
    return { ranges, byLayer };
  }

  return {
    /** Paints `marks` over the text indexed by `index`; returns Map mark → Range. */
    paint(index, marks, makeRange) {
      const { ranges, byLayer } = rangesOf(index, marks, makeRange);
      for (const layer of new Set([...own.keys(), ...byLayer.keys()])) {
        if (layer === 'selected' || layer === 'active') continue;
        replace(layer, byLayer.get(layer) ?? []);
      }
      return ranges;
    },
    /**
     * Adds `marks` to what is painted, keeping the rest (paint() replaces everything); returns
     * Map mark → Range of the added ones. For painting a long text a part at a time.
     */
    add(index, marks, makeRange) {
      const { ranges, byLayer } = rangesOf(index, marks, makeRange);
      for (const [layer, added] of byLayer) {
        const highlight = detached.get(layer) ?? highlightFor(layer);
        if (!own.has(layer)) own.set(layer, []);
        const mine = own.get(layer);
        for (const range of added) {
          highlight.add(range);
          mine.push(range);
        }
      }
      return ranges;
    },
    /** Sets the ranges of an interaction layer (`selected`, `active`). */
    setExtra(layer, ranges) {
      replace(layer, ranges.filter(Boolean));
    },
    setLayerVisible(layer, visible) {
      const name = nameOf(layer);
      if (visible) {
        hidden.delete(layer);
        const highlight = detached.get(layer);
        detached.delete(layer);
        if (highlight) CSS.highlights.set(name, highlight);
      } else if (!hidden.has(layer)) {
        hidden.add(layer);
        const highlight = CSS.highlights.get(name);
        if (highlight) {
          detached.set(layer, highlight);
          CSS.highlights.delete(name);
        }
      }
    },
    /** Ranges this painter currently shows, by layer name (for tests and tools). */
    count() {
      let n = 0;
      for (const ranges of own.values()) n += ranges.length;
      return n;
    },
    clear() {
      for (const layer of own.keys()) replace(layer, []);
    },
  };
}
