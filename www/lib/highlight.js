// Turns an analysis result into highlights: ordered, non-overlapping segments of the text, each
// with the marks (entity mentions, quotes, speakers, cues, warnings) that cover it.
//
// Pure: no DOM, no globals, so it runs and is tested in Node. Offsets are UTF-16 code units, the
// unit of JS strings and of analyze()'s default `offsets: "utf16"`.
//
//     const segments = highlight(text, result);   // covers text from 0 to text.length
//     const tree = nest(segments);                 // the same, as nested marks for rendering

/** Mark types; for marks with the same span, an earlier type nests outside a later one. */
export const MARK_TYPES = Object.freeze(['quote', 'via', 'speaker', 'entity', 'cue', 'warning']);

const TYPE_RANK = new Map(MARK_TYPES.map((type, i) => [type, i]));

/**
 * Collects every highlightable span of `result` as a mark:
 * `{ type, start, end, kind, entity, quote, order }`, where
 * - `type` is one of MARK_TYPES;
 * - `kind` is the entity kind (entity), the quote kind (quote) or the warning code (warning);
 * - `entity` is the entity id: of the mention (entity), of the resolved speaker (quote, speaker,
 *   via), else null;
 * - `quote` is the quote id (quote, speaker, via, cue), else null;
 * - `warning` is the warning's index in `result.warnings` (warning only);
 * - `order` is the mark's position in this list, for stable sorting.
 *
 * Spans are clamped to [0, length]; empty or malformed spans are dropped.
 */
export function collectMarks(result, length) {
  const marks = [];
  const add = (type, span, fields) => {
    if (!span) return;
    let { start, end } = span;
    if (!Number.isFinite(start) || !Number.isFinite(end)) return;
    start = Math.max(0, Math.min(length, Math.trunc(start)));
    end = Math.max(0, Math.min(length, Math.trunc(end)));
    if (end <= start) return;
    marks.push({ type, start, end, kind: null, entity: null, quote: null, ...fields, order: marks.length });
  };
  for (const entity of result?.entities ?? []) {
    for (const mention of entity.mentions ?? []) {
      add('entity', mention, { kind: entity.kind, entity: entity.id });
    }
  }
  for (const quote of result?.quotes ?? []) {
    add('quote', quote, { kind: quote.kind, quote: quote.id, entity: quote.speaker?.entity ?? null });
    add('speaker', quote.speaker, { quote: quote.id, entity: quote.speaker?.entity ?? null });
    add('via', quote.via, { quote: quote.id, entity: quote.via?.entity ?? null });
    add('cue', quote.cue, { quote: quote.id });
  }
  (result?.warnings ?? []).forEach((warning, index) => add('warning', warning, { kind: warning.code, warning: index }));
  return marks;
}

/**
 * Orders marks so that a mark comes before every mark nested inside it: by start, then longest
 * first, then by MARK_TYPES, then by collection order.
 */
export function compareMarks(a, b) {
  return a.start - b.start || b.end - a.end || TYPE_RANK.get(a.type) - TYPE_RANK.get(b.type) || a.order - b.order;
}

/**
 * Splits `text` at every mark boundary. Returns segments `{ start, end, text, marks }` in text
 * order that cover the whole text without overlapping; `marks` holds the marks covering the
 * segment, outermost first (see compareMarks), and is empty for plain text.
 */
export function segment(text, marks) {
  const length = text.length;
  const events = new Map(); // offset → { opening: [], closing: [] }
  const at = (offset) => {
    let event = events.get(offset);
    if (!event) events.set(offset, (event = { opening: [], closing: [] }));
    return event;
  };
  at(0);
  at(length);
  for (const mark of marks) {
    at(mark.start).opening.push(mark);
    at(mark.end).closing.push(mark);
  }
  const offsets = [...events.keys()].sort((a, b) => a - b);
  const active = new Set();
  const segments = [];
  for (let i = 0; i < offsets.length - 1; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    const event = events.get(start);
    for (const mark of event.closing) active.delete(mark);
    for (const mark of event.opening) active.add(mark);
    segments.push({ start, end, text: text.slice(start, end), marks: [...active].sort(compareMarks) });
  }
  return segments;
}

/** Segments of `text` for `result` (an analyze() result with UTF-16 offsets). */
export function highlight(text, result) {
  return segment(text, collectMarks(result, text.length));
}

/**
 * Turns segments into a tree for rendering: the root `{ mark: null, start, end, children }`;
 * inner nodes `{ mark, start, end, children }`; leaves `{ text, start, end }`. A mark that nests
 * properly becomes exactly one node; a mark that crosses another's boundary is split into one node
 * per side.
 */
export function nest(segments) {
  const root = { mark: null, start: 0, end: 0, children: [] };
  const open = [root]; // open[i + 1].mark is the i-th mark of the current segment
  for (const seg of segments) {
    let kept = 0;
    while (kept < seg.marks.length && kept + 1 < open.length && open[kept + 1].mark === seg.marks[kept]) kept++;
    open.length = kept + 1;
    for (let i = kept; i < seg.marks.length; i++) {
      const node = { mark: seg.marks[i], start: seg.start, end: seg.end, children: [] };
      open[open.length - 1].children.push(node);
      open.push(node);
    }
    open[open.length - 1].children.push({ text: seg.text, start: seg.start, end: seg.end });
    for (const node of open) node.end = seg.end;
  }
  return root;
}
