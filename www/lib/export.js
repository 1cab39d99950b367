// Exports of a result: the JSON schema as is, and CSV tables (RFC 4180: comma-separated, CRLF line
// ends, a field quoted when it holds a comma, a quotation mark or a line break, quotation marks
// doubled). Pure: no DOM.
//
//     toJson(result)            // pretty JSON, the schema unchanged
//     quotesCsv(result)         // one row per quote
//     entitiesCsv(result)       // one row per entity

export const QUOTE_COLUMNS = Object.freeze([
  'id', 'kind', 'start', 'end', 'text', 'words',
  'speaker', 'speaker_entity', 'speaker_name', 'speaker_anonymous', 'speaker_start', 'speaker_end',
  'cue', 'cue_start', 'cue_end', 'via', 'via_entity', 'via_name',
]);

export const ENTITY_COLUMNS = Object.freeze([
  'id', 'kind', 'name', 'role', 'gender', 'mentions', 'forms', 'first_start', 'first_end', 'quotes',
]);

/** One CSV field. */
export function csvField(value) {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? String(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document of `rows` (arrays) under `header`, CRLF-terminated. */
export function csv(header, rows) {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Words in `text`: runs of letters or digits (with inner apostrophes or hyphens). */
export function countWords(text) {
  return (String(text).match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

export function toJson(result) {
  return JSON.stringify(result, null, 2) + '\n';
}

export function quotesCsv(result) {
  const names = new Map((result?.entities ?? []).map((e) => [e.id, e.name]));
  const rows = (result?.quotes ?? []).map((q) => [
    q.id, q.kind, q.start, q.end, q.text, countWords(q.text),
    q.speaker?.text, q.speaker?.entity, q.speaker?.entity ? names.get(q.speaker.entity) : null,
    q.speaker ? q.speaker.anonymous : null, q.speaker?.start, q.speaker?.end,
    q.cue?.text, q.cue?.start, q.cue?.end,
    q.via?.text, q.via?.entity, q.via?.entity ? names.get(q.via.entity) : null,
  ]);
  return csv(QUOTE_COLUMNS, rows);
}

export function entitiesCsv(result) {
  const quoteCount = new Map();
  for (const q of result?.quotes ?? []) {
    const id = q.speaker?.entity;
    if (id) quoteCount.set(id, (quoteCount.get(id) ?? 0) + 1);
  }
  const rows = (result?.entities ?? []).map((e) => [
    e.id, e.kind, e.name, e.role ?? null, e.gender ?? null, e.mentions.length,
    [...new Set(e.mentions.map((m) => m.text))].join(' | '),
    e.mentions[0]?.start, e.mentions[0]?.end, quoteCount.get(e.id) ?? 0,
  ]);
  return csv(ENTITY_COLUMNS, rows);
}

/**
 * Quotes grouped by speaker, for the "who said what" panel: `[{ key, entity, name, anonymous,
 * quotes, words }]`, most quotes first. A speaker resolved to an entity is keyed by the entity; an
 * unresolved one by its written form; quotes with no speaker go under key "" (name null).
 */
export function quotesBySpeaker(result) {
  const names = new Map((result?.entities ?? []).map((e) => [e.id, e]));
  const groups = new Map();
  for (const q of result?.quotes ?? []) {
    const entity = q.speaker?.entity ? names.get(q.speaker.entity) ?? null : null;
    const key = entity ? `e:${entity.id}` : q.speaker ? `t:${q.speaker.text.toLowerCase()}` : '';
    let group = groups.get(key);
    if (!group) {
      group = { key, entity, name: entity?.name ?? q.speaker?.text ?? null, anonymous: Boolean(q.speaker?.anonymous), quotes: [], words: 0 };
      groups.set(key, group);
    }
    group.quotes.push(q);
    group.words += countWords(q.text);
  }
  return [...groups.values()].sort((a, b) => (a.key === '') - (b.key === '') || b.quotes.length - a.quotes.length || b.words - a.words);
}

/**
 * The summary line's figures: `{ people, organizations, unattributed }` — distinct people and
 * organizations quoted (as speakers of a non-scare quote), quotes with no named speaker (no speaker,
 * an anonymous one, or one not resolved to an entity), scare quotes left out.
 */
export function summarize(result) {
  const kinds = new Map((result?.entities ?? []).map((e) => [e.id, e.kind]));
  const people = new Set();
  const organizations = new Set();
  let unattributed = 0;
  for (const q of result?.quotes ?? []) {
    if (q.kind === 'scare') continue;
    const id = q.speaker?.entity;
    const kind = id ? kinds.get(id) : null;
    if (kind === 'person') people.add(id);
    else if (kind === 'organization') organizations.add(id);
    if (!id || q.speaker.anonymous) unattributed++;
  }
  return { people: people.size, organizations: organizations.size, unattributed };
}
