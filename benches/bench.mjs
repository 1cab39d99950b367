// Throughput of full analysis in one Node process: the wasm build (www/pkg) against the npm
// package compromise, on the seed article, on the seed article repeated to about 100 KB, and
// (when ../shared/data or $ARTICLE_ANALYZER_DATA has it) on the 84 PolNeAR dev articles, one call
// per article.
//
//     python3 xtask/web.py build            # the wasm under test goes to www/pkg
//     node benches/bench.mjs                # prints a markdown report
//     node benches/bench.mjs --write        # ... and puts it in BENCHMARKS.md
//     node benches/bench.mjs --seconds 1    # shorter runs (default: 3 s per case)
//     node benches/bench.mjs --source LABEL # what www/pkg was built from, when not this checkout
//
// What one iteration is:
// - wasm: `analyze(text, { offsets: "utf16" })`: tokenizing, sentences, entities, quotes and the
//   conversion of the result into plain JS objects with UTF-16 offsets.
// - compromise: `const doc = nlp(text)`, then `.people().json()`, `.places().json()`,
//   `.organizations().json()` and `.quotations().json()` on it: parsing, tagging and the four
//   lookups with JSON output.
// Each case runs warm-up iterations (at least 3 and at least 1 s), then at least 5 iterations and
// at least --seconds of them (at most 5,000); the report gives the median. Characters are
// Unicode code points.
//
// The two do not do the same work (compromise tags every word but links no mentions and
// attributes no quotes), so the numbers compare cost, not quality. The "found" column shows what
// each produced on the single article, so that a fast but empty result is visible.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import os from 'node:os';

const ROOT = new URL('../', import.meta.url);
const SECTION = '## Node (wasm) vs compromise';
const COMMAND = 'python3 xtask/web.py build && node benches/bench.mjs --write';

const args = process.argv.slice(2);
const shouldWrite = args.includes('--write');
const secondsArg = args.indexOf('--seconds');
const minSeconds = secondsArg >= 0 ? Number(args[secondsArg + 1]) : 3;
const sourceArg = args.indexOf('--source');
const source = sourceArg >= 0 ? args[sourceArg + 1] : null;

// ---- engines ---------------------------------------------------------------------------------

const pkg = new URL('www/pkg/', ROOT);
const wasm = await import(new URL('article_analyzer.js', pkg));
wasm.initSync({ module: readFileSync(new URL('article_analyzer_bg.wasm', pkg)) });

const require = createRequire(new URL('xtask/package.json', ROOT));
const nlp = require('compromise');
const compromiseVersion = nlp.version;

const engines = [
  {
    name: `article-analyzer ${wasm.version()} (wasm)`,
    run: (text) => wasm.analyze(text, { offsets: 'utf16' }),
    found: (r) => {
      const persons = r.entities.filter((e) => e.kind === 'person');
      const attributed = r.quotes.filter((q) => q.speaker);
      const lavrov = persons.some((e) => e.name === 'Sergey Lavrov') ? ' incl. Sergey Lavrov' : ' (no Sergey Lavrov!)';
      return `${r.entities.length} entities (${persons.length} persons${lavrov}), ${r.quotes.length} quotes (${attributed.length} attributed)`;
    },
  },
  {
    name: `compromise ${compromiseVersion}`,
    run: (text) => {
      const doc = nlp(text);
      return {
        people: doc.people().json(),
        places: doc.places().json(),
        organizations: doc.organizations().json(),
        quotations: doc.quotations().json(),
      };
    },
    found: (r) =>
      `${r.people.length} people, ${r.places.length} places, ${r.organizations.length} organizations, ${r.quotations.length} quotations (not attributed)`,
  },
];

// ---- inputs ----------------------------------------------------------------------------------

const seed = readFileSync(new URL('tests/data/seed-article.txt', ROOT), 'utf8');
const chars = (s) => [...s].length;
const copies = Math.ceil(100_000 / (chars(seed) + 1));
const inputs = [
  { name: 'seed article', text: seed },
  { name: `seed article ×${copies}`, text: Array(copies).fill(seed).join('\n') },
];
// Real articles of different lengths, one call each, when the corpus is at hand (it is not
// committed: copyrighted news).
const polnear = join(process.env.ARTICLE_ANALYZER_DATA ?? fileURLToPath(new URL('../shared/data', ROOT)), 'polnear/dev/text');
if (existsSync(polnear)) {
  const texts = readdirSync(polnear).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(polnear, f), 'utf8'));
  inputs.push({ name: `${texts.length} PolNeAR dev articles, one call each`, texts });
} else {
  process.stderr.write(`note: ${polnear} not found (set ARTICLE_ANALYZER_DATA): the real-article case is skipped\n`);
}

// ---- measuring -------------------------------------------------------------------------------

function measure(run, text) {
  // Warm-up: at least 3 iterations and 1 s, so that both engines are timed after their JIT has
  // optimized the hot code (V8 recompiles hot wasm functions in the background; with 3 warm-up
  // iterations the 500 timed ones of a fast case were over before that finished).
  const warm = performance.now();
  for (let i = 0; i < 3 || performance.now() - warm < 1000; i++) run(text);
  const times = [];
  const started = performance.now();
  while (times.length < 5000 && (times.length < 5 || performance.now() - started < minSeconds * 1000)) {
    const t0 = performance.now();
    run(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return { iterations: times.length, median };
}

const fmt = new Intl.NumberFormat('en');
const fmtMs = (ms) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : Math.round(ms).toString());
const fmtRate = (perSecond) =>
  perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)} M` : perSecond >= 1e3 ? `${(perSecond / 1e3).toFixed(0)} k` : perSecond.toFixed(0);

const rows = [];
for (const input of inputs) {
  const n = input.texts ? input.texts.reduce((sum, t) => sum + chars(t), 0) : chars(input.text);
  for (const engine of engines) {
    process.stderr.write(`${engine.name} on ${input.name} (${fmt.format(n)} chars)… `);
    const run = input.texts ? (texts) => texts.forEach((t) => engine.run(t)) : engine.run;
    const { iterations, median } = measure(run, input.texts ?? input.text);
    const rate = n / (median / 1000);
    process.stderr.write(`${fmtMs(median)} ms\n`);
    rows.push({ engine: engine.name, input: input.name, chars: n, iterations, median, rate });
  }
}

// ---- report ----------------------------------------------------------------------------------

const found = engines.map((engine) => `- ${engine.name}: ${engine.found(engine.run(seed))}`);
let bundle;
try {
  bundle = execFileSync('python3', ['xtask/web.py', 'size'], { cwd: ROOT, encoding: 'utf8' }).trim();
} catch (error) {
  bundle = `(python3 xtask/web.py size failed: ${error.message.split('\n')[0]})`;
}
/** What www/pkg was built from: --source, else this checkout's commit (dirty if src/ has changes). */
function describeSource() {
  if (source) return source;
  try {
    const git = (...a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'Cargo.toml', 'Cargo.lock') ? ' with uncommitted changes' : '';
    return `the working tree at ${git('rev-parse', '--short', 'HEAD')}${dirty}`;
  } catch {
    return 'an unknown source (not a git checkout)';
  }
}

// ---- cold start ------------------------------------------------------------------------------

// A page pays these once: compiling and instantiating the wasm, `prepare()` (word lists and both
// models) and the first analysis. Each sample is a fresh Node process.
const COLD_RUNS = 9;
const coldScript = `
import { readFileSync } from 'node:fs';
const pkg = new URL('www/pkg/', ${JSON.stringify(ROOT.href)});
const wasm = await import(new URL('article_analyzer.js', pkg));
const bytes = readFileSync(new URL('article_analyzer_bg.wasm', pkg));
const text = readFileSync(new URL('tests/data/seed-article.txt', ${JSON.stringify(ROOT.href)}), 'utf8');
const t0 = performance.now();
wasm.initSync({ module: bytes });
const t1 = performance.now();
wasm.prepare();
const t2 = performance.now();
wasm.analyze(text, { offsets: 'utf16' });
const t3 = performance.now();
console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2]));
`;
const cold = Array.from({ length: COLD_RUNS }, () =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', coldScript], { encoding: 'utf8' })),
);
const coldMedian = (k) => {
  const xs = cold.map((c) => c[k]).sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
};

const report = [
  SECTION,
  '',
  `Command (from the repository root): \`${COMMAND}\``,
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), ` +
    `Node ${process.version}; wasm from \`www/pkg\` (release build, wasm-opt as in wasm-pack.toml) built from ${describeSource()}.`,
  '',
  'One iteration of **article-analyzer** is `analyze(text, { offsets: "utf16" })`: the whole pipeline plus ' +
    'conversion of the result to JS objects. One iteration of **compromise** is `nlp(text)` followed by ' +
    '`.people().json()`, `.places().json()`, `.organizations().json()` and `.quotations().json()`. ' +
    `Median of at least 5 iterations and ${minSeconds} s per case, after at least 3 warm-up iterations and 1 s; characters are code points.`,
  '',
  '| engine | input | characters | iterations | median time | characters/s |',
  '|---|---|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.engine} | ${r.input} | ${fmt.format(r.chars)} | ${r.iterations} | ${fmtMs(r.median)} ms | ${fmtRate(r.rate)} |`),
  '',
  `Characters per second, wasm ÷ compromise: ${inputs
    .map((input) => {
      const [ours, theirs] = engines.map((engine) => rows.find((r) => r.engine === engine.name && r.input === input.name).rate);
      return `${(ours / theirs).toFixed(1)}× on the ${input.name}`;
    })
    .join(', ')}.`,
  '',
  'What each found in the single seed article (the two do different work; this only shows that neither result is empty):',
  '',
  ...found,
  '',
  `Web bundle (\`python3 xtask/web.py size\`: the wasm, its JS glue and the page's own .js/.html/.css): ${bundle.replace(/^web bundle: /, '')}.`,
  '',
  `Cold start, medians of ${COLD_RUNS} fresh Node processes: compiling and instantiating the wasm ${fmtMs(coldMedian(0))} ms, ` +
    `\`prepare()\` (word lists and both models) ${fmtMs(coldMedian(1))} ms, the first analysis of the seed article ${fmtMs(coldMedian(2))} ms.`,
  '',
].join('\n');

process.stdout.write(`${report}\n`);

if (shouldWrite) {
  const file = new URL('BENCHMARKS.md', ROOT);
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf(`${SECTION}\n`);
  if (start >= 0) {
    const next = text.indexOf('\n## ', start + SECTION.length);
    text = text.slice(0, start) + report + (next >= 0 ? text.slice(next) : '');
  } else {
    text = `${text.trimEnd()}\n\n${report}`;
  }
  writeFileSync(file, text);
  process.stderr.write('wrote BENCHMARKS.md\n');
}
