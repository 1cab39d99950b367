// The JS ↔ wasm boundary, in Node: loads www/pkg (build it with `python3 xtask/web.py build`)
// and checks that every span in a result re-slices the input in all three offset units, that bad
// options throw with a stable code, and that no input makes analyze() throw.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const pkg = new URL('../../www/pkg/', import.meta.url);
const wasm = await import(new URL('article_analyzer.js', pkg));
wasm.initSync({ module: readFileSync(new URL('article_analyzer_bg.wasm', pkg)) });
const { analyze, analyzeJson, schemaVersion, version } = wasm;

const seed = readFileSync(new URL('../data/seed-article.txt', import.meta.url), 'utf8');

/** Every span of a result, with a path naming it, in a fixed order. */
function spansOf(result) {
  const out = [];
  for (const entity of result.entities) {
    entity.mentions.forEach((m, i) => out.push([`${entity.id}.mentions[${i}]`, m]));
  }
  for (const quote of result.quotes) {
    out.push([quote.id, quote]);
    for (const part of ['speaker', 'cue', 'via']) if (quote[part]) out.push([`${quote.id}.${part}`, quote[part]]);
  }
  result.warnings.forEach((w, i) => out.push([`warnings[${i}]`, w]));
  return out;
}

const codePoints = (s) => [...s].length;
const utf8Length = (s) => Buffer.byteLength(s, 'utf8');

/**
 * Checks every span of `result` (UTF-16 offsets) against `input`. A lone surrogate reaches Rust
 * as U+FFFD, so span texts are compared with the well-formed input, which has the same UTF-16
 * length. Returns the number of spans checked.
 */
function checkSpans(input, result) {
  const wellFormed = input.toWellFormed();
  assert.equal(wellFormed.length, input.length);
  for (const [path, s] of spansOf(result)) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${path}: integer offsets`);
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= input.length, `${path}: ${s.start}..${s.end} in 0..${input.length}`);
    assert.equal(wellFormed.slice(s.start, s.end), s.text, `${path}: text at ${s.start}..${s.end}`);
    if (input.isWellFormed()) assert.equal(input.slice(s.start, s.end), s.text, `${path}: input.slice`);
  }
  return spansOf(result).length;
}

const samples = {
  emoji: '😀 Sergey Lavrov said: "We 👍 agree with 🇷🇺 Moscow," and left. 👨‍👩‍👧 "Fine," Vladimir Putin told TASS on July 12. 😀',
  cjk: '中文新闻：“我们同意，”Sergey Lavrov said. 東京 is in Japan. "日本は同意した," the Japanese foreign minister said, according to 共同通信.',
  combining: 'Jose\u0301 Mari\u0301a Aznar said "Cafe\u0301 politics is over," adding that Zoe\u0308 Kravitz and A\u030Angstro\u0308m Corp. disagreed.',
  crlf: 'Sergey Lavrov met Choe Son Hui in Wonsan.\r\n"We exchanged views," Lavrov said.\r\n\r\n"Good," she noted.\r\nRussia paid $4 million, 12% more.\r\n',
  loneSurrogates: 'Lavrov \uD800 said "hi \uDC00 there," \uD83D and Sergey Lavrov \uDE00 left \uDBFF\uD800 Moscow.\uD800',
  unbalanced: 'He said "this never ends. And “this too. Lavrov said \u2019twas fine\u201D again "',
  seed,
  seedCrlf: seed.replace(/\n/g, '\r\n'),
  seedAstral: `😀𝒜 ${seed.replace(/Lavrov/g, 'Lavrov 🇷🇺')}`,
  seedLoneSurrogate: `\uD800${seed.replace(/\. /g, '. \uDC00')}`,
  empty: '',
  whitespace: ' \n\r\n\t ',
};

test('schema and version', () => {
  assert.equal(schemaVersion(), 1);
  assert.match(version(), /^\d+\.\d+\.\d+/);
  for (const options of [undefined, null, {}, { offsets: 'utf16' }]) {
    const result = analyze('Sergey Lavrov said "hello."', options);
    assert.equal(result.schema, 1);
    assert.equal(result.offsets, 'utf16');
    assert.ok(Array.isArray(result.entities) && Array.isArray(result.quotes) && Array.isArray(result.warnings));
  }
});

for (const [name, input] of Object.entries(samples)) {
  test(`spans re-slice the input in utf16, chars and bytes: ${name}`, (t) => {
    const utf16 = analyze(input, { offsets: 'utf16' });
    const chars = analyze(input, { offsets: 'chars' });
    const bytes = analyze(input, { offsets: 'bytes' });
    assert.equal(chars.offsets, 'chars');
    assert.equal(bytes.offsets, 'bytes');
    const checked = checkSpans(input, utf16);

    // The same spans, counted in code points and in UTF-8 bytes of the (well-formed) input.
    const wellFormed = input.toWellFormed();
    const [a, b, c] = [spansOf(utf16), spansOf(chars), spansOf(bytes)];
    assert.deepEqual(b.map(([path]) => path), a.map(([path]) => path));
    assert.deepEqual(c.map(([path]) => path), a.map(([path]) => path));
    a.forEach(([path, s], i) => {
      const [, ch] = b[i];
      const [, by] = c[i];
      assert.equal(ch.text, s.text, `${path}: same text in chars`);
      assert.equal(by.text, s.text, `${path}: same text in bytes`);
      assert.equal(ch.start, codePoints(wellFormed.slice(0, s.start)), `${path}: chars start`);
      assert.equal(ch.end, codePoints(wellFormed.slice(0, s.end)), `${path}: chars end`);
      assert.equal(by.start, utf8Length(wellFormed.slice(0, s.start)), `${path}: bytes start`);
      assert.equal(by.end, utf8Length(wellFormed.slice(0, s.end)), `${path}: bytes end`);
      assert.equal(Buffer.from(wellFormed, 'utf8').subarray(by.start, by.end).toString('utf8'), s.text, `${path}: byte slice`);
    });
    t.diagnostic(`${checked} spans checked`);
  });
}

test('analyzeJson is the same result as JSON text, in every offset unit', () => {
  for (const [name, input] of Object.entries(samples)) {
    for (const options of [undefined, { offsets: 'utf16' }, { offsets: 'chars' }, { offsets: 'bytes' }]) {
      const json = analyzeJson(input, options);
      assert.equal(typeof json, 'string');
      assert.deepEqual(JSON.parse(json), analyze(input, options), `${name} ${JSON.stringify(options)}`);
    }
  }
});

test('bad options throw an Error with code bad-options', () => {
  for (const options of [{ offsets: 'nope' }, { offsets: 'UTF16' }, { offsets: 7 }, { offsets: null }, 'utf16', 42, true]) {
    for (const call of [analyze, analyzeJson]) {
      assert.throws(
        () => call('Sergey Lavrov said "hello."', options),
        (error) => error instanceof Error && error.code === 'bad-options' && error.message.length > 0,
        `${call.name} options ${JSON.stringify(options)}`,
      );
    }
  }
});

/** mulberry32: a small seeded PRNG, so a failure reproduces. */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('random strings never throw and always give valid spans', (t) => {
  const pieces = [
    'Sergey', 'Lavrov', 'Sergey Lavrov', 'Putin', 'said', 'told', 'noted', 'added', 'according to', 'Moscow', 'TASS',
    'the', 'We', 'he', 'she', 'It', 'Mr.', 'Dr', 'U.S.', 'July 12', '2024', '12%', '$4', '3.5', 'million',
    ' ', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00A0',
    '"', '"', '“', '”', '‘', '’', "'", "'", '«', '»', '„', '‚', '`', '``', "''",
    "don't", "Russia's", "'90s", 'rock ’n’ roll',
    '.', '.', ',', ',', ';', ':', '!', '?', '…', '—', '–', '-', '(', ')', '[', ']',
    '😀', '𝒜', '🇷🇺', '👨‍👩‍👧', '中', '文', 'é', 'e\u0301', '\u0301', '\u200D', '\uFEFF', '\uD800', '\uDC00', '\uDBFF',
  ];
  const random = mulberry32(20240712);
  const count = 3000;
  let spans = 0;
  for (let i = 0; i < count; i++) {
    const n = Math.floor(random() * 30);
    let input = '';
    for (let j = 0; j < n; j++) input += pieces[Math.floor(random() * pieces.length)];
    let result;
    try {
      result = analyze(input, i % 10 === 0 ? { offsets: 'bytes' } : undefined);
    } catch (error) {
      assert.fail(`analyze threw on case ${i} ${JSON.stringify(input)}: ${error.message}`);
    }
    if (i % 10 !== 0) spans += checkSpans(input, result);
  }
  t.diagnostic(`${count} strings, ${spans} spans checked`);
});

test('the seed article has a person entity named Sergey Lavrov', () => {
  const result = analyze(seed, { offsets: 'utf16' });
  const names = result.entities.map((e) => `${e.kind}:${e.name}`);
  const lavrov = result.entities.find((e) => e.kind === 'person' && e.name === 'Sergey Lavrov');
  assert.ok(lavrov, `no person "Sergey Lavrov" among ${names.length} entities: ${names.join(', ') || '(none)'}`);
  assert.ok(lavrov.mentions.some((m) => m.text === 'Lavrov'), 'a mention "Lavrov"');
});
