// The page: analyzes the textarea's text in a Web Worker as it changes, paints the highlights over
// a read-only copy of the text with the CSS Custom Highlight API (or <mark> elements where the API
// is missing), and lists entities, quotes by speaker and warnings.
//
// Everything the user pastes or drops reaches the DOM as text only (textContent, text nodes and
// attribute values); an .html file is reduced to its text in an inert DOMParser document.

import { analyzer } from './boot.js';
import { createLatest } from './lib/index.js';
import { collectMarks, highlight, nest } from './lib/highlight.js';
import { indexText, offsetOf, rangeOf } from './lib/text-range.js';
import { createPainter, hasHighlightApi, layerOf } from './lib/paint.js';
import { countWords, entitiesCsv, quotesBySpeaker, quotesCsv, summarize, toJson } from './lib/export.js';
import { htmlToText, isHtmlFile } from './lib/html-text.js';

const DEBOUNCE_MS = 150;
const LIST_LIMIT = 100; // entries shown per group in the side panels (huge texts)
const QUOTE_ITEMS = 200; // quotes listed in the quotes panel in all (huge texts)
// A text longer than LONG_TEXT_CHARS is shown in blocks of at least LONG_BLOCK_CHARS, each laid
// out only when near the viewport (style.css: .is-long .block).
const LONG_TEXT_CHARS = 50_000;
const LONG_BLOCK_CHARS = 2_000;
const EXAMPLE_URL = new URL('examples/seed-article.txt', import.meta.url);
const THEME_KEY = 'article-analyzer-theme';

/** Entity kinds in display order, with their singular and group labels. */
const KINDS = [
  ['person', 'Person', 'People'],
  ['organization', 'Organization', 'Organizations'],
  ['location', 'Location', 'Locations'],
  ['group', 'Group', 'Groups'],
  ['misc', 'Misc', 'Other names'],
  ['date', 'Date', 'Dates'],
  ['time', 'Time', 'Times'],
  ['money', 'Money', 'Money'],
  ['percent', 'Percent', 'Percentages'],
  ['quantity', 'Quantity', 'Quantities'],
];
const KIND_LABEL = new Map(KINDS.map(([kind, label]) => [kind, label]));
const QUOTE_KIND_LABEL = { direct: 'Direct quote', partial: 'Partial quote', indirect: 'Reported speech', scare: 'Scare quote' };

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('input'),
  file: $('file'),
  status: $('status'),
  summary: $('summary'),
  view: $('view'),
  tip: $('tip'),
  entities: $('entities'),
  entityTotal: $('entity-total'),
  entityPanel: $('entity-panel'),
  entityDetail: $('entity-detail'),
  quotes: $('quotes'),
  quoteTotal: $('quote-total'),
  warningsPanel: $('warnings-panel'),
  warnings: $('warnings'),
  warningTotal: $('warning-total'),
  example: $('load-example'),
  clear: $('clear'),
  exportJson: $('export-json'),
  exportQuotes: $('export-quotes'),
  exportEntities: $('export-entities'),
  theme: $('theme'),
  version: $('version'),
  legend: document.querySelector('.legend'),
};
const number = new Intl.NumberFormat('en');
const useHighlights = hasHighlightApi();
document.documentElement.dataset.highlights = useHighlights ? 'api' : 'marks';

/**
 * Creates an element. `props`: `class`, `data` (dataset entries), `text` (textContent) and any
 * other key as an attribute. Children are nodes or strings (appended as text nodes).
 */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'data') for (const [name, v] of Object.entries(value)) { if (v != null) node.dataset[name] = v; }
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

const plural = (n, one, many = `${one}s`) => `${number.format(n)} ${n === 1 ? one : many}`;

function setStatus(message, isError = false) {
  ui.status.textContent = message;
  ui.status.classList.toggle('is-error', isError);
}

// ---- state ---------------------------------------------------------------------------------

/** What is painted: the text, its result and everything derived from them, or null. */
let shown = null;
let selectedEntity = null;
let activeQuote = null;
const hiddenLayers = new Set();
const painter = useHighlights ? createPainter('aa') : null;
/** Texts longer than this are highlighted a block at a time, as blocks come into view. */
const PAINT_VISIBLE_CHARS = 100_000;
/** The IntersectionObserver painting the shown long text, or null. */
let visiblePainting = null;
let firstResult = true;

// ---- analysis loop -------------------------------------------------------------------------

// view[data-busy] says whether the worker is analyzing (tests and the benchmark read it).
const tracked = {
  async analyzeTimed(text, options) {
    ui.view.dataset.busy = 'true';
    try {
      return await analyzer.analyzeTimed(text, options);
    } finally {
      ui.view.dataset.busy = 'false';
    }
  },
};
const latest = createLatest(tracked, paintResult, (error) => {
  ui.view.dataset.state = 'error';
  setStatus(`Analysis failed: ${error.message}`, true);
});
let timer = 0;

/** Analyzes the textarea's text now (`immediately`) or after a pause in typing. */
function schedule(immediately = false) {
  clearTimeout(timer);
  ui.view.dataset.state = 'pending';
  if (immediately) submit();
  else timer = setTimeout(submit, DEBOUNCE_MS);
}

function submit() {
  clearTimeout(timer);
  const text = ui.input.value;
  if (text.length === 0) {
    latest.cancel();
    render('', null);
    setStatus('Paste or type an article to analyze it.');
    ui.view.dataset.state = 'done';
    return;
  }
  ui.view.dataset.state = 'analyzing';
  if (text.length > 200_000) setStatus(`Analyzing ${number.format(text.length)} characters…`);
  latest.submit(text);
}

function paintResult({ seq, text, result, analyzeMs, totalMs }) {
  // createLatest delivers only the newest submission; the textarea may still have moved on since.
  if (text !== ui.input.value) return;
  render(text, result);
  ui.view.dataset.state = 'done';
  ui.view.dataset.seq = String(seq);
  const ms = (t) => (t < 10 ? t.toFixed(1) : String(Math.round(t)));
  setStatus(
    `Analyzed ${number.format([...text].length)} characters in ${ms(analyzeMs)} ms (${ms(totalMs)} ms with the worker round trip): ` +
      `${plural(result.entities.length, 'entity', 'entities')}, ${plural(result.quotes.length, 'quote')}` +
      (result.warnings.length ? `, ${plural(result.warnings.length, 'warning')}.` : '.'),
  );
  if (firstResult) {
    firstResult = false;
    performance.mark('article-analyzer:first-result');
  }
}

// ---- rendering -----------------------------------------------------------------------------

function render(text, result) {
  const entities = result?.entities ?? [];
  const quotes = [...(result?.quotes ?? [])].sort((a, b) => a.start - b.start);
  const entitiesById = new Map(entities.map((e) => [e.id, e]));
  const quotesById = new Map(quotes.map((q) => [q.id, q]));
  const marks = result ? collectMarks(result, text.length) : [];
  hideTip();
  renderView(text, result);
  const index = indexText(ui.view);
  visiblePainting?.disconnect();
  visiblePainting = null;
  let ranges = new Map();
  if (painter && result && text.length > PAINT_VISIBLE_CHARS && typeof IntersectionObserver === 'function') {
    painter.paint(index, []);
    visiblePainting = paintWhenVisible(index, marks);
  } else if (painter && result) ranges = painter.paint(index, marks);
  if (painter && !result) painter.clear();
  shown = { text, result, entities, quotes, entitiesById, quotesById, marks, index, ranges };
  if (selectedEntity && !entitiesById.has(selectedEntity)) selectedEntity = null;
  if (activeQuote && !quotesById.has(activeQuote)) activeQuote = null;
  renderSummary(result);
  renderEntities(entities, quotes);
  renderQuotes(quotes, entitiesById);
  renderWarnings(result?.warnings ?? []);
  for (const button of [ui.exportJson, ui.exportQuotes, ui.exportEntities]) button.disabled = !result;
  applySelection();
  applyActive();
}

/**
 * Paints the marks of each block of the view when it comes near the viewport, so that a long
 * text's result costs the main thread only what is on screen: registering tens of thousands of
 * ranges, and the browser's work for them, froze the page for over half a second on a 1 MB
 * paste. A mark is painted with every block it touches. Returns the IntersectionObserver.
 */
function paintWhenVisible(index, marks) {
  const { nodes, starts } = index;
  const blockOf = (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const byBlock = new Map(); // text node index → marks touching it
  for (const mark of marks) {
    const last = blockOf(Math.max(mark.start, mark.end - 1));
    for (let b = blockOf(mark.start); b <= last; b++) {
      if (!byBlock.has(b)) byBlock.set(b, []);
      byBlock.get(b).push(mark);
    }
  }
  const blockIndex = new Map();
  nodes.forEach((node, i) => blockIndex.set(node.parentElement, i));
  const painted = new Set();
  const observer = new IntersectionObserver((entries) => {
    const add = [];
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      for (const mark of byBlock.get(blockIndex.get(entry.target)) ?? []) {
        if (!painted.has(mark)) {
          painted.add(mark);
          add.push(mark);
        }
      }
    }
    if (add.length) painter.add(index, add);
  }, { rootMargin: '1500px 0px' });
  for (const [block, i] of blockIndex) if (byBlock.has(i)) observer.observe(block);
  return observer;
}

/**
 * The read-only copy of the text: one block per paragraph (a text node with its line breaks; in a
 * long text, paragraphs grouped into blocks of at least LONG_BLOCK_CHARS), so that a long article
 * lays out only the blocks in view (content-visibility). With the Highlight API the blocks hold
 * plain text; without it, <mark> elements.
 */
function renderView(text, result) {
  if (text.length === 0) {
    ui.view.dataset.empty = 'true';
    ui.view.replaceChildren(el('p', { class: 'placeholder', text: 'The highlighted article appears here.' }));
    return;
  }
  delete ui.view.dataset.empty;
  ui.view.classList.toggle('is-long', text.length > LONG_TEXT_CHARS);
  if (useHighlights || !result) {
    // A long text's paragraphs go into blocks of at least LONG_BLOCK_CHARS: a quarter of the
    // elements to style and lay out.
    const min = text.length > LONG_TEXT_CHARS ? LONG_BLOCK_CHARS : 0;
    const blocks = [];
    const pattern = /[^\n]*\n*/g;
    let pending = '';
    for (let match = pattern.exec(text); match && match[0].length; match = pattern.exec(text)) {
      pending += match[0];
      if (pending.length >= min) {
        blocks.push(el('div', { class: 'block' }, pending));
        pending = '';
      }
    }
    if (pending) blocks.push(el('div', { class: 'block' }, pending));
    ui.view.replaceChildren(...blocks);
    return;
  }
  const tree = nest(highlight(text, result));
  ui.view.replaceChildren(el('div', { class: 'block' }, ...tree.children.map(renderMarkNode)));
}

/** The <mark> fallback: one element per mark node, classed by layer. */
function renderMarkNode(node) {
  if (node.mark === undefined) return document.createTextNode(node.text);
  const { mark } = node;
  const element = el('mark', {
    class: `mark layer-${layerOf(mark)}`,
    data: { type: mark.type, kind: mark.kind, entity: mark.entity, quote: mark.quote },
  });
  element.append(...node.children.map(renderMarkNode));
  return element;
}

function renderSummary(result) {
  if (!result) {
    ui.summary.textContent = '';
    return;
  }
  const { people, organizations, unattributed } = summarize(result);
  ui.summary.replaceChildren(
    el('strong', { text: plural(people, 'person', 'people') }), ' quoted · ',
    el('strong', { text: plural(organizations, 'organization') }), ' quoted · ',
    el('strong', { text: plural(unattributed, 'quote') }), ` with no named speaker`,
  );
}

function renderEntities(entities, quotes) {
  ui.entityTotal.textContent = entities.length ? String(entities.length) : '';
  if (entities.length === 0) {
    ui.entities.replaceChildren(el('p', { class: 'empty', text: shown?.result ? 'No entities found.' : 'No entities yet.' }));
    return;
  }
  const quoteCount = new Map();
  for (const q of quotes) if (q.speaker?.entity) quoteCount.set(q.speaker.entity, (quoteCount.get(q.speaker.entity) ?? 0) + 1);
  const groups = [];
  const known = new Set(KINDS.map(([kind]) => kind));
  for (const [kind, , groupLabel] of [...KINDS, ['', '', 'Other']]) {
    const members = entities
      .filter((e) => (kind ? e.kind === kind : !known.has(e.kind)))
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    if (members.length === 0) continue;
    const shownMembers = members.slice(0, LIST_LIMIT);
    groups.push(
      el('section', { class: 'kind-group', data: { kind: kind || null } },
        el('h3', {}, el('span', { class: 'swatch', 'aria-hidden': 'true' }), `${groupLabel} `, el('span', { class: 'count', text: String(members.length) })),
        el('ul', { class: 'entity-list' }, ...shownMembers.map((e) => entityItem(e, quoteCount.get(e.id) ?? 0))),
        members.length > LIST_LIMIT ? el('p', { class: 'more', text: `and ${number.format(members.length - LIST_LIMIT)} more` }) : null,
      ),
    );
  }
  ui.entities.replaceChildren(...groups);
}

function entityItem(entity, quoteCount) {
  const forms = [...new Set(entity.mentions.map((m) => m.text.replace(/\s+/g, ' ')))].filter((form) => form !== entity.name);
  const details = [entity.role, entity.gender && entity.gender !== 'unknown' ? entity.gender : null, quoteCount ? plural(quoteCount, 'quote') : null].filter(Boolean).join(' · ');
  const count = entity.mentions.length;
  return el('li', { data: { entityId: entity.id } },
    el('button', { type: 'button', class: 'entity', 'aria-pressed': 'false', 'aria-label': `${entity.name}, ${KIND_LABEL.get(entity.kind) ?? entity.kind}, ${plural(count, 'mention')}${quoteCount ? `, ${plural(quoteCount, 'quote')}` : ''}` },
      el('span', { class: 'entity-name', text: entity.name }),
      el('span', { class: 'mention-count', 'aria-hidden': 'true', text: `×${count}` }),
      details ? el('span', { class: 'entity-details', text: details }) : null,
      forms.length ? el('span', { class: 'entity-forms', text: `also: ${forms.slice(0, 8).join(', ')}` }) : null,
    ),
  );
}

function renderQuotes(quotes, entitiesById) {
  ui.quoteTotal.textContent = quotes.length ? String(quotes.length) : '';
  if (quotes.length === 0) {
    ui.quotes.replaceChildren(el('p', { class: 'empty', text: shown?.result ? 'No quotes found.' : 'No quotes yet.' }));
    return;
  }
  const groups = quotesBySpeaker(shown.result).slice(0, LIST_LIMIT);
  // At most QUOTE_ITEMS quotes in all (a long text has thousands): each group keeps its heading
  // and counts, and says how many of its quotes are not listed.
  let budget = QUOTE_ITEMS;
  ui.quotes.replaceChildren(
    ...groups.map((group) => {
      const listed = group.quotes.slice(0, Math.max(0, budget));
      budget -= listed.length;
      const rest = group.quotes.length - listed.length;
      return el('section', { class: 'speaker-group', data: { speakerKey: group.key, entity: group.entity?.id } },
        el('h3', {},
          el('span', { class: `group-speaker${group.key ? '' : ' is-missing'}`, text: group.name ? group.name.replace(/\s+/g, ' ') : 'No speaker' }),
          group.anonymous ? el('span', { class: 'source-anonymous', text: 'anonymous' }) : null,
          el('span', { class: 'group-counts', text: `${plural(group.quotes.length, 'quote')} · ${plural(group.words, 'word')}` }),
        ),
        listed.length ? el('ol', { class: 'quote-list' }, ...listed.map((q) => quoteItem(q, entitiesById))) : null,
        rest ? el('p', { class: 'more', text: listed.length ? `and ${number.format(rest)} more` : `${number.format(rest)} not listed` }) : null,
      );
    }),
  );
}

function quoteItem(quote, entitiesById) {
  return el('li', { data: { quoteId: quote.id, quoteKind: quote.kind } },
    el('button', { type: 'button', class: 'quote-text', 'aria-describedby': 'tip', text: quote.text }),
    el('p', { class: 'quote-meta' },
      el('span', { class: 'quote-kind', text: QUOTE_KIND_LABEL[quote.kind] ?? quote.kind }),
      ...sourceParts(quote.speaker, 'quote-speaker', entitiesById, 'no speaker'),
      quote.cue ? el('span', { class: 'quote-cue', text: quote.cue.text }) : null,
      ...(quote.via ? [el('span', { class: 'quote-via-label', text: 'via' }), ...sourceParts(quote.via, 'quote-via', entitiesById)] : []),
      el('span', { class: 'quote-words', text: plural(countWords(quote.text), 'word') }),
    ),
  );
}

/** The name of a speaker or source: its entity's name if resolved, else its text as written. */
function sourceParts(ref, className, entitiesById, missing) {
  if (!ref) return missing ? [el('span', { class: `${className} is-missing`, text: missing })] : [];
  const entity = ref.entity ? entitiesById.get(ref.entity) : null;
  const written = ref.text.replace(/\s+/g, ' ');
  const name = entity?.name ?? written;
  return [
    el('span', { class: className, data: { entity: entity?.id }, text: name }),
    name !== written ? el('span', { class: 'source-as', text: `as “${written}”` }) : null,
    ref.anonymous ? el('span', { class: 'source-anonymous', text: 'anonymous' }) : null,
  ].filter(Boolean);
}

function renderWarnings(warnings) {
  ui.warningsPanel.hidden = warnings.length === 0;
  ui.warningTotal.textContent = warnings.length ? String(warnings.length) : '';
  ui.warnings.replaceChildren(
    ...warnings.slice(0, LIST_LIMIT).map((w, index) =>
      el('li', { data: { code: w.code, warning: index } },
        el('span', { class: 'warning-code', text: w.code }),
        ` ${w.message} `,
        el('button', { type: 'button', class: 'warning-at', 'aria-label': `Show warning ${w.code} in the text`, text: `at ${w.start}: “${w.text}”` }),
      ),
    ),
  );
}

// ---- selection, focus and the tooltip ---------------------------------------------------------

/** Ranges of `marks` matching `test`, in the current view (Highlight mode or <mark> mode). */
function rangesWhere(test) {
  if (!shown) return [];
  return shown.marks.filter(test).map((mark) => shown.ranges.get(mark) ?? rangeOf(shown.index, mark.start, mark.end)).filter(Boolean);
}

function applySelection() {
  for (const button of ui.entities.querySelectorAll('button.entity')) {
    button.setAttribute('aria-pressed', String(button.closest('li').dataset.entityId === selectedEntity));
  }
  const ranges = selectedEntity ? rangesWhere((m) => m.entity === selectedEntity && (m.type === 'entity' || m.type === 'speaker' || m.type === 'via')) : [];
  if (painter) painter.setExtra('selected', ranges);
  else {
    for (const node of ui.view.querySelectorAll('.is-selected')) node.classList.remove('is-selected');
    if (selectedEntity) for (const node of ui.view.querySelectorAll(`mark[data-entity="${CSS.escape(selectedEntity)}"]:not([data-type="quote"]):not([data-type="cue"])`)) node.classList.add('is-selected');
  }
  ui.view.dataset.selected = String(ranges.length);
  renderEntityDetail();
  return ranges;
}

function renderEntityDetail() {
  const entity = selectedEntity ? shown?.entitiesById.get(selectedEntity) : null;
  ui.entityPanel.hidden = !entity;
  if (!entity) {
    ui.entityDetail.replaceChildren();
    return;
  }
  const quotes = shown.quotes.filter((q) => q.speaker?.entity === entity.id);
  const mentionsQuoted = shown.quotes.filter((q) => q.via?.entity === entity.id);
  ui.entityDetail.replaceChildren(
    el('p', { class: 'detail-name' },
      el('strong', { text: entity.name }), ` · ${KIND_LABEL.get(entity.kind) ?? entity.kind}`,
      entity.role ? ` · ${entity.role}` : '', ` · ${plural(entity.mentions.length, 'mention')} highlighted`),
    quotes.length
      ? el('ol', { class: 'quote-list', 'aria-label': `Quotes from ${entity.name}` }, ...quotes.map((q) => quoteItem(q, shown.entitiesById)))
      : el('p', { class: 'empty', text: 'No quotes from this entity.' }),
    mentionsQuoted.length ? el('p', { class: 'empty', text: `Source (via) of ${plural(mentionsQuoted.length, 'quote')}.` }) : null,
    el('button', { type: 'button', class: 'link', id: 'clear-selection', text: 'Clear selection' }),
  );
}

function selectEntity(id, { scroll = true } = {}) {
  selectedEntity = id;
  const ranges = applySelection();
  if (scroll && ranges[0]) scrollToRange(ranges[0]);
}

/** Paints the active quote, its speaker and cue; in <mark> mode, classes them. */
function applyActive() {
  const quote = activeQuote ? shown?.quotesById.get(activeQuote) : null;
  const ranges = quote ? rangesWhere((m) => m.quote === quote.id && (m.type === 'quote' || m.type === 'speaker' || m.type === 'cue')) : [];
  if (painter) painter.setExtra('active', ranges);
  else {
    for (const node of ui.view.querySelectorAll('.is-active')) node.classList.remove('is-active');
    if (quote) for (const node of ui.view.querySelectorAll(`mark[data-quote="${CSS.escape(quote.id)}"]`)) node.classList.add('is-active');
  }
  for (const item of document.querySelectorAll('li[data-quote-id]')) item.classList.toggle('is-active', item.dataset.quoteId === activeQuote);
  return ranges;
}

function scrollToRange(range) {
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > innerHeight) {
    const block = range.startContainer.parentElement?.closest('.block');
    if (block && block.getBoundingClientRect().height < innerHeight * 0.6) block.scrollIntoView({ block: 'center' });
    else scrollBy({ top: rect.top - innerHeight / 3 });
  }
}

/** Describes a quote for the tooltip: kind, speaker and their entity, cue, medium. */
function quoteTip(quote) {
  const { entitiesById } = shown;
  const speakerEntity = quote.speaker?.entity ? entitiesById.get(quote.speaker.entity) : null;
  const rows = [el('p', { class: 'tip-kind', text: QUOTE_KIND_LABEL[quote.kind] ?? quote.kind })];
  if (!quote.speaker) rows.push(el('p', {}, el('span', { class: 'tip-label', text: 'Speaker ' }), el('em', { text: 'none found' })));
  else {
    const written = quote.speaker.text.replace(/\s+/g, ' ');
    rows.push(el('p', {}, el('span', { class: 'tip-label', text: 'Speaker ' }), el('strong', { class: 'tip-speaker', text: speakerEntity?.name ?? written }),
      speakerEntity && speakerEntity.name !== written ? ` (as “${written}”)` : '', quote.speaker.anonymous ? ' · anonymous source' : ''));
    rows.push(el('p', {}, el('span', { class: 'tip-label', text: 'Entity ' }),
      speakerEntity ? `${speakerEntity.id} · ${KIND_LABEL.get(speakerEntity.kind) ?? speakerEntity.kind}${speakerEntity.role ? ` · ${speakerEntity.role}` : ''} · ${plural(speakerEntity.mentions.length, 'mention')}` : 'not resolved'));
  }
  rows.push(el('p', {}, el('span', { class: 'tip-label', text: 'Cue ' }), quote.cue ? el('span', { class: 'tip-cue', text: quote.cue.text }) : el('em', { text: 'none' })));
  if (quote.via) {
    const via = quote.via.entity ? entitiesById.get(quote.via.entity) : null;
    rows.push(el('p', {}, el('span', { class: 'tip-label', text: 'Via ' }), via?.name ?? quote.via.text));
  }
  return rows;
}

function entityTip(entity) {
  return [
    el('p', { class: 'tip-kind', text: KIND_LABEL.get(entity.kind) ?? entity.kind }),
    el('p', {}, el('strong', { text: entity.name }), entity.role ? ` · ${entity.role}` : ''),
    el('p', { text: `${entity.id} · ${plural(entity.mentions.length, 'mention')}` }),
  ];
}

function showTip(rows, rect) {
  ui.tip.replaceChildren(...rows);
  ui.tip.hidden = false;
  const width = ui.tip.offsetWidth;
  const height = ui.tip.offsetHeight;
  const left = Math.max(8, Math.min(innerWidth - width - 8, rect.left));
  const below = rect.bottom + 8;
  const top = below + height < innerHeight ? below : Math.max(8, rect.top - height - 8);
  ui.tip.style.left = `${Math.round(left)}px`;
  ui.tip.style.top = `${Math.round(top)}px`;
}

function hideTip() {
  ui.tip.hidden = true;
}

/** The innermost marks at text offset `offset`: `{ quote, entity }` (the objects), either null. */
function marksAt(offset) {
  let quoteMark = null;
  let entityMark = null;
  for (const mark of shown.marks) {
    if (mark.start > offset || mark.end <= offset) continue;
    if ((mark.type === 'quote' || mark.type === 'speaker' || mark.type === 'cue') && hiddenLayers.has(layerOf(mark)) === false) {
      if (!quoteMark || mark.end - mark.start < quoteMark.end - quoteMark.start) quoteMark = mark;
    } else if (mark.type === 'entity' && !hiddenLayers.has(layerOf(mark))) {
      if (!entityMark || mark.end - mark.start < entityMark.end - entityMark.start) entityMark = mark;
    }
  }
  return {
    quote: quoteMark ? shown.quotesById.get(quoteMark.quote) ?? null : null,
    entity: entityMark ? shown.entitiesById.get(entityMark.entity) ?? null : null,
  };
}

/** The text offset under the point (x, y), or -1 when the point is not over a character. */
function offsetAtPoint(x, y) {
  let node;
  let nodeOffset;
  if (document.caretPositionFromPoint) {
    const position = document.caretPositionFromPoint(x, y);
    if (!position) return -1;
    ({ offsetNode: node, offset: nodeOffset } = position);
  } else if (document.caretRangeFromPoint) {
    const range = document.caretRangeFromPoint(x, y);
    if (!range) return -1;
    ({ startContainer: node, startOffset: nodeOffset } = range);
  } else return -1;
  if (!ui.view.contains(node)) return -1;
  const offset = offsetOf(shown.index, node, nodeOffset);
  // The caret lies between characters: take the character whose box holds the point.
  for (const candidate of [offset, offset - 1]) {
    if (candidate < 0 || candidate >= shown.text.length) continue;
    const range = rangeOf(shown.index, candidate, candidate + 1);
    for (const rect of range?.getClientRects() ?? []) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return candidate;
    }
  }
  return -1;
}

let hoverFrame = 0;
ui.view.addEventListener('mousemove', (event) => {
  if (hoverFrame) return;
  hoverFrame = requestAnimationFrame(() => {
    hoverFrame = 0;
    if (!shown?.result) return;
    const offset = offsetAtPoint(event.clientX, event.clientY);
    const { quote, entity } = offset >= 0 ? marksAt(offset) : {};
    const rect = { left: event.clientX + 4, top: event.clientY - 12, bottom: event.clientY + 12 };
    if (quote) {
      activeQuote = quote.id;
      applyActive();
      showTip([...quoteTip(quote), ...(entity ? [el('hr'), ...entityTip(entity)] : [])], rect);
    } else if (entity) {
      showTip(entityTip(entity), rect);
    } else {
      hideTip();
    }
  });
});
ui.view.addEventListener('mouseleave', () => {
  cancelAnimationFrame(hoverFrame);
  hoverFrame = 0;
  hideTip();
});

/** Clicking a quote or speaker in the text moves to the quote in the list; an entity selects it. */
ui.view.addEventListener('click', (event) => {
  if (!shown?.result) return;
  const offset = offsetAtPoint(event.clientX, event.clientY);
  if (offset < 0) return;
  const { quote, entity } = marksAt(offset);
  if (entity && !quote) selectEntity(selectedEntity === entity.id ? null : entity.id, { scroll: false });
  else if (quote) focusQuote(quote.id, { scroll: false });
});

/** Makes `id` the active quote: paints it, scrolls it into view and focuses its list entry. */
function focusQuote(id, { scroll = true, focusList = true } = {}) {
  activeQuote = id;
  const ranges = applyActive();
  if (scroll && ranges[0]) scrollToRange(ranges[0]);
  const button = ui.quotes.querySelector(`li[data-quote-id="${CSS.escape(id)}"] button`);
  if (focusList && button && document.activeElement !== button) button.focus({ preventScroll: false });
  showQuoteTipAtText(id);
}

function showQuoteTipAtText(id) {
  const quote = shown?.quotesById.get(id);
  const range = quote && rangeOf(shown.index, quote.start, quote.end);
  if (!range) return;
  const rects = range.getClientRects();
  const rect = rects[rects.length - 1] ?? range.getBoundingClientRect();
  showTip(quoteTip(quote), rect);
}

function moveQuote(step) {
  if (!shown?.quotes.length) return;
  const quotes = shown.quotes;
  const at = quotes.findIndex((q) => q.id === activeQuote);
  const next = at < 0 ? (step > 0 ? 0 : quotes.length - 1) : (at + step + quotes.length) % quotes.length;
  focusQuote(quotes[next].id);
}

function moveEntity(step) {
  const buttons = [...ui.entities.querySelectorAll('li[data-entity-id] button')];
  if (!buttons.length) return;
  const at = buttons.findIndex((b) => b.closest('li').dataset.entityId === selectedEntity);
  const next = at < 0 ? (step > 0 ? 0 : buttons.length - 1) : (at + step + buttons.length) % buttons.length;
  const id = buttons[next].closest('li').dataset.entityId;
  selectEntity(id);
  buttons[next].focus();
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === 'Escape') {
    selectedEntity = null;
    activeQuote = null;
    applySelection();
    applyActive();
    hideTip();
    return;
  }
  if (event.target.closest?.('textarea, input, select, [contenteditable]')) return;
  const actions = { j: () => moveQuote(1), k: () => moveQuote(-1), n: () => moveEntity(1), p: () => moveEntity(-1) };
  const action = actions[event.key];
  if (action) {
    event.preventDefault();
    action();
  }
});

$('next-quote').addEventListener('click', () => moveQuote(1));
$('prev-quote').addEventListener('click', () => moveQuote(-1));
$('next-entity').addEventListener('click', () => moveEntity(1));
$('prev-entity').addEventListener('click', () => moveEntity(-1));

ui.entities.addEventListener('click', (event) => {
  const item = event.target.closest('li[data-entity-id]');
  if (!item) return;
  selectEntity(selectedEntity === item.dataset.entityId ? null : item.dataset.entityId);
});

ui.entityDetail.addEventListener('click', (event) => {
  if (event.target.closest('#clear-selection')) selectEntity(null);
});

// A quote entry anywhere (the list, the entity detail): focus or click shows it in the text.
for (const container of [ui.quotes, ui.entityDetail]) {
  container.addEventListener('click', (event) => {
    const item = event.target.closest('li[data-quote-id]');
    if (item && event.target.closest('button')) focusQuote(item.dataset.quoteId, { focusList: false });
  });
  container.addEventListener('focusin', (event) => {
    const item = event.target.closest('li[data-quote-id]');
    if (!item || !shown) return;
    activeQuote = item.dataset.quoteId;
    applyActive();
    showQuoteTipAtText(activeQuote);
  });
  container.addEventListener('focusout', () => hideTip());
}

ui.warnings.addEventListener('click', (event) => {
  const item = event.target.closest('li[data-warning]');
  if (!item || !event.target.closest('button') || !shown?.result) return;
  const warning = shown.result.warnings[Number(item.dataset.warning)];
  const range = warning && rangeOf(shown.index, warning.start, warning.end);
  if (!range) return;
  if (painter) painter.setExtra('active', [range]);
  scrollToRange(range);
  showTip([el('p', { class: 'tip-kind', text: `Warning: ${warning.code}` }), el('p', { text: warning.message })], range.getBoundingClientRect());
});

ui.legend.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-layer]');
  if (!button) return;
  const layer = button.dataset.layer;
  const visible = hiddenLayers.has(layer);
  if (visible) hiddenLayers.delete(layer);
  else hiddenLayers.add(layer);
  button.setAttribute('aria-pressed', String(visible));
  if (painter) painter.setLayerVisible(layer, visible);
  ui.view.classList.toggle(`hide-${layer}`, !visible);
});

// ---- input: typing, pasting, dropping and opening files ------------------------------------

ui.input.addEventListener('input', (event) => {
  const big = event.inputType === 'insertFromPaste' || event.inputType === 'insertFromDrop' || event.inputType === 'deleteByCut' || !event.inputType;
  schedule(big);
});

async function readFile(file) {
  if (!file) return;
  if (file.size > 20_000_000) {
    setStatus(`${file.name} is too large (${number.format(file.size)} bytes).`, true);
    return;
  }
  const raw = await file.text();
  ui.input.value = isHtmlFile(file) ? htmlToText(raw) : raw;
  setStatus(`Read ${file.name}.`);
  schedule(true);
}

for (const target of [ui.input, ui.view]) {
  target.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  });
  target.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files?.[0];
    if (file) {
      event.preventDefault();
      readFile(file);
    } else if (target === ui.view) {
      // Text dropped on the view: take it as plain text, never as markup.
      event.preventDefault();
      ui.input.value = event.dataTransfer?.getData('text/plain') ?? '';
      schedule(true);
    }
  });
}
// A file dropped anywhere else must not navigate away from the page.
addEventListener('dragover', (event) => event.preventDefault());
addEventListener('drop', (event) => event.preventDefault());

ui.file.addEventListener('change', () => {
  readFile(ui.file.files[0]);
  ui.file.value = '';
});

ui.example.addEventListener('click', async () => {
  try {
    const response = await fetch(EXAMPLE_URL);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    ui.input.value = await response.text();
    schedule(true);
  } catch (error) {
    setStatus(`Could not load the example: ${error.message}`, true);
  }
});

ui.clear.addEventListener('click', () => {
  ui.input.value = '';
  ui.input.focus();
  selectedEntity = null;
  activeQuote = null;
  schedule(true);
});

// ---- export --------------------------------------------------------------------------------

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

ui.exportJson.addEventListener('click', () => shown?.result && download('article-analysis.json', 'application/json', toJson(shown.result)));
ui.exportQuotes.addEventListener('click', () => shown?.result && download('article-quotes.csv', 'text/csv;charset=utf-8', quotesCsv(shown.result)));
ui.exportEntities.addEventListener('click', () => shown?.result && download('article-entities.csv', 'text/csv;charset=utf-8', entitiesCsv(shown.result)));

// ---- theme ---------------------------------------------------------------------------------

function applyTheme(theme) {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

ui.theme.addEventListener('change', () => {
  applyTheme(ui.theme.value);
  try {
    localStorage.setItem(THEME_KEY, ui.theme.value);
  } catch {
    // Storage may be unavailable (private mode, file: pages); the choice then lasts one visit.
  }
});

try {
  ui.theme.value = localStorage.getItem(THEME_KEY) ?? '';
} catch {
  ui.theme.value = '';
}
applyTheme(ui.theme.value);

// ---- start ---------------------------------------------------------------------------------

if (ui.input.value) schedule(true); // text kept by the browser across a reload
analyzer.load().then(
  (info) => {
    ui.version.textContent = `article-analyzer ${info.version} · schema ${info.schema}`;
    document.documentElement.dataset.ready = 'true';
    if (!ui.input.value) setStatus('Ready. Paste or type an article, drop a file, or load the example.');
  },
  (error) => setStatus(error.message, true),
);
