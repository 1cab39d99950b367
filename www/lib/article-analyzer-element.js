// <article-analyzer for="editor">: analyzes the text of the element it points at (a
// contenteditable editor, an <article>, any element) and paints entities and quotes over it with
// the CSS Custom Highlight API. The target's DOM is never changed: no wrapper, no attribute, no
// class. The element itself shows a small "who said what" summary in its shadow root.
//
// This module only defines the class; ./define.js registers the tag (guarded).
//
//     <article-analyzer for="editor" delay="300"></article-analyzer>
//     editor.addEventListener('article-analyzer-result', (e) => console.log(e.detail.result));
//
// Attributes (mirrored by properties): `for` (`htmlFor`): the target's id, looked up in the
// element's root; `delay`: the pause in editing before re-analysis, in ms (default 250).
// Properties: `target` (read, or set to an element directly), `result` (the latest result or null).
// Method: `analyze()` analyzes now.
// Event: `article-analyzer-result` (bubbles, composed), `detail: { result, text, analyzeMs }`.
// The wasm starts only when the element is visible (IntersectionObserver) or the page is idle
// (requestIdleCallback), whichever comes first.
//
// Styling: highlights are `::highlight(article-analyzer-<layer>)` rules whose colours come from
// custom properties set on the target or any ancestor: --article-analyzer-person, -organization,
// -location, -group, -misc, -date, -time, -money, -percent, -quantity, -quote, -quote-indirect,
// -speaker, -cue, -via, -warning, -strength (the tint, default 22%). The panel reads
// --article-analyzer-font, -bg, -fg, -muted, -border, -radius, and exposes parts `panel`,
// `summary`, `speaker`, `status`.

import { createLatest, getSharedAnalyzer } from './index.js';
import { collectMarks } from './highlight.js';
import { indexText } from './text-range.js';
import { ENTITY_KINDS, createPainter, hasHighlightApi } from './paint.js';
import { quotesBySpeaker, summarize } from './export.js';

export const TAG_NAME = 'article-analyzer';
export const RESULT_EVENT = 'article-analyzer-result';
const PREFIX = 'article-analyzer';

const DEFAULT_COLORS = {
  person: 'light-dark(#d0540f, #ff9950)', organization: 'light-dark(#1d5ad8, #6ea8ff)', location: 'light-dark(#16883e, #4fd67f)',
  group: 'light-dark(#8a2fc9, #c792ff)', misc: 'light-dark(#a76d00, #f2c94c)', date: 'light-dark(#0b7f98, #3fd0ec)',
  time: 'light-dark(#0d7d6f, #3ad6c0)', money: 'light-dark(#557a0a, #a9df3c)', percent: 'light-dark(#c21b6a, #ff7ab8)',
  quantity: 'light-dark(#56616f, #a5b1c2)',
};
const v = (name, fallback) => `var(--${PREFIX}-${name}, ${fallback})`;
const QUOTE = v('quote', 'light-dark(#fff1b8, #3d3514)');
const QUOTE_INDIRECT = v('quote-indirect', 'light-dark(#fff8dc, #2c2816)');
const EDGE = v('quote-edge', 'light-dark(#c9a400, #b89b2a)');

/** The ::highlight rules, for the document that holds the target. */
export const HIGHLIGHT_CSS = [
  `::highlight(${PREFIX}-quote-direct) { background-color: ${QUOTE}; }`,
  `::highlight(${PREFIX}-quote-partial) { background-color: ${QUOTE}; text-decoration: underline dotted ${EDGE}; }`,
  `::highlight(${PREFIX}-quote-indirect) { background-color: ${QUOTE_INDIRECT}; text-decoration: underline dashed ${EDGE}; }`,
  `::highlight(${PREFIX}-quote-scare) { text-decoration: underline dotted ${EDGE}; }`,
  ...ENTITY_KINDS.map((kind) => {
    const color = v(kind, DEFAULT_COLORS[kind]);
    return `::highlight(${PREFIX}-entity-${kind}) { background-color: color-mix(in srgb, ${color} ${v('strength', '22%')}, transparent); text-decoration: underline solid ${color}; }`;
  }),
  `::highlight(${PREFIX}-speaker) { color: ${v('speaker', 'light-dark(#b3261e, #ff8a80)')}; text-decoration: underline double ${v('speaker', 'light-dark(#b3261e, #ff8a80)')}; }`,
  `::highlight(${PREFIX}-via) { text-decoration: underline dashed ${v('via', 'light-dark(#5d6168, #a2a7ae)')}; }`,
  `::highlight(${PREFIX}-cue) { color: ${v('cue', 'light-dark(#6b4fbb, #b9a4ff)')}; text-decoration: underline wavy ${v('cue', 'light-dark(#6b4fbb, #b9a4ff)')}; }`,
  `::highlight(${PREFIX}-warning) { text-decoration: underline wavy ${v('warning', 'light-dark(#d32f2f, #ff6b6b)')}; }`,
].join('\n');

const PANEL_CSS = `
:host { display: block; font: 0.9rem/1.45 ${v('font', 'system-ui, sans-serif')}; color: ${v('fg', 'CanvasText')}; }
:host([hidden]) { display: none; }
.panel { padding: 0.75rem 0.9rem; border: 1px solid ${v('border', 'color-mix(in srgb, CanvasText 18%, transparent)')};
  border-radius: ${v('radius', '8px')}; background: ${v('bg', 'Canvas')}; }
h2 { margin: 0 0 0.4rem; font-size: 0.78rem; letter-spacing: 0.06em; text-transform: uppercase; color: ${v('muted', 'GrayText')}; }
.summary { margin: 0 0 0.6rem; }
ol { margin: 0; padding: 0; list-style: none; }
li { display: flex; justify-content: space-between; gap: 0.5rem; padding: 0.2rem 0; border-top: 1px solid ${v('border', 'color-mix(in srgb, CanvasText 12%, transparent)')}; }
li:first-child { border-top: 0; }
.name { font-weight: 600; overflow-wrap: anywhere; }
.name.none { font-weight: 400; font-style: italic; }
.counts { color: ${v('muted', 'GrayText')}; white-space: nowrap; }
.status { margin: 0.5rem 0 0; color: ${v('muted', 'GrayText')}; font-size: 0.8rem; }
`;

const installed = new WeakSet();
/** Adds the ::highlight rules to `doc` once. */
function installHighlightStyles(doc) {
  if (installed.has(doc)) return;
  installed.add(doc);
  const sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

const BaseElement = globalThis.HTMLElement ?? class {};

export class ArticleAnalyzerElement extends BaseElement {
  static observedAttributes = ['for', 'delay'];

  #target = null; // set directly through the `target` property
  #observed = null;
  #mutations = null;
  #visibility = null;
  #idle = 0;
  #timer = 0;
  #started = false;
  #latest = null;
  #painter = null;
  #result = null;
  #shadow = null;
  #onInput = () => this.#schedule();

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PANEL_CSS);
    this.#shadow.adoptedStyleSheets = [sheet];
    this.#shadow.innerHTML = '<section class="panel" part="panel" aria-live="polite"><h2>Who said what</h2><p class="summary" part="summary"></p><ol></ol><p class="status" part="status">Waiting to analyze…</p></section>';
  }

  get htmlFor() {
    return this.getAttribute('for') ?? '';
  }
  set htmlFor(value) {
    this.setAttribute('for', value);
  }
  get delay() {
    const value = Number(this.getAttribute('delay'));
    return this.hasAttribute('delay') && Number.isFinite(value) && value >= 0 ? value : 250;
  }
  set delay(value) {
    this.setAttribute('delay', String(value));
  }
  /** The element analyzed: set directly, or found by the `for` id in this element's root. */
  get target() {
    if (this.#target) return this.#target;
    const id = this.htmlFor;
    if (!id) return null;
    const root = this.getRootNode?.();
    return root?.getElementById?.(id) ?? this.ownerDocument?.getElementById(id) ?? null;
  }
  set target(element) {
    this.#target = element ?? null;
    this.#observe();
  }
  /** The latest result, for the target's current text or one edit behind; null before the first. */
  get result() {
    return this.#result;
  }

  connectedCallback() {
    this.#observe();
    // Start the wasm when the element is seen or the page has nothing else to do.
    if (!this.#started) {
      this.#visibility = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#start();
      });
      this.#visibility.observe(this);
      const idle = globalThis.requestIdleCallback ?? ((fn) => setTimeout(fn, 200));
      this.#idle = idle(() => this.#start(), { timeout: 3000 });
    }
  }

  disconnectedCallback() {
    this.#unobserve();
    this.#visibility?.disconnect();
    (globalThis.cancelIdleCallback ?? clearTimeout)(this.#idle);
    clearTimeout(this.#timer);
    this.#latest?.cancel();
    this.#painter?.clear();
  }

  attributeChangedCallback(name) {
    if (name === 'for' && this.isConnected) this.#observe();
  }

  /** Analyzes the target's text now (starting the wasm if needed). */
  analyze() {
    if (!this.#started) this.#start();
    else this.#submit();
  }

  #start() {
    if (this.#started) return;
    this.#started = true;
    this.#visibility?.disconnect();
    (globalThis.cancelIdleCallback ?? clearTimeout)(this.#idle);
    this.#latest = createLatest(getSharedAnalyzer(), (job) => this.#paint(job), (error) => this.#setStatus(`Analysis failed: ${error.message}`));
    this.#setStatus('Analyzing…');
    this.#submit();
  }

  #observe() {
    const target = this.target;
    if (target === this.#observed) return;
    this.#unobserve();
    this.#observed = target;
    if (!target) return;
    installHighlightStyles(target.ownerDocument);
    this.#mutations = new MutationObserver(() => this.#schedule());
    this.#mutations.observe(target, { characterData: true, childList: true, subtree: true });
    target.addEventListener('input', this.#onInput);
    if (this.#started) this.#submit();
  }

  #unobserve() {
    this.#mutations?.disconnect();
    this.#observed?.removeEventListener('input', this.#onInput);
    this.#observed = null;
    this.#painter?.clear();
  }

  #schedule() {
    if (!this.#started) return; // the first analysis reads the text as it is then
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#submit(), this.delay);
  }

  #submit() {
    clearTimeout(this.#timer);
    const target = this.#observed;
    if (!target || !this.#latest) return;
    this.#latest.submit(indexText(target).text);
  }

  #paint({ text, result, analyzeMs }) {
    const target = this.#observed;
    if (!target) return;
    const index = indexText(target);
    // The text changed while the worker ran: a newer analysis is scheduled; do not paint this one.
    if (index.text !== text) return;
    if (hasHighlightApi()) {
      this.#painter ??= createPainter(PREFIX);
      this.#painter.paint(index, collectMarks(result, text.length));
    }
    this.#result = result;
    this.#render(result, analyzeMs);
    this.dispatchEvent(new CustomEvent(RESULT_EVENT, { detail: { result, text, analyzeMs }, bubbles: true, composed: true }));
  }

  #render(result, analyzeMs) {
    const doc = this.ownerDocument;
    const { people, organizations, unattributed } = summarize(result);
    const n = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
    this.#shadow.querySelector('.summary').textContent =
      `${n(people, 'person', 'people')} quoted · ${n(organizations, 'organization')} quoted · ${n(unattributed, 'quote')} with no named speaker`;
    const items = quotesBySpeaker(result).slice(0, 50).map((group) => {
      const li = doc.createElement('li');
      li.setAttribute('part', 'speaker');
      const name = doc.createElement('span');
      name.className = group.key ? 'name' : 'name none';
      name.textContent = group.name ? group.name.replace(/\s+/g, ' ') : 'no speaker';
      const counts = doc.createElement('span');
      counts.className = 'counts';
      counts.textContent = `${n(group.quotes.length, 'quote')} · ${n(group.words, 'word')}`;
      li.append(name, counts);
      return li;
    });
    this.#shadow.querySelector('ol').replaceChildren(...items);
    this.#setStatus(`${n(result.entities.length, 'entity', 'entities')}, ${n(result.quotes.length, 'quote')} · ${analyzeMs.toFixed(1)} ms`);
  }

  #setStatus(message) {
    this.#shadow.querySelector('.status').textContent = message;
  }
}
