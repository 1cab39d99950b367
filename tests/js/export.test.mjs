// www/lib/export.js: CSV quoting, the per-quote and per-entity tables, quotes by speaker and the
// summary figures, on a hand-made result.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { ENTITY_COLUMNS, QUOTE_COLUMNS, countWords, csv, csvField, entitiesCsv, quotesBySpeaker, quotesCsv, summarize } from '../../www/lib/export.js';
import { parseCsv } from './support/csv.mjs';

const result = {
  schema: 1,
  offsets: 'utf16',
  entities: [
    { id: 'e1', kind: 'person', name: 'Sergey Lavrov', role: 'foreign minister', gender: 'male', mentions: [{ start: 0, end: 13, text: 'Sergey Lavrov' }, { start: 40, end: 46, text: 'Lavrov' }] },
    { id: 'e2', kind: 'organization', name: 'TASS, "the agency"', mentions: [{ start: 60, end: 64, text: 'TASS' }] },
  ],
  quotes: [
    { id: 'q1', kind: 'direct', start: 15, end: 30, text: 'We agree, "fully",\nand now', speaker: { entity: 'e1', start: 40, end: 46, text: 'Lavrov', anonymous: false }, cue: { start: 47, end: 51, text: 'said' }, via: { entity: 'e2', start: 60, end: 64, text: 'TASS' } },
    { id: 'q2', kind: 'indirect', start: 70, end: 80, text: 'talks went well', speaker: { entity: 'e2', start: 60, end: 64, text: 'TASS', anonymous: false }, cue: null, via: null },
    { id: 'q3', kind: 'direct', start: 90, end: 95, text: 'No comment', speaker: { entity: null, start: 96, end: 106, text: 'an official', anonymous: true }, cue: null, via: null },
    { id: 'q4', kind: 'direct', start: 110, end: 115, text: 'Maybe', speaker: null, cue: null, via: null },
    { id: 'q5', kind: 'scare', start: 120, end: 125, text: 'Nazis', speaker: null, cue: null, via: null },
  ],
  warnings: [],
};

test('csvField quotes only what needs it and doubles quotation marks', () => {
  const table = [
    ['plain', 'plain'], ['a,b', '"a,b"'], ['say "hi"', '"say ""hi"""'], ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'], [null, ''], [undefined, ''], [0, '0'], [false, 'false'], ['', ''],
  ];
  for (const [value, want] of table) assert.equal(csvField(value), want, JSON.stringify(value));
  assert.equal(csv(['a', 'b'], [[1, 'x,y']]), 'a,b\r\n1,"x,y"\r\n');
});

test('quotesCsv: one row per quote, round-trips through a CSV parser', () => {
  const rows = parseCsv(quotesCsv(result));
  assert.deepEqual(rows[0], QUOTE_COLUMNS);
  assert.equal(rows.length, 1 + result.quotes.length);
  const row = Object.fromEntries(QUOTE_COLUMNS.map((c, i) => [c, rows[1][i]]));
  assert.equal(row.text, 'We agree, "fully",\nand now');
  assert.equal(row.speaker_name, 'Sergey Lavrov');
  assert.equal(row.via_name, 'TASS, "the agency"');
  assert.equal(row.cue, 'said');
  assert.equal(row.words, '5');
  assert.equal(rows[4][QUOTE_COLUMNS.indexOf('speaker')], '', 'no speaker: empty field');
});

test('entitiesCsv: one row per entity with mention and quote counts', () => {
  const rows = parseCsv(entitiesCsv(result));
  assert.deepEqual(rows[0], ENTITY_COLUMNS);
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[1].slice(0, 6), ['e1', 'person', 'Sergey Lavrov', 'foreign minister', 'male', '2']);
  assert.equal(rows[1][ENTITY_COLUMNS.indexOf('forms')], 'Sergey Lavrov | Lavrov');
  assert.equal(rows[1][ENTITY_COLUMNS.indexOf('quotes')], '1');
  assert.equal(rows[2][2], 'TASS, "the agency"');
});

test('quotesBySpeaker groups by entity, then written form; no speaker last', () => {
  const groups = quotesBySpeaker(result);
  assert.deepEqual(groups.map((g) => [g.name, g.quotes.length]), [['Sergey Lavrov', 1], ['TASS, "the agency"', 1], ['an official', 1], [null, 2]]);
  assert.equal(groups[0].words, 5);
  assert.equal(groups[2].anonymous, true);
});

test('summarize: people and organizations quoted, quotes with no named speaker (scare quotes left out)', () => {
  assert.deepEqual(summarize(result), { people: 1, organizations: 1, unattributed: 2 });
  assert.equal(countWords("Kim Jong-un's 12-day war, isn't it?"), 6);
});
